import type { Issue } from "../issues/Issue";
import type { LevelSheet, TableRow, UnitRow } from "../model/SheetModel";
import { countValue, numericValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";
import { columnsOfKind } from "./tableRows";

/**
 * SUM-TOTAL-ROW: a typed `Cộng` row differs from the sum of the unit rows, per count column; and
 * each group's typed sums (its heading row, its `Cộng`) differ from the sum of its units.
 */
export const sumTotalRow: SheetRule = {
  id: "SUM-TOTAL-ROW",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    if (sheet.totalRow) issues.push(...checkSums(sheet, sheet.totalRow, sheet.rows, undefined));
    for (const g of sheet.groups) for (const row of g.checks) issues.push(...checkSums(sheet, row, g.units, g.label));
    return issues;
  },
};

function checkSums(sheet: LevelSheet, total: TableRow, units: readonly UnitRow[], group: string | undefined): Issue[] {
  const issues: Issue[] = [];
  for (const column of columnsOfKind(sheet, "count")) {
    const actual = numericValue(total.cells[column]);
    if (actual === null) continue;
    let expected = 0;
    let readable = true;
    for (const row of units) {
      if (row.section) continue; // counted in its đảng bộ bộ phận's row
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
        group === undefined ? { column, expected, actual } : { column, expected, actual, group },
      ),
    );
  }
  return issues;
}
