import { makeIssue, type SheetRule } from "./Rule";

/**
 * CELL-NOT-CALCULATED: formulas the file carries without results that the engine could not compute
 * (another sheet, a function it does not know): once per sheet, at the first, with their count.
 * Their cells are unknown, never summed as 0.
 */
export const cellNotCalculated: SheetRule = {
  id: "CELL-NOT-CALCULATED",
  needs: [],
  check(sheet) {
    const cells = sheet.grid.uncalculated;
    if (cells.length === 0) return [];
    const first = [...cells].sort((a, b) => a.row - b.row || a.col - b.col)[0]!;
    return [makeIssue("CELL-NOT-CALCULATED", sheet.name, { cell: first }, { cells: cells.length })];
  },
};
