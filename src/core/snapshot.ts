/**
 * A workbook as Excel reports it: the port's currency. Both adapters (Office.js and .xlsx)
 * produce exactly this, and the engine reads nothing else.
 */

/** What Excel says a cell holds (Excel.RangeValueType, folded to five kinds). */
export type CellType = "empty" | "string" | "number" | "boolean" | "error";

/** A cell's value: `""` for blank; an error cell holds its code (`"#REF!"`). */
export type CellValue = string | number | boolean;

/** Zero-based, absolute to the sheet (A1 is row 0, column 0). */
export interface CellRef {
  row: number;
  col: number;
}

/** Zero-based and inclusive on every side. */
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** The used range's top-left cell; `values[0][0]` is this cell. */
  origin: CellRef;
  /** The used range, row by row; every row has the same length. */
  values: CellValue[][];
  types: CellType[][];
  /** Number formats (`"General"`, `"0.00"`, `"0.00%"`), same shape as `values`. */
  numberFormats: string[][];
  /** Merged areas, absolute. */
  merges: RangeRef[];
  /**
   * Font names of text cells, same shape as `values`, `null` where not known or not text.
   * The best signal of a legacy encoding (.VnTime = TCVN3, VNI-Times = VNI); readers that
   * cannot tell leave it `null` and the engine judges the text itself.
   */
  fonts: (string | null)[][];
  /**
   * Formulas the file holds without a cached result (written by a tool that does not calculate,
   * never opened in Excel): absolute positions and the formula text. Such a cell reads blank in
   * `values`; this says why. Readers that cannot tell leave it out.
   */
  uncalculated?: { row: number; col: number; formula: string }[];
  /**
   * Optional, same shape as `values`: the formula (without "=") of a cell that the file carries
   * without a computed result (files written by programs, not by Excel), else `null`. Such a cell's
   * value is "" in `values`; the engine computes it where it can, else reports it
   * (CELL-NOT-CALCULATED) and never sums it as 0. Excel itself always has the results.
   */
  formulas?: (string | null)[][];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Sheets the host could not fully handle; each becomes an issue, never a silent gap. */
  hostNotes?: HostNote[];
  /**
   * The workbook's check stamps: the texts of its custom XML parts in the stamp namespace (see
   * src/core/stamp), when the reader can see them. Absent = none known.
   */
  stamps?: string[];
  /**
   * Files or sheets the adapter could not read (a damaged file, a protected or too large sheet):
   * each named, with why. They are left out of `sheets`; the rest is read and checked as usual.
   */
  unreadable?: Unreadable[];
}

/**
 * Why a host could not handle a sheet: protected (read and checked, flags not painted), its
 * conditional formats unreadable (checked, flags not painted so none is doubled), or a used range
 * too large to read (not checked).
 */
export interface HostNote {
  sheet: string;
  reason: "protected" | "formats-unreadable" | "too-large";
}

/** A file or sheet that could not be read, with the reason in both languages. */
export interface Unreadable {
  name: string;
  message: { vi: string; en: string };
}

/** A sheet with nothing in it (Excel reports no used range). */
export function emptySheet(name: string): SheetSnapshot {
  return { name, origin: { row: 0, col: 0 }, values: [], types: [], numberFormats: [], merges: [], fonts: [] };
}
