import { ReadError } from "../ReadError";
import { LIMITS } from "../limits";
import { zipIndex, type ZipEntry } from "../zip/zipIndex";
import { inflateEntry } from "../zip/inflateEntry";
import { XmlScanner, type XmlHandler } from "./scanXml";

/**
 * An .xlsx package opened for reading: its file list, and each XML part streamed through a
 * handler. Every byte inflated counts towards the workbook's limit, so a package whose parts are
 * each just under the limit is still refused.
 */
export class XlsxPackage {
  readonly entries: Map<string, ZipEntry>;
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly file: string,
  ) {
    this.entries = zipIndex(bytes, file);
    let declared = 0;
    for (const e of this.entries.values()) declared += e.size;
    if (declared > LIMITS.totalBytes)
      throw new ReadError(
        file,
        "too-large",
        `${Math.ceil(declared / 1_048_576)} MB > ${LIMITS.totalBytes / 1_048_576} MB`,
      );
  }

  /** The entry for a part name, matched without case (as the package format asks). */
  entry(name: string): ZipEntry | undefined {
    const direct = this.entries.get(name);
    if (direct) return direct;
    const lower = name.toLowerCase();
    for (const [key, e] of this.entries) if (key.toLowerCase() === lower) return e;
    return undefined;
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** Streams a part through a handler; `limit` caps this part, the workbook's total caps them all. */
  scan(name: string, handler: XmlHandler, limit: number = LIMITS.smallPartBytes): void {
    const entry = this.entry(name);
    if (!entry) throw new ReadError(this.file, "corrupt", `missing ${name}`);
    const scanner = new XmlScanner(handler, this.file);
    const budget = Math.min(limit, LIMITS.totalBytes - this.inflated);
    let seen = 0;
    try {
      inflateEntry(this.bytes, entry, this.file, budget, (text) => {
        seen += text.length;
        scanner.push(text);
      });
    } finally {
      this.inflated += seen;
    }
    scanner.end();
  }
}

/** Resolves a relationship target against the part that holds it; absolute targets ("/xl/…") too. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return normalise(target.slice(1));
  const dir = fromPart.includes("/") ? fromPart.slice(0, fromPart.lastIndexOf("/") + 1) : "";
  return normalise(dir + target);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Reads a part's relationships (none when the .rels part is missing). */
export function readRels(pkg: XlsxPackage, part: string): Relationship[] {
  const rels: Relationship[] = [];
  const path = relsPath(part);
  if (!pkg.has(path)) return rels;
  pkg.scan(path, {
    wantText: false,
    open(name, attrs) {
      const a = attrs.all();
      if (name === "Relationship" && a.Id && a.Target !== undefined)
        rels.push({
          id: a.Id,
          type: a.Type ?? "",
          target: a.TargetMode === "External" ? a.Target : resolveTarget(part, a.Target),
          external: a.TargetMode === "External",
        });
    },
    close() {},
    text() {},
  });
  return rels;
}
