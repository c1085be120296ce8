import fs from "fs";
import type { WorkbookSnapshot } from "../core/snapshot";
import { readWorkbookBytes } from "../xlsx/readWorkbookFile";
import { ReadError } from "../xlsx/ReadError";

export interface LoadedFile {
  /** As given on the command line. */
  file: string;
  snapshot: WorkbookSnapshot;
}

/** Reads each file; the first one that cannot be read stops the run with a ReadError naming it. */
export async function loadFiles(files: readonly string[]): Promise<LoadedFile[]> {
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ReadError(
        file,
        "unreadable",
        code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder" : String(code ?? err),
      );
    }
    loaded.push({ file, snapshot: await readWorkbookBytes(new Uint8Array(bytes), file) });
  }
  return loaded;
}
