import type { CellType, HostNote, RangeRef, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { hasLegacySignal } from "../core/text/detectEncoding";
import { parseRangeAddress } from "./rangeAddress";
import { a1Range } from "../core/issues/a1";
import { CELLS_PER_REQUEST, MAX_SHEET_CELLS } from "./constants";
import { isOwned, queueSheets } from "./queueSheets";
import { readFormatsApart, readMergesInBands } from "./readParts";
import { CELL_EDIT_MODE, errorCode } from "./errorCode";
import { ourFormats, type FormatRef } from "./ourFormats";

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
  /** Sheets whose flags cannot be painted (protected, formats unknown, not read). */
  unpaintable: Set<string>;
  /** The add-in's own conditional formats found, to delete by id in the next request. */
  ourFormats: FormatRef[];
}

export interface ReadOptions {
  /** Conditional formats are loaded only when the action will repaint or clear flags. */
  withFlags: boolean;
}

/**
 * Reads every sheet in two round trips: the sheet list; then all used ranges with their values,
 * types and formats, merges, ownership marks, protection and conditional formats together. Only
 * where text looks legacy-encoded does a third fetch the fonts. If that one request fails (over
 * Excel on the web's 5 MB, over 512 merged areas, a conditional format Excel cannot describe), it
 * is asked again without the data, merges and formats, which are then read in parts: data in
 * blocks of rows, merges in bands, formats sheet by sheet where they must be.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const fontsSupported = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  let sheets = queueSheets(worksheets.items, { data: true, merges: true, formats: options.withFlags });
  let inOneRequest = true;
  try {
    await context.sync();
  } catch (err) {
    // The failed request loaded nothing: ask again for the sizes and marks only.
    if (errorCode(err) === CELL_EDIT_MODE) throw err;
    inOneRequest = false;
    sheets = queueSheets(worksheets.items, { data: false, merges: false, formats: false });
    await context.sync();
  }
  const notes: HostNote[] = [];
  const readable = sheets.filter((s) => !isOwned(s) && !s.used.isNullObject);
  // A used range over 5 million cells cannot be read at all: named, not checked.
  const tooLarge = new Set(
    readable.filter((s) => s.used.rowCount * s.used.columnCount > MAX_SHEET_CELLS).map((s) => s.name),
  );
  for (const name of tooLarge) notes.push({ sheet: name, reason: "too-large" });

  // The data, in blocks of rows that keep each request under the limit: one request for most
  // workbooks; a workbook of more than CELLS_PER_REQUEST cells takes one more per block.
  const blocks: { sheet: number; range: Excel.Range | null; rect: RangeRef; cells: number }[] = [];
  sheets.forEach((s, i) => {
    if (s.used.isNullObject || isOwned(s) || tooLarge.has(s.name)) return;
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
  const bandMerges = inOneRequest ? new Map<string, RangeRef[]>() : await readMergesInBands(context, readable);
  if (!inOneRequest && options.withFlags) {
    for (const name of await readFormatsApart(context, sheets)) {
      if (!tooLarge.has(name)) notes.push({ sheet: name, reason: "formats-unreadable" });
    }
  }

  const snapshots: SheetSnapshot[] = [];
  const fontReads: { snapshot: SheetSnapshot; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  sheets.forEach((s, i) => {
    if (isOwned(s)) return;
    if (tooLarge.has(s.name)) return;
    const merges: RangeRef[] = bandMerges.get(s.name) ?? [];
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
  // A protected sheet is checked but cannot be painted; nor can one whose formats are unknown.
  const unpaintable = new Set(notes.map((n) => n.sheet));
  for (const s of sheets) {
    if (!isOwned(s) && s.protection?.protected) {
      notes.push({ sheet: s.name, reason: "protected" });
      unpaintable.add(s.name);
    }
  }
  const ours = sheets.flatMap((s) => (s.formats && !unpaintable.has(s.name) ? ourFormats(s.name, s.formats) : []));
  return {
    snapshot: notes.length > 0 ? { sheets: snapshots, hostNotes: notes } : { sheets: snapshots },
    unpaintable,
    owned: sheets.filter(isOwned).map((s) => s.name),
    names: sheets.map((s) => s.name),
    ourFormats: ours,
  };
}
