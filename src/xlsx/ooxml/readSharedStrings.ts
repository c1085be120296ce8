import type { XlsxPackage } from "./XlsxPackage";
import { LIMITS } from "../limits";
import { detach } from "./scanXml";

/**
 * Reads the shared strings: each `<si>` is the text of its `<t>` elements, rich-text runs joined,
 * phonetic guides (`<rPh>`) left out, as Excel shows the cell.
 */
export function readSharedStrings(pkg: XlsxPackage, part: string | null): string[] {
  const strings: string[] = [];
  if (!part || !pkg.has(part)) return strings;
  let current = "";
  let inPhonetic = 0;
  const handler = {
    wantText: false,
    open(name: string) {
      if (name === "si") current = "";
      else if (name === "rPh") inPhonetic++;
      else if (name === "t" && inPhonetic === 0) handler.wantText = true;
    },
    close(name: string) {
      if (name === "t") handler.wantText = false;
      else if (name === "rPh") inPhonetic--;
      else if (name === "si") strings.push(detach(current));
    },
    text(text: string) {
      current += text;
    },
  };
  pkg.scan(part, handler, LIMITS.partBytes);
  return strings;
}
