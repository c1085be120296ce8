import fs from "fs";
import path from "path";
import crypto from "crypto";
import { outputErrorFrom } from "./OutputError";

/**
 * Writes a file whole or not at all: to a new temporary file beside it (short name, created
 * exclusively), every write checked and flushed to disk, then a rename. Any failure (a full disk
 * included) removes the temporary file and throws an OutputError naming the target.
 */
export function writeAtomically(target: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.xeploai-${process.pid}-${crypto.randomBytes(4).toString("hex")}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, "wx", 0o644);
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing: the first error is the one to report.
      }
    }
    fs.rmSync(tmp, { force: true });
    throw outputErrorFrom(target, err);
  }
}
