import type { CellRef, WorkbookSnapshot } from "./snapshot";

/**
 * The one seam between the engine and a workbook. The Office.js adapter (src/excel) and the
 * .xlsx adapter (src/xlsx) implement it; the task pane and the ribbon commands talk only to it.
 */
export interface WorkbookPort {
  /** Every sheet's used range, values, types, formats, merges and fonts. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Activates a sheet and selects one cell (a click on an issue). */
  selectCell(sheet: string, cell: CellRef): Promise<void>;
}
