import type { RangeRef } from "../snapshot";

/** One cell of a sheet the engine lays out: a value or a formula (with its computed value), and its look. */
export interface LayoutCell {
  row: number;
  col: number;
  value: string | number | null;
  /** A formula without the leading "=", e.g. `SUM(D8:D18)`; `value` is its result. */
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  border?: boolean;
  /** A light fill for header cells. */
  header?: boolean;
  /** A font other than the default; legacy fonts (.VnTime, VNI-Times) only in sample files. */
  font?: string;
}

/**
 * A block of rows laid out on demand: row `first + i` holds `cellsOf(i)`, made when asked and let
 * go after. Only the command line asks for it (`SummarizeOptions.lazyRows`), for a Tổng hợp of
 * hundreds of thousands of units whose cells would take gigabytes; its writer (writeLayouts) takes
 * them a row at a time. A layout for the pane never has it (a function does not cross to a worker).
 */
export interface LazyLayoutRows {
  first: number;
  count: number;
  cellsOf: (i: number) => LayoutCell[];
}

/** Every cell of a layout, its lazy rows made too: for a reader that needs them all at once. */
export function allCells(layout: SheetLayout): LayoutCell[] {
  const { rows } = layout;
  if (!rows) return layout.cells;
  const cells = [...layout.cells];
  for (let i = 0; i < rows.count; i++) cells.push(...rows.cellsOf(i));
  return cells;
}

/** A sheet as the engine lays it out, for a writer (ExcelJS, Office.js) to put on paper. */
export interface SheetLayout {
  name: string;
  cells: LayoutCell[];
  merges: RangeRef[];
  /** Widths in characters, by column. */
  columnWidths: number[];
  /** Rows frozen at the top (the title and header). */
  frozenRows: number;
  /** Paper for printing, landscape; A4 when absent. A3 where A4 would shrink the text below 8 pt. */
  paper?: "A4" | "A3";
  /** Rows beside `cells`, made on demand (none of `cells` is in them); absent unless asked for. */
  rows?: LazyLayoutRows;
}

/** Number formats: Excel shows them the Vietnamese way (3.675; 92,79) under a Vietnamese locale. */
export const COUNT_FORMAT = "#,##0";
export const PERCENT_POINTS_FORMAT = "0.00";
