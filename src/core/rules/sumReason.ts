import type { Issue } from "../issues/Issue";
import { countValue, isBlank } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/** SUM-REASON: members not rated and no reason given (in the reason column, or a note when there is none). */
export const sumReason: SheetRule = {
  id: "SUM-REASON",
  needs: ["notRated"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      const notRated = countValue(row.cells.notRated);
      if (notRated === null || notRated === 0) continue;
      if (!isBlank(row.cells.notRatedReason) || !isBlank(row.cells.note)) continue;
      const where = cellOf(sheet, row.row, "notRatedReason") ?? cellOf(sheet, row.row, "notRated")!;
      issues.push(makeIssue("SUM-REASON", sheet.name, { cell: where }, { unit: row.unit, notRated }));
    }
    return issues;
  },
};
