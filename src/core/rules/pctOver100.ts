import type { Issue } from "../issues/Issue";
import { cellOf, makeIssue, unitOf, type SheetRule } from "./Rule";
import { PERCENT_COLUMNS, percentReading } from "./percent";
import { tableRows } from "./tableRows";

/** PCT-OVER-100: a percentage above 100 or below 0. */
export const pctOver100: SheetRule = {
  id: "PCT-OVER-100",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    const present = PERCENT_COLUMNS.filter((p) => sheet.columns[p.pct] !== undefined);
    for (const row of tableRows(sheet)) {
      for (const { pct } of present) {
        const typed = percentReading(row.cells[pct]);
        if (!typed || (typed.value >= 0 && typed.value <= 100 + 1e-9)) continue;
        issues.push(
          makeIssue(
            "PCT-OVER-100",
            sheet.name,
            { cell: cellOf(sheet, row.row, pct)! },
            { column: pct, unit: unitOf(row), actual: typed.value },
          ),
        );
      }
    }
    return issues;
  },
};
