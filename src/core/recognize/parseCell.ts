import type { ParsedCell } from "../model/SheetModel";
import { parseVietnameseNumber } from "../text/parseNumber";
import { memoString } from "../text/memo";
import type { Grid } from "./Grid";

// The last format seen: a column's cells share one, so most lookups are spared.
let lastFormat = "";
let lastPercent = false;

const BLANK: ParsedCell = Object.freeze({ kind: "blank" });
// Counts are small whole numbers: one shared, frozen reading each spares an allocation per cell.
const WHOLE = Array.from(
  { length: 2048 },
  (_, n): ParsedCell => Object.freeze({ kind: "number", value: n, decimals: 0, percentFormat: false }),
);

/** Reads one cell of a unit row: numbers, numbers stored as text, text, errors, blanks. */
export function parseCell(grid: Grid, r: number, c: number, textOnly = false): ParsedCell {
  const type = grid.type(r, c);
  const value = grid.value(r, c);
  switch (type) {
    case "empty":
      return BLANK;
    case "error":
      return { kind: "error", code: String(value) };
    case "boolean":
      return { kind: "boolean", value: Boolean(value) };
    case "number": {
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(n)) return { kind: "text", text: String(value) };
      const format = grid.format(r, c);
      // The common case first: a small whole count in a plain format, without any lookup.
      if (
        (format === "General" || format === "#,##0" || format === "0") &&
        n >= 0 &&
        n < WHOLE.length &&
        Number.isInteger(n)
      )
        return WHOLE[n]!;
      if (format !== lastFormat) {
        lastFormat = format;
        lastPercent = isPercentFormat(format);
      }
      const percentFormat = lastPercent;
      const decimals = shownDecimals(n, format);
      if (decimals === 0 && !percentFormat && Number.isInteger(n) && n >= 0 && n < WHOLE.length) return WHOLE[n]!;
      return numberCell(n, decimals, percentFormat);
    }
    case "string": {
      // The grid's text is already tidied (trimmed, composed): blank text is "".
      const text = grid.text(r, c);
      if (text === "") return BLANK;
      const parsed = textOnly ? null : parseVietnameseNumber(text);
      if (parsed)
        return { kind: "numberText", value: parsed.value, decimals: parsed.decimals, percent: parsed.percent, text };
      return textCell(text.includes("\n") ? text.replace(/\n/g, " ") : text);
    }
  }
}

/**
 * Readings are never changed once made, so alike cells share one: a sheet of a million rows holds
 * a few thousand distinct shares ("91,56") and ratings ("Hoàn thành tốt nhiệm vụ"), not millions of
 * objects. The caches are bounded: when one fills it starts again (sharing is only a saving).
 */
const CACHE_LIMIT = 65_536;
const numberCells: Map<number, ParsedCell>[] = [];

function numberCell(value: number, decimals: number, percentFormat: boolean): ParsedCell {
  const slot = decimals * 2 + (percentFormat ? 1 : 0);
  const cache = (numberCells[slot] ??= new Map());
  const hit = cache.get(value);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  // A whole number keeps its own object layout (value first): mixed with fractions, V8 would box
  // every value in a separate number object, 16 bytes more for each row number of a long sheet.
  const made: ParsedCell = Object.freeze(
    Number.isInteger(value) && Math.abs(value) < 2 ** 30
      ? { value, kind: "number", decimals, percentFormat }
      : { kind: "number", value, decimals, percentFormat },
  );
  cache.set(value, made);
  return made;
}

const textCells = new Map<string, ParsedCell>();

function textCell(text: string): ParsedCell {
  // A long text (a note, a name of its own) is rarely repeated: not worth a place in the cache.
  if (text.length > 64) return { kind: "text", text };
  const hit = textCells.get(text);
  if (hit) return hit;
  if (textCells.size >= CACHE_LIMIT) textCells.clear();
  const made: ParsedCell = Object.freeze({ kind: "text", text });
  textCells.set(text, made);
  return made;
}

const isPercentFormat = memoString((format: string) => /%/.test(stripQuoted(format)));

function stripQuoted(format: string): string {
  return format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

/** The decimals a number format shows; for General, the number's own (Excel shows up to ~10). */
export function shownDecimals(value: number, format: string): number {
  const fixed = formatDecimals(format);
  if (fixed !== null) return fixed;
  if (Number.isInteger(value)) return 0;
  const s = String(Number(value.toPrecision(10)));
  const dot = s.indexOf(".");
  return dot < 0 || /e/i.test(s) ? 0 : s.length - dot - 1;
}

/** The decimals a fixed format shows, or `null` for General (where the value decides). */
const formatDecimals = memoString((format: string): number | null => {
  const f = stripQuoted(format).split(";")[0] ?? "";
  if (f === "" || /general/i.test(f)) return null;
  const m = f.match(/\.([0#?]+)/);
  return m ? m[1]!.length : 0;
});

/** A count's value when it is a number or reads as one; `null` otherwise. */
export function numericValue(cell: ParsedCell | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === "number" || cell.kind === "numberText") return cell.value;
  return null;
}

/** A count usable in arithmetic: a whole, non-negative number (stored as text or not). */
export function countValue(cell: ParsedCell | undefined): number | null {
  const v = numericValue(cell);
  return v !== null && Number.isInteger(v) && v >= 0 ? v : null;
}

/** An optional count: blank counts as 0 (RULES.md SUM-SUBJECT); unreadable is `null`. */
export function optionalCount(cell: ParsedCell | undefined): number | null {
  if (!cell || cell.kind === "blank") return 0;
  return countValue(cell);
}

export function isBlank(cell: ParsedCell | undefined): boolean {
  return !cell || cell.kind === "blank";
}
