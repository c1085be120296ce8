import { OWNER_KEY, OWNER_NAME } from "./constants";
import { queueFormatLoad } from "./ourFormats";

/** One sheet's pending reads, filled in by the next sync. */
export interface SheetRead {
  ws: Excel.Worksheet;
  name: string;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  formats: Excel.ConditionalFormatCollection | null;
  /** The marks of a sheet the add-in owns: a custom property (ExcelApi 1.12), a defined name. */
  marks: (Excel.WorksheetCustomProperty | Excel.NamedItem)[];
  protection: Excel.WorksheetProtection | null;
}

export interface QueueOptions {
  /** The used range's values, types and number formats (else only its address and size). */
  data: boolean;
  /** The merged areas of the whole sheet (ExcelApi 1.13; Excel refuses above 512 of them). */
  merges: boolean;
  /** The conditional formats and the protection, for Kiểm tra and Xóa đánh dấu. */
  formats: boolean;
}

/** Queues the reads of every sheet for one request; nothing is read until the caller syncs. */
export function queueSheets(worksheets: readonly Excel.Worksheet[], options: QueueOptions): SheetRead[] {
  const customProperties = Office.context.requirements.isSetSupported("ExcelApi", "1.12");
  const mergesSupported = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  return worksheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    if (options.data) used.load("address,rowCount,columnCount,values,valueTypes,numberFormat");
    else used.load("address,rowCount,columnCount");
    const whole = ws.getRange();
    const merged = options.merges && mergesSupported ? whole.getMergedAreasOrNullObject() : null;
    merged?.load("areas/items/address");
    // A navigation property, not a value: nothing to load before reaching it.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const formats = options.formats ? whole.conditionalFormats : null;
    if (formats) queueFormatLoad(formats);

    const protection = options.formats ? ws.protection : null;
    protection?.load("protected");
    // Either mark makes the sheet the add-in's: the add-in writes the custom property where it
    // can, files written by the command line or the browser page carry the defined name.
    const marks: SheetRead["marks"] = [];
    if (customProperties) {
      const property = ws.customProperties.getItemOrNullObject(OWNER_KEY);
      property.load("key");
      marks.push(property);
    }
    const name = ws.names.getItemOrNullObject(OWNER_NAME);
    name.load("name");
    marks.push(name);
    return { ws, name: ws.name, used, merged, formats, marks, protection };
  });
}

/** Whether a read sheet carries one of the add-in's marks (after the sync). */
export function isOwned(s: SheetRead): boolean {
  return s.marks.some((m) => !m.isNullObject);
}
