import type { Issue } from "../issues/Issue";
import { cellOf, makeIssue, unitOf, type SheetRule } from "./Rule";
import { columnsOfKind } from "./tableRows";

/**
 * CELL-NOT-WHOLE: a count is not a whole number. Often `3.675` typed in a comma-decimal locale,
 * which Excel stores as three point six seven five: the message then suggests 3675.
 */
export const cellNotWhole: SheetRule = {
  id: "CELL-NOT-WHOLE",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    // Unit rows only: a total that sums a fractional cell is that cell's issue, not its own.
    const counts = columnsOfKind(sheet, "count");
    for (const row of sheet.rows) {
      for (const column of counts) {
        const cell = row.cells[column];
        if (cell?.kind !== "number" || Number.isInteger(cell.value)) continue;
        issues.push(
          makeIssue(
            "CELL-NOT-WHOLE",
            sheet.name,
            { cell: cellOf(sheet, row.row, column)! },
            { column, unit: unitOf(row), actual: cell.value, suggestion: thousandsReading(cell.value) },
          ),
        );
      }
    }
    return issues;
  },
};

/** 3.675 read as Vietnamese thousands: 3675, when the number has exactly three decimals. */
export function thousandsReading(value: number): number | null {
  if (value <= 0 || value >= 1000) return null;
  const scaled = Math.round(value * 1000);
  if (Math.abs(scaled - value * 1000) > 1e-6 || scaled % 10 === 0) return null;
  return scaled;
}
