import { ReadError } from "../ReadError";
import { ownString } from "../../core/text/ownString";

/**
 * The attributes of the tag being opened, read on demand (no object per tag: a sheet of a
 * million rows has tens of millions of tags). Valid only during the `open` call.
 */
export class Attrs {
  buf = "";
  start = 0;
  end = 0;

  /** Every attribute by local name: for the small parts, where an object per tag costs nothing. */
  all(): Record<string, string> {
    const out: Record<string, string> = {};
    const buf = this.buf;
    let i = this.start;
    while (i < this.end) {
      const eq = buf.indexOf("=", i);
      if (eq < 0 || eq >= this.end) break;
      const key = local(buf.slice(i, eq).trim());
      let q = eq + 1;
      while (q < this.end && isSpace(buf.charCodeAt(q))) q++;
      const quote = buf[q];
      if (quote !== '"' && quote !== "'") break;
      const close = buf.indexOf(quote, q + 1);
      if (close < 0 || close > this.end) break;
      out[key] = decodeEntities(buf.slice(q + 1, close));
      i = close + 1;
    }
    return out;
  }

  /** The value of the attribute whose local name (prefix removed: `r:id` is `id`) is `key`. */
  get(key: string): string | undefined {
    const buf = this.buf;
    let i = this.start;
    const end = this.end;
    while (i < end) {
      const eq = buf.indexOf("=", i);
      if (eq < 0 || eq >= end) return undefined;
      let k0 = i;
      while (k0 < eq && isSpace(buf.charCodeAt(k0))) k0++;
      let k1 = eq;
      while (k1 > k0 && isSpace(buf.charCodeAt(k1 - 1))) k1--;
      for (let j = k1 - 1; j >= k0; j--)
        if (buf.charCodeAt(j) === 58 /* : */) {
          k0 = j + 1;
          break;
        }
      let q = eq + 1;
      while (q < end && isSpace(buf.charCodeAt(q))) q++;
      const quote = buf[q];
      if (quote !== '"' && quote !== "'") return undefined;
      const close = buf.indexOf(quote, q + 1);
      if (close < 0 || close > end) return undefined;
      if (k1 - k0 === key.length && buf.startsWith(key, k0)) return decodeEntities(buf.slice(q + 1, close));
      i = close + 1;
    }
    return undefined;
  }
}

/** What the scanner reports; names have their namespace prefix removed (`x:c` is `c`). */
export interface XmlHandler {
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded text; asked for only while `wantText` is true (whitespace between tags is skipped). */
  text(text: string): void;
  wantText: boolean;
}

/** A single tag or text longer than this is not a workbook (Excel caps a cell at 32.767 characters). */
const MAX_TOKEN = 16 * 1024 * 1024;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (whole, e: string) => {
    if (e[0] !== "#") return NAMED[e] ?? whole;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A string that holds no reference to the piece it was cut from. V8 cuts substrings as views of
 * their parent: a unit name kept from a 256 KB piece of XML would keep the whole piece alive, so
 * a million rows would keep the whole sheet's text. The engine's `ownString`, under the reader's name.
 */
export const detach = ownString;

const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * A small streaming XML tokenizer for the package's machine-written parts: fed in pieces, it
 * keeps only an unfinished token between pieces. No DTD is read and no entity but the five
 * predefined ones and character references is expanded (no "billion laughs").
 */
export class XmlScanner {
  private buf = "";

  constructor(
    private readonly handler: XmlHandler,
    private readonly file: string,
  ) {}

  push(chunk: string): void {
    const buf = this.buf.length ? this.buf + chunk : chunk;
    const h = this.handler;
    let pos = 0;
    const n = buf.length;
    while (pos < n) {
      const lt = buf.indexOf("<", pos);
      if (lt < 0) break;
      if (lt > pos && h.wantText) h.text(decodeEntities(buf.slice(pos, lt)));
      pos = lt;
      const c1 = buf.charCodeAt(lt + 1);
      if (c1 !== c1) break; // NaN: the piece ends right after "<"
      if (c1 === 47 /* / */) {
        const gt = buf.indexOf(">", lt);
        if (gt < 0) break;
        h.close(local(buf.slice(lt + 2, gt).trim()));
        pos = gt + 1;
      } else if (c1 === 63 /* ? */) {
        const end = buf.indexOf("?>", lt);
        if (end < 0) break;
        pos = end + 2;
      } else if (c1 === 33 /* ! */) {
        if (buf.startsWith("<!--", lt)) {
          const end = buf.indexOf("-->", lt + 4);
          if (end < 0) break;
          pos = end + 3;
        } else if (buf.startsWith("<![CDATA[", lt)) {
          const end = buf.indexOf("]]>", lt + 9);
          if (end < 0) break;
          if (h.wantText) h.text(buf.slice(lt + 9, end));
          pos = end + 3;
        } else {
          if (lt + 9 > n) break;
          // A DOCTYPE (never in a real package): refused rather than interpreted.
          throw new ReadError(this.file, "corrupt", "XML with a DOCTYPE");
        }
      } else {
        const gt = tagEnd(buf, lt + 1);
        if (gt < 0) break;
        this.openTag(buf, lt + 1, gt);
        pos = gt + 1;
      }
    }
    this.buf = pos < n ? buf.slice(pos) : "";
    // Text with no tag after it yet: kept whole, so an entity is never cut in two.
    if (this.buf.length > MAX_TOKEN) throw new ReadError(this.file, "too-large", "XML token > 16 MB");
  }

  /** Call at the end: anything left is text after the last tag (ignored) or a cut-off tag. */
  end(): void {
    if (this.buf.indexOf("<") >= 0) throw new ReadError(this.file, "corrupt", "XML cut off");
    this.buf = "";
  }

  private readonly attrs = new Attrs();

  private openTag(buf: string, start: number, gt: number): void {
    let end = gt;
    const selfClosing = buf.charCodeAt(gt - 1) === 47;
    if (selfClosing) end--;
    let i = start;
    while (i < end && !isSpace(buf.charCodeAt(i))) i++;
    const name = local(buf.slice(start, i));
    const attrs = this.attrs;
    attrs.buf = buf;
    attrs.start = i;
    attrs.end = end;
    this.handler.open(name, attrs, selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The `>` that ends a tag, skipping any inside quoted attribute values; -1 when not yet in the piece. */
function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}
