import { Inflate } from "pako";
import { ReadError } from "../ReadError";
import { dataStart, type ZipEntry } from "./zipIndex";

const SLICE = 1 << 20;

/**
 * Streams one entry's text to `onText` in pieces, never holding the whole part: a sheet of a
 * million rows is read in the memory of one piece. Stops with "too large" as soon as more than
 * `limit` bytes come out, whatever the package declared.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string,
  limit: number,
  onText: (text: string) => void,
): void {
  if (entry.size > limit) throw tooLarge(file, entry, entry.size, limit);
  const start = dataStart(bytes, entry, file);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const decoder = new TextDecoder("utf-8");
  let out = 0;
  const take = (chunk: Uint8Array) => {
    out += chunk.length;
    if (out > limit) throw tooLarge(file, entry, out, limit);
    // More than the package declared: a lying package (a zip bomb in disguise) stops at once.
    if (out > entry.size) throw new ReadError(file, "corrupt", `${entry.name}: larger than declared`);
    const text = decoder.decode(chunk, { stream: true });
    if (text) onText(text);
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += SLICE) take(data.subarray(i, Math.min(data.length, i + SLICE)));
  } else if (entry.method === 8) {
    const inflate = new Inflate({ raw: true, chunkSize: 256 * 1024 });
    inflate.onData = take;
    inflate.onEnd = () => undefined;
    for (let i = 0; i < data.length; i += SLICE) {
      const last = i + SLICE >= data.length;
      inflate.push(data.subarray(i, Math.min(data.length, i + SLICE)), last);
      if (inflate.err) throw new ReadError(file, "corrupt", `${entry.name}: ${inflate.msg}`);
    }
    if (data.length === 0) throw new ReadError(file, "corrupt", `${entry.name}: empty`);
  } else {
    throw new ReadError(file, "corrupt", `${entry.name}: compression method ${entry.method}`);
  }
  const rest = decoder.decode();
  if (rest) onText(rest);
}

/** The detail names the part and the limit, in words that read the same in both languages. */
function tooLarge(file: string, entry: ZipEntry, size: number, limit: number): ReadError {
  const mb = (n: number) => `${Math.ceil(n / 1_048_576)} MB`;
  return new ReadError(file, "too-large", `${entry.name}: ${mb(size)} > ${mb(limit)}`);
}
