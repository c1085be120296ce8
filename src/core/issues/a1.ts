import type { CellRef, RangeRef } from "../snapshot";

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `{ row: 9, col: 12 }` → `"M10"`. */
export function a1(cell: CellRef): string {
  return `${columnLetters(cell.col)}${cell.row + 1}`;
}

/** `"C10:T10"`, or one cell's address when the range is one cell. */
export function a1Range(range: RangeRef): string {
  const start = a1({ row: range.top, col: range.left });
  const end = a1({ row: range.bottom, col: range.right });
  return start === end ? start : `${start}:${end}`;
}

/** Parses `"M10"` back; `null` when it is not an address. */
export function parseA1(address: string): CellRef | null {
  const m = address
    .trim()
    .toUpperCase()
    .match(/^\$?([A-Z]{1,3})\$?(\d+)$/);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
