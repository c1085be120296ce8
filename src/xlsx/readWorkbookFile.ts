import type { WorkbookSnapshot } from "../core/snapshot";
import { ReadError } from "./ReadError";
import { readXls } from "./readXls";
import { readXlsx } from "./readXlsx";
import { readStampParts } from "./stampParts";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * `true` when an OLE container holds an encrypted OOXML package (Excel's "Encrypt with
 * Password"): the container's directory has an `EncryptedPackage` stream. Read from the
 * directory, never from the bytes, so a good .xls whose cells say "EncryptedPackage" is read.
 */
async function isEncryptedPackage(bytes: Uint8Array, file: string): Promise<boolean> {
  const { CFB } = await import("@e965/xlsx");
  let cfb: ReturnType<typeof CFB.read>;
  try {
    cfb = CFB.read(bytes, { type: "array" });
  } catch (err) {
    throw new ReadError(file, "corrupt", err instanceof Error ? err.message : String(err));
  }
  return cfb.FullPaths.some((p: string) => /^[^/]*\/EncryptedPackage$/i.test(p));
}

/**
 * Reads a workbook's bytes, whatever the file's name says: .xlsx (a zip) with the streaming
 * reader, .xls (an OLE container) with SheetJS. Throws ReadError, naming the file, for anything
 * else.
 */
export async function readWorkbookBytes(bytes: Uint8Array, file: string): Promise<WorkbookSnapshot> {
  if (bytes.length === 0) throw new ReadError(file, "not-a-workbook", "empty file");
  if (startsWith(bytes, ZIP)) {
    const snapshot = await readXlsx(bytes, file);
    // Check stamps (custom XML parts) travel with the file; ExcelJS does not see them.
    const stamps = await readStampParts(bytes);
    return stamps.length > 0 ? { ...snapshot, stamps } : snapshot;
  }
  if (startsWith(bytes, OLE)) {
    if (await isEncryptedPackage(bytes, file)) throw new ReadError(file, "encrypted");
    return readXls(bytes, file);
  }
  throw new ReadError(file, "not-a-workbook");
}
