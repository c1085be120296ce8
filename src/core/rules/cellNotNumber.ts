import type { Issue } from "../issues/Issue";
import { cellOf, makeIssue, unitOf, type SheetRule } from "./Rule";
import { columnsOfKind, tableRows } from "./tableRows";

/** CELL-NOT-NUMBER: a count (or a percentage) holds text that is not a number. */
export const cellNotNumber: SheetRule = {
  id: "CELL-NOT-NUMBER",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    const numeric = columnsOfKind(sheet, "count", "pct");
    for (const row of tableRows(sheet)) {
      for (const column of numeric) {
        const cell = row.cells[column];
        if (cell?.kind !== "text" && cell?.kind !== "boolean") continue;
        const text = cell.kind === "text" ? cell.text : String(cell.value).toUpperCase();
        issues.push(
          makeIssue(
            "CELL-NOT-NUMBER",
            sheet.name,
            { cell: cellOf(sheet, row.row, column)! },
            { column, unit: unitOf(row), text },
          ),
        );
      }
    }
    return issues;
  },
};
