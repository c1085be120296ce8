import type { Issue } from "../issues/Issue";
import { countValue, numericValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";
import { columnsOfKind } from "./tableRows";

/** SUM-TOTAL-ROW: a typed `Cộng` row differs from the sum of the unit rows, per count column. */
export const sumTotalRow: SheetRule = {
  id: "SUM-TOTAL-ROW",
  needs: [],
  check(sheet) {
    const total = sheet.totalRow;
    if (!total) return [];
    const issues: Issue[] = [];
    for (const column of columnsOfKind(sheet, "count")) {
      const actual = numericValue(total.cells[column]);
      if (actual === null) continue;
      let expected = 0;
      let readable = true;
      for (const row of sheet.rows) {
        const cell = row.cells[column];
        if (!cell || cell.kind === "blank") continue;
        const v = countValue(cell);
        if (v === null) {
          readable = false; // already reported on the unit row; a sum would mislead
          break;
        }
        expected += v;
      }
      if (!readable || expected === actual) continue;
      issues.push(
        makeIssue(
          "SUM-TOTAL-ROW",
          sheet.name,
          { cell: cellOf(sheet, total.row, column)! },
          { column, expected, actual },
        ),
      );
    }
    return issues;
  },
};
