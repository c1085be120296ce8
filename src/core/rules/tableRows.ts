import type { LevelSheet, TableRow } from "../model/SheetModel";
import { COLUMNS, type ColumnKey, type ColumnKind } from "../model/template";

const made = new WeakMap<LevelSheet, readonly TableRow[]>();

/**
 * The unit rows and, when typed, the total row. Made once per sheet: a dozen rules ask for it, and
 * on a sheet of a million rows each copy would be 8 MB more to collect.
 */
export function tableRows(sheet: LevelSheet): readonly TableRow[] {
  if (!sheet.totalRow) return sheet.rows;
  let rows = made.get(sheet);
  if (!rows || rows.length !== sheet.rows.length + 1 || rows[rows.length - 1] !== sheet.totalRow)
    made.set(sheet, (rows = [...sheet.rows, sheet.totalRow]));
  return rows;
}

/** The sheet's recognised columns of some kinds, in template order. */
export function columnsOfKind(sheet: LevelSheet, ...kinds: ColumnKind[]): ColumnKey[] {
  return COLUMNS.filter((c) => kinds.includes(c.kind) && sheet.columns[c.key] !== undefined).map((c) => c.key);
}
