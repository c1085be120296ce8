import { foldKey } from "../text/foldKey";

/**
 * What a row under the header is, decided in one place from what it holds (STYLE.md: a new shape
 * of sheet enters as data here, not as a branch elsewhere).
 *
 * - `blank`: nothing in the table's columns.
 * - `total`: `Tổng cộng`, `Cộng toàn đảng bộ`, `Tổng số`: the grand total.
 * - `subtotal`: a plain `Cộng` (`Cộng khối xã`): a group's sum, or the total when it is the last.
 * - `group`: a heading of a group of units (`I. Khối xã`, roman or letter numbering, `Khu vực xã A
 *   (cũ)`, `… trước đây`), possibly typing the group's sums.
 * - `share`: a row of shares beside a total (`Tỷ lệ %`).
 * - `note`: the lines under the table (`Ghi chú`, `Người lập biểu`, a date line): the table ends.
 * - `unit`: anything else that holds something: one child unit.
 */
export type RowKind = "blank" | "total" | "subtotal" | "group" | "share" | "note" | "unit";

/** What the classifier needs to know about one row. */
export interface RowFacts {
  /** The row's leading text (its unit cell, else its first text at the left), decoded. */
  lead: string;
  /** The STT cell's text, if it holds text ("I", "II", "A", "18.1"). */
  stt: string;
  blank: boolean;
  /** Some count column holds a number. */
  numbers: boolean;
}

const TOTAL = /^(cong|tong cong|cong toan|tong so|tong|cong chung)( .*)?$/;
const GRAND = /^(tong cong|cong toan|tong so|tong|cong chung|cong tong)( |$)/;
const NOTE =
  /^(ghi chu|luu y|dang uy tu xep loai|dang bo tu xep loai|chi bo tu xep loai|tu xep loai|de nghi|nguoi lap bieu|nguoi lap|t m|tm|noi nhan|xac nhan|bi thu|pho bi thu|ngay \d|.* ngay \d+ thang \d+)/;
const SHARE = /^(ty le|ti le|%)( |$)/;
/** Words of a total, note, share or group line, as typed (decoded, NFC), with or without diacritics. */
const MAYBE_SPECIAL =
  /c[ộo]ng|t[ổo]ng|ghi ch[úu]|l[ưu]u [ýy]|x[ếe]p lo[ạa]i|đ[ềe] ngh[ịi]|de nghi|ng[ưu][ờo]i l[ậa]p|t\/m|\btm\b|n[ơo]i nh[ậa]n|x[áa]c nh[ậa]n|b[íi] th[ưu]|ng[àa]y|:|t[ỷỉyi] l[ệe]|%|^\s*[IVXivx]+\s*[.)\-–]|^\s*[A-Ea-e]\s*[.)]|kh[ốo]i|khu v[ựu]c|\(c[ũu]\)|tr[ưu][ớo]c đ[âa]y/i;
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|[a-e])\.?$/;
/** A heading numbered the way groups are (`I.`, `II -`, `A.`), as typed: folding drops the dot. */
const GROUP_NUMBERED = /^\s*((I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\s*[.)\-–:]|[A-E]\s*[.)]\s)/i;
/** A heading named the way groups are (`Khối …`, `Khu vực xã A (cũ)`, `… trước đây`), folded. */
const GROUP_NAMED = /^(khoi|khu vuc) |( cu| truoc day)$/;

/** Classifies one row. The common unit row costs one regular-expression test. */
export function rowKind(facts: RowFacts): RowKind {
  if (facts.blank) return "blank";
  const key = MAYBE_SPECIAL.test(facts.lead) ? foldKey(facts.lead) : "";
  if (key !== "") {
    if (isTotalLabel(key)) return GRAND.test(key) ? "total" : "subtotal";
    if (NOTE.test(key) || (facts.lead.includes(":") && !facts.numbers)) return "note";
    if (SHARE.test(key)) return "share";
    if (GROUP_NUMBERED.test(facts.lead) || GROUP_NAMED.test(key)) return "group";
  }
  if (facts.stt !== "") {
    const stt = foldKey(facts.stt);
    if (ROMAN.test(stt)) return "group";
  }
  return "unit";
}

/**
 * A unit row that belongs to the unit row above it (a chi bộ of a đảng bộ bộ phận): numbered under
 * it (`18.1`), written as an item (`- Chi bộ …`, `+ Chi bộ …`), or marked in a `Loại hình` column
 * (`Chi bộ trực thuộc` under a `Đảng bộ bộ phận`). Types are given folded ("" without the column).
 */
export function isSubRow(stt: string, unit: string, type = "", parentType = ""): boolean {
  if (/^\d+\.\d+\.?$/.test(stt.trim()) || /^\s*[-–+•]\s*\S/.test(unit)) return true;
  return /\bbo phan\b/.test(parentType) && /^chi bo\b/.test(type) && !/\bco so\b/.test(type);
}

/** `Cộng`, `Tổng cộng`, `Cộng toàn đảng bộ`; a unit called "Tổng đội …" is a unit, not a total. */
function isTotalLabel(folded: string): boolean {
  const m = folded.match(TOTAL);
  if (!m) return false;
  const rest = (m[2] ?? "").trim();
  return rest === "" || /^(toan .*|chung|so|cong)$/.test(rest) || rest.split(" ").length <= 2;
}
