/**
 * Legacy 8-bit Vietnamese encodings as they arrive in a Unicode workbook (TEMPLATE.md §6): each
 * byte of the old font shows as the Latin-1 character of the same code.
 */
export type LegacyEncoding = "tcvn3" | "vni";

// TCVN 5712 (TCVN3, the ABC fonts .VnTime, .VnArial …), bytes 0xA1–0xFE. Checked against glibc
// iconv's TCVN5712-1 table. 0xAD (ư) arrives as an invisible soft hyphen.
const TCVN3_HIGH =
  "ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵ";

const TCVN3_MAP = new Map<string, string>();
for (let i = 0; i < TCVN3_HIGH.length; i++) {
  TCVN3_MAP.set(String.fromCharCode(0xa1 + i), TCVN3_HIGH.charAt(i));
}

/** Decodes TCVN3 text; `upper` for the capitals-only fonts (.VnTimeH), which reuse lower-case codes. */
export function decodeTcvn3(text: string, upper = false): string {
  let out = "";
  for (const ch of text) out += TCVN3_MAP.get(ch) ?? ch;
  out = out.normalize("NFC");
  return upper ? out.toLocaleUpperCase("vi") : capitalsAsTyped(text, out);
}

/**
 * Capitals typed in a .VnTimeH font read without it: the font's capitals reuse the lower-case
 * codes, so only the plain letters show the case. A text whose plain letters are all capitals
 * ("§¶NG Bé" → "ĐẢNG BỘ"), or a word whose plain letters are (two or more), is in capitals.
 */
function capitalsAsTyped(raw: string, decoded: string): string {
  const plain = raw.match(/[A-Za-z]/g) ?? [];
  if (plain.length >= 2 && plain.every((c) => c >= "A" && c <= "Z")) return decoded.toLocaleUpperCase("vi");
  const rawWords = raw.split(/(\s+)/);
  const words = decoded.split(/(\s+)/);
  if (rawWords.length !== words.length) return decoded;
  return words
    .map((w, i) => {
      const letters = rawWords[i]!.match(/[A-Za-z]/g) ?? [];
      return letters.length >= 2 && letters.every((c) => c >= "A" && c <= "Z") ? w.toLocaleUpperCase("vi") : w;
    })
    .join("");
}

// VNI Windows: letters that are one byte, and marks that follow a base vowel.
const VNI_LETTERS: Record<string, string> = {
  ô: "ơ",
  Ô: "Ơ",
  ö: "ư",
  Ö: "Ư",
  ñ: "đ",
  Ñ: "Đ",
  æ: "ỉ",
  Æ: "Ỉ",
  ò: "ị",
  Ò: "Ị",
  ó: "ĩ",
  Ó: "Ĩ",
  î: "ỵ",
  Î: "Ỵ",
};
const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRC = "\u0302";
const BREVE = "\u0306";
/** Marks after a vowel; `onlyAfter` limits the circumflex and breve combinations. */
const VNI_MARKS: Record<string, { marks: string; onlyAfter?: string }> = {
  ø: { marks: GRAVE },
  ù: { marks: ACUTE },
  û: { marks: HOOK },
  õ: { marks: TILDE },
  ï: { marks: DOT },
  â: { marks: CIRC, onlyAfter: "aeo" },
  ê: { marks: BREVE, onlyAfter: "a" },
  à: { marks: CIRC + GRAVE, onlyAfter: "aeo" },
  á: { marks: CIRC + ACUTE, onlyAfter: "aeo" },
  å: { marks: CIRC + HOOK, onlyAfter: "aeo" },
  ã: { marks: CIRC + TILDE, onlyAfter: "aeo" },
  ä: { marks: CIRC + DOT, onlyAfter: "aeo" },
  è: { marks: BREVE + GRAVE, onlyAfter: "a" },
  é: { marks: BREVE + ACUTE, onlyAfter: "a" },
  ú: { marks: BREVE + HOOK, onlyAfter: "a" },
  ü: { marks: BREVE + TILDE, onlyAfter: "a" },
  ë: { marks: BREVE + DOT, onlyAfter: "a" },
};
const VNI_VOWELS = "aeiouyơư";

/** Decodes VNI text. */
export function decodeVni(text: string): string {
  let out = "";
  let prev = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mark = VNI_MARKS[lower];
    const base = prev.toLowerCase();
    if (mark && VNI_VOWELS.includes(base) && (!mark.onlyAfter || mark.onlyAfter.includes(base))) {
      out += mark.marks;
      prev = "";
      continue;
    }
    const letter = VNI_LETTERS[ch];
    const next = letter ?? ch;
    out += next;
    prev = next;
  }
  return out.normalize("NFC");
}

/** The encoding a font name declares, if any. `upper` for the .Vn…H capitals fonts. */
export function fontEncoding(font: string | null | undefined): { encoding: LegacyEncoding; upper: boolean } | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return { encoding: "tcvn3", upper: /h$/i.test(name) };
  if (/^vni[-\s]/i.test(name)) return { encoding: "vni", upper: false };
  return null;
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, upper = false): string {
  return encoding === "tcvn3" ? decodeTcvn3(text, upper) : decodeVni(text);
}
