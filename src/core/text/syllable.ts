/**
 * Whether a word has the shape of a Vietnamese syllable: an onset, a vowel cluster from the
 * language's inventory, a coda, at most one tone mark. Used to tell legacy-encoded text from
 * Unicode text: a wrong decoding gives words no Vietnamese would write.
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSETS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "qu",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "q",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];
const CODAS = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
const CLUSTERS = new Set(
  (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê uô uơ ui uy ưa ươ ưi ưu ya yê " +
    "iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu"
  ).split(" "),
);
const ENDS_IN_GLIDE = /[iyuo]$/;

/** `true` when `word` (letters only) could be a Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize("NFD").toLowerCase();
  const tones = nfd.match(TONES);
  if (tones && tones.length > 1) return false;
  const bare = nfd.replace(TONES, "").normalize("NFC");
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rest = bare.slice(onset.length);
    for (const coda of CODAS) {
      if (!rest.endsWith(coda)) continue;
      const cluster = rest.slice(0, rest.length - coda.length);
      if (!CLUSTERS.has(cluster)) continue;
      if (
        coda &&
        ENDS_IN_GLIDE.test(cluster) &&
        cluster.length > 1 &&
        !/^(uy|uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|ia|ua|ưa)$/.test(cluster)
      )
        continue;
      if ((coda === "ng" || coda === "c") && /[iy]$/.test(cluster)) continue;
      return true;
    }
  }
  return false;
}

/** The words of a text that carry letters beyond ASCII: the ones an encoding can change. */
export function nonAsciiWords(text: string): string[] {
  return text.split(/[^\p{L}\u00a1-\u00bf\u00d7\u00f7\u00ad]+/u).filter((w) => /[\u0080-\uffff]/.test(w));
}

/** The share of a text's non-ASCII words that are Vietnamese syllables (1 when there are none). */
export function plausibility(text: string): { good: number; total: number } {
  const words = nonAsciiWords(text);
  let good = 0;
  for (const w of words) if (isVietnameseSyllable(w)) good++;
  return { good, total: words.length };
}
