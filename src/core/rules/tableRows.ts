import type { LevelSheet, TableRow } from "../model/SheetModel";
import { COLUMNS, type ColumnKey, type ColumnKind } from "../model/template";

/** The unit rows and, when typed, the total row. */
export function tableRows(sheet: LevelSheet): TableRow[] {
  return sheet.totalRow ? [...sheet.rows, sheet.totalRow] : sheet.rows;
}

/** The sheet's recognised columns of some kinds, in template order. */
export function columnsOfKind(sheet: LevelSheet, ...kinds: ColumnKind[]): ColumnKey[] {
  return COLUMNS.filter((c) => kinds.includes(c.kind) && sheet.columns[c.key] !== undefined).map((c) => c.key);
}
