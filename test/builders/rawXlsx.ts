import zlib from "zlib";
import { once } from "events";
import type { SheetSnapshot } from "../../src/core/snapshot";

/**
 * Writes .xlsx packages by hand, part by part, so that tests can build what no library writes:
 * absolute relationship targets, an `x:` namespace prefix, rows without addresses, chart sheets,
 * sizes that lie, parts that expand to gigabytes (zip bombs), a million rows. A part is a string
 * or a generator of string pieces (deflated as a stream, never held whole).
 */
export type Part = string | (() => Iterable<string>) | Bomb;

/** A part made of one piece repeated: deflated once, its blocks repeated (a zip bomb in kilobytes). */
export interface Bomb {
  head: string;
  piece: string;
  times: number;
  tail: string;
}

interface Packed {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

async function deflateStream(pieces: Iterable<string>): Promise<Packed & { name: "" }> {
  const d = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  d.on("data", (b: Buffer) => out.push(b));
  let crc = 0;
  let size = 0;
  let pending = "";
  const flush = async () => {
    const b = Buffer.from(pending, "utf8");
    pending = "";
    crc = zlib.crc32(b, crc);
    size += b.length;
    if (!d.write(b)) await once(d, "drain");
  };
  for (const p of pieces) {
    pending += p;
    if (pending.length > 1 << 20) await flush();
  }
  await flush();
  d.end();
  await once(d, "end");
  return { name: "", data: Buffer.concat(out), crc, size };
}

function deflateBomb(b: Bomb): Packed & { name: "" } {
  const sync = (s: string) => zlib.deflateRawSync(Buffer.from(s, "utf8"), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const piece = Buffer.from(b.piece, "utf8");
  const pieceDeflated = sync(b.piece);
  let crc = zlib.crc32(b.head);
  for (let i = 0; i < b.times; i++) crc = zlib.crc32(piece, crc);
  crc = zlib.crc32(b.tail, crc);
  const data = Buffer.concat([
    sync(b.head),
    ...Array.from({ length: b.times }, () => pieceDeflated),
    zlib.deflateRawSync(Buffer.from(b.tail, "utf8")),
  ]);
  return { name: "", data, crc, size: Buffer.byteLength(b.head) + piece.length * b.times + Buffer.byteLength(b.tail) };
}

/** The zip container; `declaredSizes` replaces the sizes written for some parts (a lying package). */
export async function rawXlsx(
  parts: Record<string, Part>,
  declaredSizes: Record<string, number> = {},
): Promise<Uint8Array> {
  const packed: Packed[] = [];
  for (const [name, part] of Object.entries(parts)) {
    const p =
      typeof part === "string"
        ? await deflateStream([part])
        : typeof part === "function"
          ? await deflateStream(part())
          : deflateBomb(part);
    packed.push({ ...p, name });
  }
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of packed) {
    const name = Buffer.from(p.name, "utf8");
    const size = Math.min(declaredSizes[p.name] ?? p.size, 0xffffffff);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(p.crc >>> 0, 16);
    dir.writeUInt32LE(p.data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.data);
    central.push(dir, name);
    offset += 30 + name.length + p.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface RawSheet {
  name: string;
  /** The sheet part's content; a chart sheet has none of its own here. */
  xml?: Part;
  chart?: boolean;
}

export interface PackageOptions {
  /** Relationship targets as absolute paths ("/xl/worksheets/sheet1.xml"), as openpyxl writes. */
  absoluteTargets?: boolean;
  /** A namespace prefix on every SpreadsheetML element ("x"), as the OpenXML SDK writes. */
  prefix?: string;
}

/** The parts of a whole workbook around the given sheets. */
export function workbookParts(sheets: RawSheet[], options: PackageOptions = {}): Record<string, Part> {
  const p = options.prefix ? `${options.prefix}:` : "";
  const xmlns = options.prefix ? `xmlns:${options.prefix}="${NS}"` : `xmlns="${NS}"`;
  const target = (t: string) => (options.absoluteTargets ? `/xl/${t}` : t);
  const parts: Record<string, Part> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${options.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`,
  };
  const rels = sheets.map((s, i) =>
    s.chart
      ? `<Relationship Id="rId${i + 1}" Type="${R}/chartsheet" Target="${target(`chartsheets/sheet${i + 1}.xml`)}"/>`
      : `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`,
  );
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${xmlns} xmlns:r="${R}"><${p}sheets>${sheets
      .map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</${p}sheets></${p}workbook>`;
  sheets.forEach((s, i) => {
    if (s.chart)
      parts[`xl/chartsheets/sheet${i + 1}.xml`] =
        `<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="${NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;
    else parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml ?? worksheet([], options);
  });
  return parts;
}

/** A worksheet part around rows (strings or a generator of them). */
export function worksheet(
  rows: Iterable<string> | (() => Iterable<string>),
  options: PackageOptions = {},
  after = "",
): Part {
  const p = options.prefix ? `${options.prefix}:` : "";
  const xmlns = options.prefix ? `xmlns:${options.prefix}="${NS}"` : `xmlns="${NS}"`;
  return function* () {
    yield `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${xmlns}><${p}sheetData>`;
    yield* typeof rows === "function" ? rows() : rows;
    yield `</${p}sheetData>${after}</${p}worksheet>`;
  };
}

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One row's XML from values (inline strings, numbers); `addresses: false` leaves out every `r`. */
export function rowXml(
  row: number,
  values: readonly (string | number | boolean)[],
  options: PackageOptions & { addresses?: boolean } = {},
): string {
  const p = options.prefix ? `${options.prefix}:` : "";
  const addr = options.addresses !== false;
  let cells = "";
  values.forEach((v, c) => {
    const r = addr ? ` r="${colName(c)}${row + 1}"` : "";
    if (v === "") {
      if (!addr) cells += `<${p}c/>`;
      return;
    }
    if (typeof v === "number") cells += `<${p}c${r}><${p}v>${v}</${p}v></${p}c>`;
    else if (typeof v === "boolean") cells += `<${p}c${r} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    else cells += `<${p}c${r} t="inlineStr"><${p}is><${p}t>${esc(v)}</${p}t></${p}is></${p}c>`;
  });
  return `<${p}row${addr ? ` r="${row + 1}"` : ""}>${cells}</${p}row>`;
}

/** A snapshot's rows as XML (values only), and its merges as a `<mergeCells>` element. */
export function snapshotRows(s: SheetSnapshot, options: PackageOptions & { addresses?: boolean } = {}): string[] {
  return s.values.map((row, r) =>
    rowXml(
      r + s.origin.row,
      row.map((v, c) => (s.types[r]![c] === "empty" ? "" : v)),
      options,
    ),
  );
}

export function mergesXml(s: SheetSnapshot, options: PackageOptions = {}): string {
  const p = options.prefix ? `${options.prefix}:` : "";
  if (s.merges.length === 0) return "";
  const refs = s.merges.map(
    (m) => `<${p}mergeCell ref="${colName(m.left)}${m.top + 1}:${colName(m.right)}${m.bottom + 1}"/>`,
  );
  return `<${p}mergeCells count="${refs.length}">${refs.join("")}</${p}mergeCells>`;
}
