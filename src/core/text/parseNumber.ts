/**
 * Reads a number written the Vietnamese way (TEMPLATE.md §5): thousands with a dot or a space,
 * decimals with a comma; `3.675` is three thousand six hundred and seventy-five, `91,56` is
 * ninety-one and a bit. Also accepts a plain `12.5` when it cannot be a thousands group.
 *
 * @example parseVietnameseNumber("3.675") // { value: 3675, decimals: 0 }
 * @example parseVietnameseNumber(" 91,56 %") // { value: 91.56, decimals: 2, percent: true }
 */
export interface ParsedNumber {
  value: number;
  /** Digits shown after the decimal separator: the precision a percentage was written at. */
  decimals: number;
  percent: boolean;
}

const SPACES = /[\s\u00a0\u202f]+/g;

export function parseVietnameseNumber(text: string): ParsedNumber | null {
  if (!/\d/.test(text)) return null;
  let t = text.replace(SPACES, " ").trim();
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  let sign = 1;
  if (/^[-−–]/.test(t)) {
    sign = -1;
    t = t.slice(1).trim();
  }
  if (t === "") return null;
  // Spaces only between groups of three digits: "1 234".
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(t)) t = t.replace(/ /g, "");
  if (/ /.test(t)) return null;
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/))) {
    // 3.675 or 1.234,5: dots group thousands.
    return build(sign, m[1]!.replace(/\./g, ""), m[2] ?? "", percent);
  }
  if ((m = t.match(/^(\d{1,3}(?:,\d{3})+)\.(\d+)$/))) {
    // 1,234.5 (an English-locale sheet): commas group thousands.
    return build(sign, m[1]!.replace(/,/g, ""), m[2]!, percent);
  }
  if ((m = t.match(/^(\d+)(?:[,.](\d+))?$/))) {
    return build(sign, m[1]!, m[2] ?? "", percent);
  }
  return null;
}

function build(sign: number, whole: string, fraction: string, percent: boolean): ParsedNumber {
  const value = sign * Number(fraction ? `${whole}.${fraction}` : whole);
  return { value: value === 0 ? 0 : value, decimals: fraction.length, percent };
}
