import type { Issue } from "../issues/Issue";
import { numericValue } from "../recognize/parseCell";
import { cellOf, makeIssue, unitOf, type SheetRule } from "./Rule";
import { columnsOfKind } from "./tableRows";

/** CELL-NEGATIVE: a count below zero. */
export const cellNegative: SheetRule = {
  id: "CELL-NEGATIVE",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    const counts = columnsOfKind(sheet, "count");
    for (const row of sheet.rows) {
      for (const column of counts) {
        const cell = row.cells[column];
        const value = cell?.kind === "number" ? numericValue(cell) : null;
        if (value === null || value >= 0) continue;
        issues.push(
          makeIssue(
            "CELL-NEGATIVE",
            sheet.name,
            { cell: cellOf(sheet, row.row, column)! },
            { column, unit: unitOf(row), actual: value },
          ),
        );
      }
    }
    return issues;
  },
};
