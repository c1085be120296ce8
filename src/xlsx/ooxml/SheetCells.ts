import type { CellType, CellValue } from "../../core/snapshot";

/**
 * The cells of one row as read, dense from column A to the row's last cell in the XML: values,
 * types, and the style of each cell (-1 where the XML has no cell, so the row's or column's
 * style applies, as in Excel).
 */
export interface RowCells {
  row: number;
  values: CellValue[];
  types: CellType[];
  styles: number[];
  /** The row's own style (`<row s>`), or -1. */
  style: number;
}

export function newRow(row: number, style: number): RowCells {
  return { row, values: [], types: [], styles: [], style };
}

/** Puts a cell into a row, filling the columns before it with blanks. */
export function setCell(r: RowCells, col: number, value: CellValue, type: CellType, style: number): void {
  while (r.values.length < col) {
    r.values.push("");
    r.types.push("empty");
  }
  while (r.styles.length < col) r.styles.push(-1);
  if (r.styles.length === col) r.styles.push(style);
  else r.styles[col] = style;
  if (col < r.values.length) {
    // A second cell for the same column: the later one wins, as Excel does.
    r.values[col] = value;
    r.types[col] = type;
    return;
  }
  r.values.push(value);
  r.types.push(type);
}
