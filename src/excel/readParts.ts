import type { RangeRef } from "../core/snapshot";
import { a1Range } from "../core/issues/a1";
import { parseRangeAddress } from "./rangeAddress";
import { queueFormatLoad } from "./ourFormats";
import type { SheetRead } from "./queueSheets";
import { CELL_EDIT_MODE, errorCode } from "./errorCode";

/**
 * Cells per band when merged areas are read in parts: a merged area covers at least two cells, so
 * a band of 512 cells meets at most 512 of them, where Excel refuses more.
 */
export const MERGE_BAND_CELLS = 512;

/**
 * The merged areas of sheets read apart from the data: the whole sheets in one request, and if
 * Excel refuses (over 512 areas), in bands of the used range, all in one more.
 */
export async function readMergesInBands(context: Excel.RequestContext, sheets: readonly SheetRead[]) {
  const result = new Map<string, RangeRef[]>();
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.13")) return result;
  // Most often the whole-sheet read failed for another reason (the 5 MB): try it alone first.
  const wholes = sheets.map((s) => {
    const areas = s.ws.getRange().getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    return { sheet: s.name, areas };
  });
  try {
    await context.sync();
    return collect(wholes, result);
  } catch (err) {
    if (errorCode(err) === CELL_EDIT_MODE) throw err;
  }
  const bands: { sheet: string; areas: Excel.RangeAreas }[] = [];
  for (const s of sheets) {
    if (s.used.isNullObject) continue;
    const used = parseRangeAddress(s.used.address)!;
    const rowsPerBand = Math.max(1, Math.floor(MERGE_BAND_CELLS / Math.max(1, s.used.columnCount)));
    for (let top = used.top; top <= used.bottom; top += rowsPerBand) {
      const band = { ...used, top, bottom: Math.min(used.bottom, top + rowsPerBand - 1) };
      const areas = s.ws.getRange(a1Range(band)).getMergedAreasOrNullObject();
      areas.load("areas/items/address");
      bands.push({ sheet: s.name, areas });
    }
  }
  if (bands.length === 0) return result;
  await context.sync();
  return collect(bands, result);
}

/** Merged areas by sheet from loaded reads; an area met twice (across bands) is kept once. */
function collect(reads: readonly { sheet: string; areas: Excel.RangeAreas }[], result: Map<string, RangeRef[]>) {
  for (const { sheet, areas } of reads) {
    if (areas.isNullObject) continue;
    const list = result.get(sheet) ?? [];
    for (const area of areas.areas.items) {
      const r = parseRangeAddress(area.address);
      if (r && !list.some((m) => m.top === r.top && m.left === r.left && m.bottom === r.bottom && m.right === r.right))
        list.push(r);
    }
    result.set(sheet, list);
  }
  return result;
}

/**
 * The conditional formats and protection of sheets whose reading failed with the rest: all in one
 * request, and where that fails, sheet by sheet; a sheet whose formats Excel cannot describe is
 * returned as unreadable instead of failing the whole Kiểm tra.
 */
export type FormatTarget = Pick<SheetRead, "ws" | "name" | "formats" | "protection">;

export async function readFormatsApart(context: Excel.RequestContext, sheets: FormatTarget[]): Promise<Set<string>> {
  const queue = (s: FormatTarget) => {
    s.formats = s.ws.getRange().conditionalFormats;
    queueFormatLoad(s.formats);
    s.protection = s.ws.protection;
    s.protection.load("protected");
  };
  const unreadable = new Set<string>();
  if (sheets.length === 0) return unreadable;
  try {
    sheets.forEach(queue);
    await context.sync();
    return unreadable;
  } catch (err) {
    // One sheet's formats spoil the request: ask each sheet alone.
    if (errorCode(err) === CELL_EDIT_MODE) throw err;
  }
  for (const s of sheets) {
    queue(s);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after the request of all sheets failed
      await context.sync();
    } catch (err) {
      if (errorCode(err) === CELL_EDIT_MODE) throw err;
      s.formats = null;
      s.protection = null;
      unreadable.add(s.name);
    }
  }
  return unreadable;
}
