import fs from "fs";
import path from "path";

/**
 * Writes a file whole or not at all: to a temporary file beside it, then a rename. A run that
 * fails leaves no half-made file behind.
 */
export function writeAtomically(target: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
