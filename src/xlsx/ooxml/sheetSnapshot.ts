import type { CellType, CellValue, RangeRef, SheetSnapshot } from "../../core/snapshot";
import { emptySheet } from "../../core/snapshot";
import { ReadError } from "../ReadError";
import { LIMITS } from "../limits";
import type { Styles } from "./readStyles";
import type { SheetXml } from "./readSheetXml";
import type { RowCells } from "./SheetCells";

/**
 * Lays the rows read out as the snapshot's used range: the smallest block holding every cell
 * with a value or a formula without a cached result (a merged area's other cells read blank, as Excel reports them). Rows with nothing
 * in them are one shared blank row, so a stray cell a million rows below the table costs a
 * million pointers, not a million rows of cells; consecutive rows with the same types, formats
 * or fonts share those arrays too (the snapshot is read-only).
 */
export function sheetSnapshot(name: string, sheet: SheetXml, styles: Styles, file: string): SheetSnapshot {
  const rows = ordered(sheet.rows);
  blankMergedCells(rows, sheet.merges);
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (const r of rows) {
    let first = -1;
    let last = -1;
    for (let c = 0; c < r.types.length; c++)
      if (r.types[c] !== "empty") {
        if (first < 0) first = c;
        last = c;
      }
    if (last < 0) continue;
    if (top < 0) top = r.row;
    bottom = r.row;
    left = Math.min(left, first);
    right = Math.max(right, last);
  }
  // A formula without a cached result reads blank but is not nothing: the range holds it, so
  // that the engine computes it or reports it (CELL-NOT-CALCULATED), wherever it sits.
  for (const u of sheet.uncalculated) {
    top = top < 0 ? u.row : Math.min(top, u.row);
    bottom = Math.max(bottom, u.row);
    left = Math.min(left, u.col);
    right = Math.max(right, u.col);
  }
  if (top < 0) return { ...emptySheet(name), merges: sheet.merges };
  const width = right - left + 1;
  const dataRows = rows.filter((r) => r.row >= top && r.row <= bottom);
  if (dataRows.length * width > LIMITS.rangeCells)
    throw new ReadError(file, "too-large", `${name}: ${dataRows.length} × ${width} cells`);

  const fmtOf = (s: number) => (s >= 0 ? (styles.numFmt[s] ?? null) : null);
  const colFmt = (c: number) => fmtOf(sheet.colStyles[c] ?? -1) ?? "General";
  const blank = {
    values: new Array<CellValue>(width).fill(""),
    types: new Array<CellType>(width).fill("empty"),
    formats: Array.from({ length: width }, (_, i) => colFmt(left + i)),
    fonts: new Array<string | null>(width).fill(null),
  };
  // Every row starts as the shared blank row; only the rows in the XML are visited. The four
  // arrays are made before any is filled: the collections their making may set off then find
  // nothing in them to trace (a million rows are 8 MB of pointers each).
  const height = bottom - top + 1;
  const values = new Array<CellValue[]>(height);
  const types = new Array<CellType[]>(height);
  const numberFormats = new Array<string[]>(height);
  const fonts = new Array<(string | null)[]>(height);
  values.fill(blank.values);
  types.fill(blank.types);
  numberFormats.fill(blank.formats);
  fonts.fill(blank.fonts);
  let prevTypes = blank.types;
  let prevFormats = blank.formats;
  let prevFonts = blank.fonts;
  // Scratch rows: a new array is kept only when a row differs from the one before.
  const fr = new Array<string>(width);
  const nr = new Array<string | null>(width);
  for (const row of dataRows) {
    const k = row.row - top;
    const rowFmt = fmtOf(row.style);
    for (let i = 0; i < width; i++) {
      const c = left + i;
      const inXml = c < row.styles.length && row.styles[c] !== -1;
      const type = c < row.types.length ? row.types[c]! : "empty";
      const s = inXml ? row.styles[c]! : -1;
      fr[i] = inXml ? (fmtOf(s) ?? "General") : (rowFmt ?? colFmt(c));
      nr[i] = type === "string" && s >= 0 ? (styles.font[s] ?? null) : null;
    }
    // Arrays of the exact width (the row's own when it already is), never padded in place:
    // types may be shared between rows read alike.
    const vr = left === 0 && row.values.length === width ? row.values : exact(row.values, left, width, "");
    const tr = left === 0 && row.types.length === width ? row.types : exact<CellType>(row.types, left, width, "empty");
    values[k] = vr;
    types[k] = prevTypes = same(tr, prevTypes) ? prevTypes : tr;
    numberFormats[k] = prevFormats = same(fr, prevFormats) ? prevFormats : fr.slice();
    fonts[k] = prevFonts = same(nr, prevFonts) ? prevFonts : nr.slice();
  }
  return { name, origin: { row: top, col: left }, values, types, numberFormats, merges: sheet.merges, fonts };
}

function exact<T>(from: readonly T[], left: number, width: number, blank: T): T[] {
  const out = new Array<T>(width);
  for (let i = 0; i < width; i++) out[i] = left + i < from.length ? from[left + i]! : blank;
  return out;
}

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Rows in order, one per row number (a row given twice: its cells overlaid, the later wins). */
function ordered(rows: RowCells[]): RowCells[] {
  let sorted = true;
  for (let i = 1; i < rows.length; i++) if (rows[i]!.row <= rows[i - 1]!.row) sorted = false;
  if (sorted) return rows;
  const byRow = new Map<number, RowCells>();
  for (const r of rows) {
    const seen = byRow.get(r.row);
    if (!seen) byRow.set(r.row, r);
    else {
      // Styles arrays may be shared between rows: copied before they change.
      seen.styles = seen.styles.slice();
      r.styles.forEach((st, c) => {
        if (st === -1) return;
        while (seen.styles.length <= c) seen.styles.push(-1);
        seen.styles[c] = st;
      });
      seen.types = seen.types.slice();
      r.types.forEach((t, c) => {
        if (t === "empty") return;
        while (seen.types.length <= c) (seen.values.push(""), seen.types.push("empty"));
        seen.values[c] = r.values[c]!;
        seen.types[c] = t;
      });
    }
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

/** A merged area's cells other than its first read blank (ExcelJS repeats the first cell's value). */
function blankMergedCells(rows: RowCells[], merges: readonly RangeRef[]): void {
  if (merges.length === 0 || rows.length === 0) return;
  const index = new Map<number, RowCells>();
  for (const r of rows) index.set(r.row, r);
  for (const m of merges) {
    // Only rows that exist are visited: a merge over a whole column costs nothing.
    const span = m.bottom - m.top + 1;
    const visit =
      span <= rows.length
        ? range(m.top, m.bottom).map((r) => index.get(r))
        : rows.filter((r) => r.row >= m.top && r.row <= m.bottom);
    for (const r of visit) {
      if (!r) continue;
      let copied = false;
      for (let c = m.left; c <= m.right && c < r.types.length; c++) {
        if (r.row === m.top && c === m.left) continue;
        if (!copied) {
          // A row's types may be shared with alike rows: copied before they change.
          r.types = r.types.slice();
          copied = true;
        }
        r.values[c] = "";
        r.types[c] = "empty";
      }
    }
  }
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
