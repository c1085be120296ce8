import { decodeTcvn3, decodeVni, type LegacyEncoding } from "./legacyEncoding";
import { plausibility } from "./syllable";

// Latin-1 letters that Vietnamese uses; any other character of U+00A0–U+00FF in a word is a sign
// that the text was typed in a legacy font (TEMPLATE.md §6).
const VIETNAMESE_LATIN1 = new Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");

/** `true` when the text holds a character that Vietnamese Unicode text would not. */
export function hasLegacySignal(text: string): boolean {
  return LEGACY_SIGNAL.test(text);
}

// Every character of U+00A1–U+00FF that Vietnamese does not use, and the soft hyphen (TCVN3's ư).
const LEGACY_SIGNAL = new RegExp(
  `[${Array.from({ length: 0xff - 0xa1 + 1 }, (_, i) => String.fromCharCode(0xa1 + i))
    .filter((ch) => !VIETNAMESE_LATIN1.has(ch))
    .join("")
    .replace(/[\\\]^-]/g, "\\$&")}]`,
);

export interface EncodingVerdict {
  encoding: LegacyEncoding | null;
  /** Words judged (those that carry a legacy sign). */
  words: number;
}

/** The fewest words that make a judgement: a single short cell is too little (TEMPLATE.md §6). */
const MIN_WORDS = 3;

/**
 * Judges a body of text (a sheet's or a column's cells together): legacy when its signed words
 * are not Vietnamese as they stand but become Vietnamese syllables once decoded.
 */
export function detectEncoding(texts: readonly string[]): EncodingVerdict {
  const signed = texts.filter(hasLegacySignal);
  if (signed.length === 0) return { encoding: null, words: 0 };
  const joined = signed.join(" ");
  const raw = plausibility(joined);
  if (raw.total < MIN_WORDS) return { encoding: null, words: raw.total };
  const tcvn3 = plausibility(decodeTcvn3(joined));
  const vni = plausibility(decodeVni(joined));
  const share = (p: { good: number; total: number }) => (p.total === 0 ? 1 : p.good / p.total);
  const best =
    share(tcvn3) >= share(vni) ? { encoding: "tcvn3" as const, p: tcvn3 } : { encoding: "vni" as const, p: vni };
  // Decoding must make clearly more of the words Vietnamese than they were.
  if (share(best.p) >= 0.6 && share(best.p) > share(raw) + 0.2) return { encoding: best.encoding, words: raw.total };
  return { encoding: null, words: raw.total };
}
