import type { Issue } from "../issues/Issue";
import { countValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/** SUM-RATED: rated = subject − notRated. */
export const sumRated: SheetRule = {
  id: "SUM-RATED",
  needs: ["subject", "notRated", "rated"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      const subject = countValue(row.cells.subject);
      const notRated = countValue(row.cells.notRated);
      const rated = countValue(row.cells.rated);
      if (subject === null || notRated === null || rated === null) continue;
      if (subject - notRated === rated) continue;
      issues.push(
        makeIssue(
          "SUM-RATED",
          sheet.name,
          { cell: cellOf(sheet, row.row, "rated")! },
          { unit: row.unit, expected: subject - notRated, actual: rated, subject, notRated },
        ),
      );
    }
    return issues;
  },
};
