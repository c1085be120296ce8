import { COLUMNS } from "../model/template";
import type { Issue } from "../issues/Issue";
import { isBlank } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

// Percentages are required as columns, but their cells may be left for the add-in to fill.
const REQUIRED_CELLS = COLUMNS.filter((c) => c.required && c.kind !== "pct").map((c) => c.key);

/** CELL-REQUIRED: a required cell of a unit row is empty. Blank is not zero. */
export const cellRequired: SheetRule = {
  id: "CELL-REQUIRED",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    const present = REQUIRED_CELLS.filter((key) => sheet.columns[key] !== undefined);
    for (const row of sheet.rows) {
      for (const column of present) {
        if (isBlank(row.cells[column])) {
          issues.push(
            makeIssue(
              "CELL-REQUIRED",
              sheet.name,
              { cell: cellOf(sheet, row.row, column)! },
              { column, unit: row.unit },
            ),
          );
        }
      }
    }
    return issues;
  },
};
