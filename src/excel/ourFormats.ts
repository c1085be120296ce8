import { FLAG_MARKER } from "./constants";

/** One of the add-in's conditional formats, by sheet and id: deleted later by id, in a new request. */
export interface FormatRef {
  sheet: string;
  id: string;
}

/**
 * Queues the loading of a sheet's conditional formats so that the add-in's own can be told apart:
 * id, type and, for custom ones, the formula (customOrNullObject and getItem are ExcelApi 1.6,
 * below the manifest's minimum).
 */
export function queueFormatLoad(formats: Excel.ConditionalFormatCollection): void {
  formats.load("items/id,items/type,items/customOrNullObject/rule/formula");
}

/** The add-in's own formats among loaded ones: custom, with the marker in the formula. */
export function ourFormats(sheet: string, formats: Excel.ConditionalFormatCollection): FormatRef[] {
  return formats.items
    .filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject)
    .filter((cf) => (cf.customOrNullObject.rule?.formula ?? "").includes(FLAG_MARKER))
    .map((cf) => ({ sheet, id: cf.id }));
}

/**
 * Deletes formats found in an earlier request; the last block is left for the caller's sync. A loaded format's object path runs
 * through a Range, which Excel forgets after each request; a fresh path by id stays valid.
 */
export async function deleteFormats(context: Excel.RequestContext, refs: readonly FormatRef[]): Promise<void> {
  // Some 300 bytes each: many thousands (flags painted cell by cell by an older version) go in blocks.
  for (let i = 0; i < refs.length; i += DELETES_PER_REQUEST) {
    if (i > 0) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- Excel on the web's 5 MB request limit
      await context.sync();
    }
    queueDeletes(context, refs.slice(i, i + DELETES_PER_REQUEST));
  }
}

/** Deletions per request: about 2,5 MB of request. */
export const DELETES_PER_REQUEST = 8_000;

function queueDeletes(context: Excel.RequestContext, refs: readonly FormatRef[]): void {
  const bySheet = new Map<string, Excel.ConditionalFormatCollection>();
  for (const ref of refs) {
    let formats = bySheet.get(ref.sheet);
    if (!formats) {
      formats = context.workbook.worksheets.getItem(ref.sheet).getRange().conditionalFormats;
      bySheet.set(ref.sheet, formats);
    }
    formats.getItem(ref.id).delete();
  }
}
