import type { Issue } from "../issues/Issue";
import type { ColumnKey } from "../model/template";
import { cellOf, makeIssue, unitOf, type SheetRule } from "./Rule";
import { tableRows } from "./tableRows";
import { NOT_CALCULATED } from "../recognize/Grid";

/** CELL-ERROR-VALUE: a formula error (`#REF!`, `#VALUE!`, `#DIV/0!`, …) in a read cell. */
export const cellErrorValue: SheetRule = {
  id: "CELL-ERROR-VALUE",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    const columns = Object.keys(sheet.columns) as ColumnKey[];
    for (const row of tableRows(sheet)) {
      for (const column of columns) {
        const cell = row.cells[column];
        if (cell?.kind !== "error" || cell.code === NOT_CALCULATED) continue; // CELL-NOT-CALCULATED
        issues.push(
          makeIssue(
            "CELL-ERROR-VALUE",
            sheet.name,
            { cell: cellOf(sheet, row.row, column)! },
            { column, unit: unitOf(row), code: cell.code },
          ),
        );
      }
    }
    return issues;
  },
};
