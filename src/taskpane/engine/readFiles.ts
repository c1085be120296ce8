import type { PickedFile } from "../../core/port";
import type { Unreadable, WorkbookSnapshot } from "../../core/snapshot";
import { readWorkbookBytes } from "../../xlsx/readWorkbookFile";
import { ReadError } from "../../xlsx/ReadError";
import type { OnProgress } from "./tasks";

export interface ReadOutcome {
  loaded: { file: PickedFile; snapshot: WorkbookSnapshot }[];
  unreadable: Unreadable[];
}

/** The message for a file that failed: ReadError's own words, else a plain "cannot be read". */
export function unreadableFile(name: string, err: unknown): Unreadable {
  if (err instanceof ReadError) return { name, message: { vi: err.describe("vi"), en: err.describe("en") } };
  return { name, message: { vi: `${name}: không đọc được tệp`, en: `${name}: the file cannot be read` } };
}

/**
 * Mở tệp: reads each file on its own, so one bad file is named and the others still open.
 * `cancelled` is asked between files.
 */
export async function readFiles(
  files: readonly PickedFile[],
  onProgress: OnProgress = () => {},
  cancelled: () => boolean = () => false,
): Promise<ReadOutcome> {
  const out: ReadOutcome = { loaded: [], unreadable: [] };
  for (const [i, file] of files.entries()) {
    if (cancelled()) break;
    onProgress({ step: "read", done: i, total: files.length, name: file.name });
    try {
      out.loaded.push({ file, snapshot: await readWorkbookBytes(file.bytes, file.name) });
    } catch (err) {
      out.unreadable.push(unreadableFile(file.name, err));
    }
  }
  onProgress({ step: "read", done: files.length, total: files.length, name: "" });
  return out;
}
