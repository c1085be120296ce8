import type { Issue } from "../issues/Issue";
import { countValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/** SUM-DISCIPLINED: disciplined > rated + notRated. */
export const sumDisciplined: SheetRule = {
  id: "SUM-DISCIPLINED",
  needs: ["disciplined", "rated", "notRated"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      const disciplined = countValue(row.cells.disciplined);
      const rated = countValue(row.cells.rated);
      const notRated = countValue(row.cells.notRated);
      if (disciplined === null || rated === null || notRated === null) continue;
      if (disciplined <= rated + notRated) continue;
      issues.push(
        makeIssue(
          "SUM-DISCIPLINED",
          sheet.name,
          { cell: cellOf(sheet, row.row, "disciplined")! },
          { unit: row.unit, disciplined, limit: rated + notRated },
        ),
      );
    }
    return issues;
  },
};
