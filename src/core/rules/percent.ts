import type { ParsedCell, TableRow } from "../model/SheetModel";
import { RATINGS } from "../model/Rating";
import { BLOCKS, type ColumnKey } from "../model/template";
import { countValue } from "../recognize/parseCell";

/** A typed percentage in points (91.56) with the decimals it is shown at. */
export function percentReading(cell: ParsedCell | undefined): { value: number; decimals: number } | null {
  if (!cell) return null;
  if (cell.kind === "number") {
    // Judge what the cell shows: 0,9157 in a 0.00 format reads 0,92.
    const points = cell.percentFormat ? cell.value * 100 : cell.value;
    return { value: roundTo(points, cell.decimals), decimals: cell.decimals };
  }
  if (cell.kind === "numberText") return { value: cell.value, decimals: cell.decimals };
  return null;
}

const EPS = 1e-9;

function roundTo(value: number, decimals: number): number {
  if (decimals >= 10) return value;
  const p = 10 ** decimals;
  return Math.round(value * p + (value >= 0 ? EPS : -EPS)) / p;
}

/**
 * TEMPLATE.md §5: a typed percentage is right when it equals the exact value rounded *or*
 * truncated at the precision it shows (152/166 = 91,566…: both 91,57 and 91,56 are right).
 *
 * @example percentMatches(91.56, 2, (152 / 166) * 100) === true
 */
export function percentMatches(typed: number, decimals: number, exact: number): boolean {
  if (decimals >= 8) return Math.abs(typed - exact) < 1e-6;
  const p = 10 ** decimals;
  const rounded = Math.round(exact * p + EPS) / p;
  const truncated = Math.floor(exact * p + EPS) / p;
  const tol = 1e-7 * Math.max(1, Math.abs(typed));
  return Math.abs(typed - rounded) < tol || Math.abs(typed - truncated) < tol;
}

/** Each percentage column with the count and the base it is computed from. */
export const PERCENT_COLUMNS: { pct: ColumnKey; count: ColumnKey; base: ColumnKey }[] = [
  ...RATINGS.map((r) => ({ pct: `${r}Pct` as ColumnKey, count: r as ColumnKey, base: "rated" as ColumnKey })),
  ...BLOCKS.flatMap((b) =>
    RATINGS.map((r) => ({
      pct: `${b}.${r}Pct` as ColumnKey,
      count: `${b}.${r}` as ColumnKey,
      base: `${b}.rated` as ColumnKey,
    })),
  ),
];

/** The exact percentage a row's counts give, or `null` when they cannot be read. */
export function exactPercent(row: TableRow, count: ColumnKey, base: ColumnKey): number | null {
  const c = countValue(row.cells[count]);
  const b = countValue(row.cells[base]);
  if (c === null || b === null) return null;
  return b === 0 ? 0 : (c / b) * 100;
}
