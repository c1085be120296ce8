import fs from "fs";
import type { WorkbookSnapshot } from "../core/snapshot";
import { readWorkbookBytes } from "../xlsx/readWorkbookFile";
import { ReadError } from "../xlsx/ReadError";
import { LIMITS } from "../xlsx/limits";

export interface LoadedFile {
  /** As given on the command line. */
  file: string;
  snapshot: WorkbookSnapshot;
}

/**
 * Only a regular file (or a link to one) is opened: checked before opening, since reading
 * /dev/zero, /dev/urandom or a pipe never ends. A file too big to be a workbook is refused unread.
 */
export function checkInput(file: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReadError(file, "unreadable", code === "ENOENT" ? "no such file" : String(code ?? err));
  }
  if (!st.isFile()) throw new ReadError(file, "not-a-file");
  if (st.size > LIMITS.fileBytes) throw new ReadError(file, "too-large", `${mb(st.size)} > ${mb(LIMITS.fileBytes)}`);
}

const mb = (n: number) => `${Math.round(n / 1_048_576)} MB`;

/** Reads each file; the first one that cannot be read stops the run with a ReadError naming it. */
export async function loadFiles(files: readonly string[]): Promise<LoadedFile[]> {
  for (const file of files) checkInput(file);
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ReadError(file, "unreadable", code === "EISDIR" ? "a folder" : String(code ?? err));
    }
    // A view of the bytes read, not a copy (`new Uint8Array(buffer)` copies: 90 MB more for a
    // million-row sheet).
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    loaded.push({ file, snapshot: await readWorkbookBytes(view, file) });
  }
  return loaded;
}
