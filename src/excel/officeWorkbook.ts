import type { WorkbookPort } from "../core/port";
import type { CellRef, CellType, RangeRef, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { a1 } from "../core/issues/a1";
import { parseRangeAddress } from "./rangeAddress";

/** Excel's value types folded to the snapshot's five kinds. */
function cellType(t: string): CellType {
  switch (t) {
    case "Empty":
      return "empty";
    case "String":
      return "string";
    case "Double":
      return "number";
    case "Boolean":
      return "boolean";
    case "Error":
      return "error";
    default:
      return "string";
  }
}

/**
 * Reads every sheet's used range in a fixed number of round trips: one for the sheet list, one
 * for all values, types and formats, one for merges and fonts. The count does not grow with the
 * number of sheets or rows.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("address,values,valueTypes,numberFormat");
    return { name: ws.name, range };
  });
  await context.sync();
  const mergesSupported = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  const extras = used.map(({ range }) => {
    if (range.isNullObject) return null;
    const fonts = range.getCellProperties({ format: { font: { name: true } } });
    const merged = mergesSupported ? range.getMergedAreasOrNullObject() : null;
    if (merged) merged.load("areas/items/address");
    return { fonts, merged };
  });
  if (extras.some((x) => x !== null)) await context.sync();
  const sheets: SheetSnapshot[] = used.map(({ name, range }, i) => {
    if (range.isNullObject) return emptySheet(name);
    const origin = parseRangeAddress(range.address)!;
    const extra = extras[i];
    const types = range.valueTypes.map((row) => row.map((t) => cellType(String(t))));
    const merges: RangeRef[] = [];
    if (extra?.merged && !extra.merged.isNullObject) {
      for (const area of extra.merged.areas.items) {
        const r = parseRangeAddress(area.address);
        if (r) merges.push(r);
      }
    }
    const fonts = (extra?.fonts.value ?? []).map((row, r) =>
      row.map((p, c) => (types[r]?.[c] === "string" ? (p.format?.font?.name ?? null) : null)),
    );
    return {
      name,
      origin: { row: origin.top, col: origin.left },
      values: range.values.map((row) =>
        row.map((v) => (v === null || v === undefined ? "" : (v as string | number | boolean))),
      ),
      types,
      numberFormats: range.numberFormat.map((row) => row.map((f) => String(f ?? "General"))),
      merges,
      fonts,
    };
  });
  return { sheets };
}

function emptySheet(name: string): SheetSnapshot {
  return { name, origin: { row: 0, col: 0 }, values: [], types: [], numberFormats: [], merges: [], fonts: [] };
}

/** The WorkbookPort over the open workbook, through Office.js. */
export function createOfficePort(): WorkbookPort {
  return {
    readSnapshot: () => Excel.run((context) => readWorkbook(context)),
    selectCell: (sheet: string, cell: CellRef) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1(cell)).select();
        await context.sync();
      }),
  };
}
