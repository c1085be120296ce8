import type { CellType, RangeRef, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { hasLegacySignal } from "../core/text/detectEncoding";
import { parseRangeAddress } from "./rangeAddress";
import { a1Range } from "../core/issues/a1";
import { CELLS_PER_REQUEST, OWNER_KEY, OWNER_NAME } from "./constants";
import { ourFormats, queueFormatLoad, type FormatRef } from "./ourFormats";

/** Excel's value types folded to the snapshot's five kinds. */
export function cellType(t: string): CellType {
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

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Sheets the add-in owns (its summaries); left out of the snapshot. */
  owned: string[];
  /** Every sheet's name, in order. */
  names: string[];
  /** The add-in's own conditional formats found, to delete by id in the next request. */
  ourFormats: FormatRef[];
}

export interface ReadOptions {
  /** Conditional formats are loaded only when the action will repaint or clear flags. */
  withFlags: boolean;
}

/**
 * Reads every sheet in two round trips: the sheet list; then all used ranges with their values,
 * types and formats, merges, ownership marks and conditional formats together. Only where text
 * looks legacy-encoded does a third fetch the fonts; only a workbook over Excel on the web's 5 MB
 * answer is read again in blocks of rows.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const customProperties = Office.context.requirements.isSetSupported("ExcelApi", "1.12");
  const mergesSupported = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  const fontsSupported = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  // Everything of every sheet in one request; the data too unless `withData` is false.
  const queueSheets = (withData: boolean) =>
    worksheets.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      if (withData) used.load("address,rowCount,columnCount,values,valueTypes,numberFormat");
      else used.load("address,rowCount,columnCount");
      const whole = ws.getRange();
      const merged = mergesSupported ? whole.getMergedAreasOrNullObject() : null;
      merged?.load("areas/items/address");
      // A navigation property, not a value: nothing to load before reaching it.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const formats = options.withFlags ? whole.conditionalFormats : null;
      if (formats) queueFormatLoad(formats);
      // The mark of a sheet the add-in owns: a custom property (ExcelApi 1.12), else a defined name.
      let mark: Excel.WorksheetCustomProperty | Excel.NamedItem;
      if (customProperties) {
        const property = ws.customProperties.getItemOrNullObject(OWNER_KEY);
        property.load("key");
        mark = property;
      } else {
        const name = ws.names.getItemOrNullObject(OWNER_NAME);
        name.load("name");
        mark = name;
      }
      return { ws, name: ws.name, used, merged, formats, mark };
    });
  let sheets = queueSheets(true);
  let inOneRequest = true;
  try {
    await context.sync();
  } catch (err) {
    // Excel on the web answers at most 5 MB. The failed request loaded nothing: ask again without
    // the data, then read the data in blocks of rows.
    if (!isPayloadLimit(err)) throw err;
    inOneRequest = false;
    sheets = queueSheets(false);
    await context.sync();
  }

  // The data, in blocks of rows that keep each request under the limit: one request for most
  // workbooks; a workbook of more than CELLS_PER_REQUEST cells takes one more per block.
  const blocks: { sheet: number; range: Excel.Range | null; rect: RangeRef; cells: number }[] = [];
  sheets.forEach((s, i) => {
    if (s.used.isNullObject || !s.mark.isNullObject) return;
    const origin = parseRangeAddress(s.used.address)!;
    const cols = s.used.columnCount;
    const rowsPerBlock = inOneRequest
      ? s.used.rowCount
      : Math.max(1, Math.floor(CELLS_PER_REQUEST / Math.max(1, cols)));
    for (let r = 0; r < s.used.rowCount; r += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, s.used.rowCount - r);
      const rect = { top: origin.top + r, left: origin.left, bottom: origin.top + r + rows - 1, right: origin.right };
      blocks.push({ sheet: i, range: inOneRequest ? s.used : null, rect, cells: rows * cols });
    }
  });
  let queued = 0;
  for (const block of inOneRequest ? [] : blocks) {
    if (queued > 0 && queued + block.cells > CELLS_PER_REQUEST) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- Excel on the web's 5 MB request limit
      await context.sync();
      queued = 0;
    }
    // A range's object path lasts one request: each block is reached by its address when queued.
    block.range = sheets[block.sheet]!.ws.getRange(a1Range(block.rect));
    block.range.load("values,valueTypes,numberFormat");
    queued += block.cells;
  }
  if (queued > 0) await context.sync();

  const snapshots: SheetSnapshot[] = [];
  const fontReads: { snapshot: SheetSnapshot; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  sheets.forEach((s, i) => {
    if (!s.mark.isNullObject) return;
    const merges: RangeRef[] = [];
    if (s.merged && !s.merged.isNullObject) {
      for (const area of s.merged.areas.items) {
        const r = parseRangeAddress(area.address);
        if (r) merges.push(r);
      }
    }
    const mine = blocks.filter((b) => b.sheet === i);
    const snapshot: SheetSnapshot = {
      name: s.name,
      origin: mine[0] ? { row: mine[0].rect.top, col: mine[0].rect.left } : { row: 0, col: 0 },
      values: mine.flatMap((b) =>
        b.range!.values.map((row) =>
          row.map((v) => (v === null || v === undefined ? "" : (v as string | number | boolean))),
        ),
      ),
      types: mine.flatMap((b) => b.range!.valueTypes.map((row) => row.map((t) => cellType(String(t))))),
      numberFormats: mine.flatMap((b) => b.range!.numberFormat.map((row) => row.map((f) => String(f ?? "General")))),
      merges,
      fonts: mine.flatMap((b) => b.range!.values.map((row) => row.map(() => null))),
    };
    snapshots.push(snapshot);
    // Fonts tell a legacy encoding best; they are fetched only where the text looks legacy.
    // Without ExcelApi 1.9 the fonts stay unknown and the text alone tells the encoding.
    if (
      fontsSupported &&
      mine.length > 0 &&
      snapshot.values.some((row) => row.some((v) => typeof v === "string" && hasLegacySignal(v)))
    ) {
      const origin = parseRangeAddress(s.used.address)!;
      const used = s.ws.getRange(a1Range(origin));
      fontReads.push({ snapshot, props: used.getCellProperties({ format: { font: { name: true } } }) });
    }
  });
  if (fontReads.length > 0) {
    await context.sync();
    for (const { snapshot, props } of fontReads) {
      snapshot.fonts = props.value.map((row, r) =>
        row.map((p, c) => (snapshot.types[r]?.[c] === "string" ? (p.format?.font?.name ?? null) : null)),
      );
    }
  }
  const ours = sheets.flatMap((s) => (s.formats ? ourFormats(s.name, s.formats) : []));
  return {
    snapshot: { sheets: snapshots },
    owned: sheets.filter((s) => !s.mark.isNullObject).map((s) => s.name),
    names: sheets.map((s) => s.name),
    ourFormats: ours,
  };
}

function isPayloadLimit(err: unknown): boolean {
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}
