/** The key of the worksheet custom property (ExcelApi 1.12) that marks a sheet as the add-in's own. */
export const OWNER_KEY = "xeploai";
/** Where custom properties are missing: a sheet-scoped defined name marks the sheet instead. */
export const OWNER_NAME = "xeploai_owned";
/**
 * A marker inside the formula of every conditional format the add-in adds. N("…") of a text is 0,
 * so the marker changes nothing; it lets Xóa đánh dấu find exactly the add-in's formats.
 */
export const FLAG_MARKER = 'N("xeploai")';
/** Cells per read request: Excel on the web refuses requests over 5 MB. */
export const CELLS_PER_REQUEST = 100_000;
/** Estimated bytes of summary writes per request, well under Excel on the web's 5.000.000. */
export const WRITE_BUDGET = 2_000_000;
/** Cells in a used range beyond which Excel cannot answer its values at all. */
export const MAX_SHEET_CELLS = 5_000_000;
