import JSZip from "jszip";
import { STAMP_NAMESPACE } from "../core/stamp/CheckStamp";

/*
 * Check stamps in an .xlsx package, as custom XML parts (ECMA-376 Part 1, §22.5): the same parts
 * Office.js writes with `workbook.customXmlParts.add`. ExcelJS neither reads nor writes them, so
 * the package is opened here with JSZip (ExcelJS's own zip library); every other part is left as
 * it is, byte for byte: the user's cells are never touched.
 */

const MAX_PART = 4_000_000;
// An OPC package lists parts, not folders: no folder entries in the zip.
const NO_FOLDERS = { createFolders: false } as const;
const ITEM = /^customXml\/item(\d+)\.xml$/;
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/** `true` when the zip names a custom XML part: entry names are stored as they are, uncompressed. */
function namesCustomXml(bytes: Uint8Array): boolean {
  const probe = Array.from("customXml/item", (ch) => ch.charCodeAt(0));
  outer: for (let i = 0; i + probe.length <= bytes.length; i++) {
    if (bytes[i] !== probe[0]) continue;
    for (let j = 1; j < probe.length; j++) if (bytes[i + j] !== probe[j]) continue outer;
    return true;
  }
  return false;
}

/** The texts of the package's custom XML parts in the stamp namespace; none for a package without. */
export async function readStampParts(bytes: Uint8Array): Promise<string[]> {
  // Most files carry none: a byte scan spares them a second unzip.
  if (!namesCustomXml(bytes)) return [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const texts: string[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (!ITEM.test(name)) continue;
    const entry = zip.file(name)!;
    // A stamp is a few kilobytes: a huge part is not ours, and is not inflated.
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (size > MAX_PART) continue;
    const text = await entry.async("string");
    if (text.includes(STAMP_NAMESPACE)) texts.push(text);
  }
  return texts;
}

/**
 * The package with one more custom XML part holding `xml`, linked from the workbook part and
 * declared in [Content_Types].xml. Stamps already there are kept (a summary carries its units'
 * stamps); `replace` decides which of them the new stamp supersedes.
 */
export async function addStampPart(
  bytes: Uint8Array,
  xml: string,
  replace: (existing: string) => boolean = () => false,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const relsPath = "xl/_rels/workbook.xml.rels";
  let rels = (await zip.file(relsPath)?.async("string")) ?? emptyRels();
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const numbers: number[] = [];
  for (const name of Object.keys(zip.files)) {
    const m = ITEM.exec(name);
    if (!m) continue;
    const text = await zip.file(name)!.async("string");
    if (text.includes(STAMP_NAMESPACE) && replace(text)) {
      zip.remove(name);
      zip.remove(`customXml/itemProps${m[1]}.xml`);
      zip.remove(`customXml/_rels/item${m[1]}.xml.rels`);
      rels = rels.replace(new RegExp(`<Relationship [^>]*Target="\\.\\./customXml/item${m[1]}\\.xml"[^>]*/>`), "");
      types = types.replace(new RegExp(`<Override [^>]*PartName="/customXml/itemProps${m[1]}\\.xml"[^>]*/>`), "");
    } else numbers.push(Number(m[1]));
  }
  const n = Math.max(0, ...numbers) + 1;
  const id = `{${guidFrom(xml, n)}}`;
  zip.file(`customXml/item${n}.xml`, xml, NO_FOLDERS);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${STAMP_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    NO_FOLDERS,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PROPS_REL_TYPE}" Target="itemProps${n}.xml"/></Relationships>`,
    NO_FOLDERS,
  );
  const usedIds = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let rid = 1;
  while (usedIds.has(`rId${rid}`) || usedIds.has(`rIdXeploai${rid}`)) rid++;
  rels = rels.replace(
    "</Relationships>",
    `<Relationship Id="rIdXeploai${rid}" Type="${REL_TYPE}" Target="../customXml/item${n}.xml"/></Relationships>`,
  );
  types = types.replace(
    "</Types>",
    `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_CONTENT_TYPE}"/></Types>`,
  );
  if (!/<Default [^>]*Extension="xml"/i.test(types))
    types = types.replace("</Types>", `<Default Extension="xml" ContentType="application/xml"/></Types>`);
  zip.file(relsPath, rels);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
}

/** A GUID-shaped id derived from the content: the same stamp gets the same id (no randomness). */
function guidFrom(text: string, n: number): string {
  let h1 = 0x811c9dc5 ^ n;
  let h2 = 0x1234567;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + text.charCodeAt(i), 2654435761) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2).toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
