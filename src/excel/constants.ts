export { OWNER_KEY, OWNER_NAME, FLAG_MARKER } from "../core/ownership";
/** Cells per read request: Excel on the web refuses requests over 5 MB. */
export const CELLS_PER_REQUEST = 100_000;
/** Estimated bytes of summary writes per request, well under Excel on the web's 5.000.000. */
export const WRITE_BUDGET = 2_000_000;
/** Cells in a used range beyond which Excel cannot answer its values at all. */
export const MAX_SHEET_CELLS = 5_000_000;
