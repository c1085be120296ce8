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

/** `true` when an OLE container holds an encrypted OOXML package (Excel's "Encrypt with Password"). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  // The stream name "EncryptedPackage" in UTF-16LE, as the OLE directory stores it.
  const probe = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + probe.length <= bytes.length; i++) {
    for (let j = 0; j < probe.length; j++) if (bytes[i + j] !== probe[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Reads a workbook's bytes, whatever the file's name says: .xlsx (a zip) with ExcelJS, .xls (an
 * OLE container) with SheetJS. Throws ReadError, naming the file, for anything else.
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
    if (isEncryptedPackage(bytes)) throw new ReadError(file, "encrypted");
    return readXls(bytes, file);
  }
  throw new ReadError(file, "not-a-workbook");
}
