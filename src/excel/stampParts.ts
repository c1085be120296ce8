import { STAMP_NAMESPACE } from "../core/stamp/CheckStamp";

/*
 * Check stamps in the open workbook, as custom XML parts (ExcelApi 1.5). Hosts without 1.5 have
 * no document properties either (those need ExcelApi 1.7), so there the stamp is simply not
 * available: the pane says so, and nothing is written anywhere else, least of all in a cell.
 */

export function stampsSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.5");
}

/**
 * Queues the load of the workbook's stamp parts, to go with the caller's next request (the
 * sheet list): no round trip of its own. `null` where the host has no custom XML parts.
 */
export function queueStampParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection | null {
  if (!stampsSupported() || !context.workbook.customXmlParts) return null;
  const parts = context.workbook.customXmlParts.getByNamespace(STAMP_NAMESPACE);
  parts.load("items/id");
  return parts;
}

/** The texts of the loaded parts: one more round trip, and only when the workbook has any. */
export async function stampTexts(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection | null,
): Promise<string[]> {
  if (!parts || parts.items.length === 0) return [];
  const xmls = parts.items.map((p) => p.getXml());
  await context.sync();
  return xmls.map((x) => x.value);
}

/**
 * Adds a stamp part, deleting in the same request the loaded parts that `supersedes` picks
 * (earlier stamps of the same sheets).
 */
export async function writeStampXml(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
  xml: string,
  supersedes: (existing: string) => boolean,
): Promise<void> {
  const texts = await stampTexts(context, parts);
  parts.items.forEach((p, i) => {
    if (supersedes(texts[i]!)) p.delete();
  });
  context.workbook.customXmlParts.add(xml);
  await context.sync();
}
