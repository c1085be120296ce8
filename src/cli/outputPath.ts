import fs from "fs";
import path from "path";
import { OutputError, outputErrorFrom } from "./OutputError";

/** Most file systems cap a name at 255 bytes. */
export const MAX_NAME_BYTES = 255;

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Refuses an output that would destroy something: one of the inputs (by real path, and by
 * device and inode so a hard link or a symbolic link to an input is caught too), or anything that
 * is not a regular file or a new name (a device such as /dev/null, a link, a folder, a pipe):
 * the atomic rename would replace it with a regular file.
 */
export function checkOutput(out: string, inputs: readonly string[]): void {
  let st: fs.Stats | null = null;
  try {
    st = fs.lstatSync(out);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw outputErrorFrom(out, err);
  }
  if (st) {
    if (st.isDirectory()) throw new OutputError(out, "is-folder");
    if (!st.isFile()) throw new OutputError(out, "not-a-file");
    for (const input of inputs) {
      try {
        if (sameFile(st, fs.statSync(input)) || fs.realpathSync(input) === fs.realpathSync(out))
          throw new OutputError(out, "same-as-input");
      } catch (err) {
        if (err instanceof OutputError) throw err;
      }
    }
    return;
  }
  if (Buffer.byteLength(path.basename(out)) > MAX_NAME_BYTES) throw new OutputError(out, "name-too-long");
  const dir = path.dirname(out);
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch (err) {
    throw outputErrorFrom(out, err);
  }
  if (!dirStat.isDirectory()) throw new OutputError(out, "not-folder");
}

/** Cuts a file name's stem so that stem + suffix fits in a name, on a character boundary. */
export function fitName(stem: string, suffix: string): string {
  const room = MAX_NAME_BYTES - Buffer.byteLength(suffix);
  let s = stem;
  while (Buffer.byteLength(s) > room) s = [...s].slice(0, -1).join("");
  return s + suffix;
}
