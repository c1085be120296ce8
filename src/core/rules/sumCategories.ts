import type { Issue } from "../issues/Issue";
import { countValue } from "../recognize/parseCell";
import { makeIssue, type SheetRule } from "./Rule";

/** SUM-CATEGORIES: excellent + good + complete + fail = rated. */
export const sumCategories: SheetRule = {
  id: "SUM-CATEGORIES",
  needs: ["rated", "excellent", "good", "complete", "fail"],
  check(sheet) {
    const issues: Issue[] = [];
    const cols = ["rated", "excellent", "good", "complete", "fail"].map((k) => sheet.columns[k as "rated"]!);
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    for (const row of sheet.rows) {
      const rated = countValue(row.cells.rated);
      const excellent = countValue(row.cells.excellent);
      const good = countValue(row.cells.good);
      const complete = countValue(row.cells.complete);
      const fail = countValue(row.cells.fail);
      if (rated === null || excellent === null || good === null || complete === null || fail === null) continue;
      const actual = excellent + good + complete + fail;
      if (actual === rated) continue;
      issues.push(
        makeIssue(
          "SUM-CATEGORIES",
          sheet.name,
          { range: { top: row.row, bottom: row.row, left, right } },
          { unit: row.unit, expected: rated, actual, excellent, good, complete, fail },
        ),
      );
    }
    return issues;
  },
};
