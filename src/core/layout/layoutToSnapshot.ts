import type { CellType, CellValue, SheetSnapshot } from "../snapshot";
import { allCells, type SheetLayout } from "./SheetLayout";

/**
 * The snapshot a reader would produce from a laid-out sheet once written: each formula's result,
 * formats, merges, fonts. Lets a summary be fed back to the engine without a file in between
 * (the summary-of-summaries property); the round trip through a real file is tested too.
 */
export function layoutToSnapshot(layout: SheetLayout): SheetSnapshot {
  const cells = allCells(layout);
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    if (c.value === null || c.value === "") continue;
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(""));
  const types: CellType[][] = Array.from({ length: rows }, () => Array<CellType>(cols).fill("empty"));
  const numberFormats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  const fonts: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  for (const c of cells) {
    if (c.row >= rows || c.col >= cols) continue;
    if (c.numFmt) numberFormats[c.row]![c.col] = c.numFmt;
    if (c.value === null || c.value === "") continue;
    values[c.row]![c.col] = c.value;
    types[c.row]![c.col] = typeof c.value === "number" ? "number" : "string";
    if (typeof c.value === "string") fonts[c.row]![c.col] = c.font ?? null;
  }
  return { name: layout.name, origin: { row: 0, col: 0 }, values, types, numberFormats, merges: layout.merges, fonts };
}
