import { memoString } from "./memo";

/**
 * The key two labels or names are compared by: NFC, lower case, diacritics stripped (đ → d),
 * punctuation to spaces, spaces collapsed. The original text is always kept for display.
 *
 * @example foldKey("  Tổng số  ĐẢNG VIÊN ") === "tong so dang vien"
 * @example foldKey("Hoà") === foldKey("Hòa") // tone placement does not matter
 */
export const foldKey = memoString(foldKeyUncached);

/** foldKey without the cache, for texts that rarely repeat (unit names): a cache would only churn. */
export function foldKeyOnce(text: string): string {
  return foldKeyUncached(text);
}

/**
 * The folding rule, written as the chain of steps it means. Kept as the reference: the table below
 * is built from it, and a property test checks that both agree on any text.
 */
export function foldKeyReference(text: string): string {
  return foldChain(text).trim();
}

function foldChain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\u00ad/g, "")
    .replace(/[^a-z0-9%]+/g, " ");
}

// Every code unit below U+2000 (Latin, Vietnamese, punctuation) folded on its own: "" when it
// vanishes (a combining mark, the soft hyphen), " " when it separates words, else its letters.
const TABLE_SIZE = 0x2000;
const TABLE: string[] = Array.from({ length: TABLE_SIZE }, (_, code) => foldChain(String.fromCharCode(code)));

/** One pass over the text with the table: the same result as the chain, several times faster. */
function foldKeyUncached(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= TABLE_SIZE) return foldKeyReference(text); // rare scripts: the long way
    const piece = TABLE[code]!;
    if (piece === "") continue;
    if (piece === " ") {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    out += piece;
  }
  return out;
}

/** NFC with white space collapsed: the form in which text is displayed and stored. */
export function tidyText(text: string): string {
  // Most cells are already tidy (composed, single spaces): one test spares the rest.
  if (!UNTIDY.test(text)) return text;
  const nfc = COMBINING.test(text) ? text.normalize("NFC") : text;
  return nfc.replace(/[\s\u00a0]+/g, " ").trim();
}

// Decomposed (NFD) text carries combining marks; composed text has none to compose.
const COMBINING = /[\u0300-\u036f]/;
const UNTIDY = /[\u0300-\u036f]|^\s|\s$|\s\s|[\t\n\r\u00a0\u202f]/;
