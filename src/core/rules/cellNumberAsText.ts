import type { Issue } from "../issues/Issue";
import { cellOf, makeIssue, unitOf, type SheetRule } from "./Rule";
import { columnsOfKind, tableRows } from "./tableRows";

/** CELL-NUMBER-AS-TEXT: a count holds text that reads as a number (`3.675`, `1 234`, `12 `); the fix offers the number. */
export const cellNumberAsText: SheetRule = {
  id: "CELL-NUMBER-AS-TEXT",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    const counts = columnsOfKind(sheet, "count");
    for (const row of tableRows(sheet)) {
      for (const column of counts) {
        const cell = row.cells[column];
        if (cell?.kind !== "numberText") continue;
        issues.push(
          makeIssue(
            "CELL-NUMBER-AS-TEXT",
            sheet.name,
            { cell: cellOf(sheet, row.row, column)! },
            { column, unit: unitOf(row), text: cell.text, parsed: cell.value },
          ),
        );
      }
    }
    return issues;
  },
};
