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

const ASCII = /^[\x20-\x7e]*$/;

function foldKeyUncached(text: string): string {
  if (ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9%]+/g, " ")
      .trim();
  }
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\u00ad/g, "")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
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
