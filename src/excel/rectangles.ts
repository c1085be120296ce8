import type { CellRef, RangeRef } from "../core/snapshot";

/**
 * Cells grouped into as few rectangles as a simple sweep finds: runs along each row, then runs of
 * the same columns on consecutive rows stacked. Every cell is in exactly one rectangle and no
 * rectangle holds a cell that was not given, so a format per rectangle paints exactly the cells.
 */
export function rectangles(cells: readonly CellRef[]): RangeRef[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: RangeRef[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right === c.col) continue; // the same cell twice
    if (last && last.top === c.row && last.right === c.col - 1) last.right = c.col;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  // Stack a run under an open rectangle of the same columns that ends on the row above.
  const open = new Map<string, RangeRef>();
  const out: RangeRef[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const rect = { ...run };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out;
}
