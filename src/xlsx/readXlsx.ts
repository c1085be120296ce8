import { emptySheet, type SheetSnapshot, type WorkbookSnapshot } from "../core/snapshot";
import { ReadError } from "./ReadError";
import { LIMITS } from "./limits";
import { XlsxPackage } from "./ooxml/XlsxPackage";
import { readWorkbookPart } from "./ooxml/readWorkbookPart";
import { readStyles } from "./ooxml/readStyles";
import { readSharedStrings } from "./ooxml/readSharedStrings";
import { readSheetXml } from "./ooxml/readSheetXml";
import { sheetSnapshot } from "./ooxml/sheetSnapshot";

/**
 * Reads .xlsx bytes into the engine's snapshot, with Excel's own view of each cell (a formula's
 * cached result, 0 included; an error as its code; a date as its serial). The package is read
 * directly, streamed part by part, so that a sheet of a million rows reads in bounded memory and
 * a zip bomb is refused from its declared sizes before anything is inflated. What ExcelJS cannot
 * open is read too: absolute relationship targets, chart sheets, a namespace prefix (`x:`), rows
 * and cells without addresses. Charts, tables, comments and drawings are not read.
 */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array, file: string): Promise<WorkbookSnapshot> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const pkg = new XlsxPackage(data, file);
  const book = readWorkbookPart(pkg);
  if (book.sheets.length === 0) throw new ReadError(file, "corrupt", "no sheet");
  const styles = readStyles(pkg, book.styles);
  const strings = readSharedStrings(pkg, book.sharedStrings);
  const budget = { cells: LIMITS.cells };
  const sheets: SheetSnapshot[] = [];
  for (const entry of book.sheets) {
    if (entry.kind !== "worksheet") {
      // A chart sheet (or a dialog or macro sheet) has no cells: listed, never a level sheet.
      sheets.push(emptySheet(entry.name));
      continue;
    }
    if (!entry.part) throw new ReadError(file, "corrupt", `${entry.name}: sheet part missing`);
    const xml = readSheetXml(pkg, entry.part, strings, book.date1904, budget);
    const snapshot = sheetSnapshot(entry.name, xml, styles, file);
    sheets.push(xml.uncalculated.length ? withFormulas(snapshot, xml.uncalculated) : snapshot);
  }
  return { sheets };
}

/**
 * Formulas without a cached result: listed as the file has them (`uncalculated`), and laid out as
 * the engine reads them (`formulas`, the shape of `values`), so that it computes them where it can
 * and reports the rest (CELL-NOT-CALCULATED) instead of summing a blank as 0.
 */
function withFormulas(snapshot: SheetSnapshot, uncalculated: SheetSnapshot["uncalculated"] & {}): SheetSnapshot {
  const formulas = snapshot.values.map((row) => row.map((): string | null => null));
  for (const u of uncalculated) {
    const row = formulas[u.row - snapshot.origin.row];
    const c = u.col - snapshot.origin.col;
    if (row && c >= 0 && c < row.length) row[c] = u.formula.replace(/^=/, "");
  }
  return { ...snapshot, uncalculated, formulas };
}
