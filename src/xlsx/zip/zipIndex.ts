import { ReadError } from "../ReadError";

/** One file of a zip package, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  compressedSize: number;
  /** As declared: a hostile package may lie, so inflating counts again. */
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/**
 * Lists a zip package's files from its central directory (the end of the file), without
 * inflating anything: the declared sizes are checked before a byte is expanded.
 */
export function zipIndex(bytes: Uint8Array, file: string): Map<string, ZipEntry> {
  const corrupt = (why: string) => new ReadError(file, "corrupt", why);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no zip directory");
  let count = u16(bytes, eocd + 10);
  let dirOffset = u32(bytes, eocd + 16);
  // Zip64: the real figures are in the zip64 end record the locator points at.
  if ((count === 0xffff || dirOffset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    const z = u64(bytes, eocd - 12);
    if (z + 56 > bytes.length || u32(bytes, z) !== 0x06064b50) throw corrupt("bad zip64 directory");
    count = u64(bytes, z + 32);
    dirOffset = u64(bytes, z + 48);
  }
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder("utf-8");
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw corrupt("bad zip directory entry");
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    // Zip64 extra field: the 64-bit values, in order, for the fields that overflowed.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) ((size = u64(bytes, q)), (q += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = u64(bytes, q)), (q += 8));
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/");
    entries.set(name, { name, method: u16(bytes, p + 10), compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's data starts (after its local header, whose name and extra lengths may differ). */
export function dataStart(bytes: Uint8Array, entry: ZipEntry, file: string): number {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50)
    throw new ReadError(file, "corrupt", `bad entry ${entry.name}`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  if (start + entry.compressedSize > bytes.length) throw new ReadError(file, "corrupt", `truncated ${entry.name}`);
  return start;
}
