import { decodeTcvn3 } from "./legacyEncoding";

// Unicode → legacy: to write sample sheets as old fonts left them (the reverse of decoding).
const TCVN3_ENCODE = new Map<string, string>();
for (let code = 0xa1; code <= 0xfe; code++) {
  const ch = String.fromCharCode(code);
  const uni = decodeTcvn3(ch);
  if (uni !== ch && uni.length === 1 && !TCVN3_ENCODE.has(uni)) TCVN3_ENCODE.set(uni, ch);
}

/** Unicode → TCVN3 as shown in a Unicode font. Capitals with tones have no VN3 code: they become lower case (.VnTimeH's way). */
export function encodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    out += TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

const TONE_MARKS: Record<string, [string, string]> = {
  "\u0300": ["ø", "Ø"],
  "\u0301": ["ù", "Ù"],
  "\u0309": ["û", "Û"],
  "\u0303": ["õ", "Õ"],
  "\u0323": ["ï", "Ï"],
};
const CIRC_TONE: Record<string, [string, string]> = {
  "": ["â", "Â"],
  "\u0300": ["à", "À"],
  "\u0301": ["á", "Á"],
  "\u0309": ["å", "Å"],
  "\u0303": ["ã", "Ã"],
  "\u0323": ["ä", "Ä"],
};
const BREVE_TONE: Record<string, [string, string]> = {
  "": ["ê", "Ê"],
  "\u0300": ["è", "È"],
  "\u0301": ["é", "É"],
  "\u0309": ["ú", "Ú"],
  "\u0303": ["ü", "Ü"],
  "\u0323": ["ë", "Ë"],
};
const I_TONE: Record<string, [string, string]> = {
  "\u0300": ["ì", "Ì"],
  "\u0301": ["í", "Í"],
  "\u0309": ["æ", "Æ"],
  "\u0303": ["ó", "Ó"],
  "\u0323": ["ò", "Ò"],
};

/** Unicode → VNI Windows as shown in a Unicode font. */
export function encodeVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (ch === "đ") {
      out += "ñ";
      continue;
    }
    if (ch === "Đ") {
      out += "Ñ";
      continue;
    }
    const nfd = ch.normalize("NFD");
    const base = nfd[0]!;
    const marks = nfd.slice(1);
    if (!/[aeiouyAEIOUY]/.test(base) || marks === "") {
      out += ch;
      continue;
    }
    const upper = base === base.toUpperCase() ? 1 : 0;
    const tone = [...marks].find((m) => m in TONE_MARKS) ?? "";
    if (marks.includes("\u031b")) {
      // horn: ơ, ư are one byte each
      out += base.toLowerCase() === "o" ? (upper ? "Ô" : "ô") : upper ? "Ö" : "ö";
      if (tone) out += TONE_MARKS[tone]![upper];
    } else if (marks.includes("\u0302")) {
      out += base + CIRC_TONE[tone]![upper];
    } else if (marks.includes("\u0306")) {
      out += base + BREVE_TONE[tone]![upper];
    } else if (base.toLowerCase() === "i" && tone) {
      out += I_TONE[tone]![upper];
    } else if (base.toLowerCase() === "y" && tone === "\u0323") {
      out += upper ? "Î" : "î";
    } else {
      out += base + (tone ? TONE_MARKS[tone]![upper] : "");
    }
  }
  return out;
}
