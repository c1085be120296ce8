import { RATINGS, RATING_CODES, RATING_LABELS, type Rating } from "../model/Rating";
import { foldKey } from "./foldKey";
import { memoString } from "./memo";

/** What a rating cell says. */
export type RatingReading =
  /** `typo`: a misspelling seen in real use (`HTSXNV`), accepted with a notice. */
  | { kind: "rating"; rating: Rating; typo?: string }
  /** "Chưa xếp loại": a unit too new (under 6 months) to be rated. */
  | { kind: "unrated" }
  /** A pre-2018 label ("Trong sạch, vững mạnh", "Yếu kém", "đủ tư cách"): an outdated form. */
  | { kind: "old" }
  | { kind: "unknown" };

const FORMS = new Map<string, Rating>();
for (const r of RATINGS) {
  const label = foldKey(RATING_LABELS[r]);
  FORMS.set(label, r);
  FORMS.set(foldKey(RATING_CODES[r]), r);
  FORMS.set(label.replace(/ nhiem vu$/, ""), r);
}
// The short forms staff type (TEMPLATE.md §2).
FORMS.set("xuat sac", "excellent");
FORMS.set("tot", "good");
FORMS.set("hoan thanh", "complete");
FORMS.set("khong hoan thanh", "fail");
FORMS.set("ht xuat sac nv", "excellent");
FORMS.set("ht tot nv", "good");
FORMS.set("htnv", "complete");
FORMS.set("khong ht nv", "fail");
FORMS.set("khong htnv", "fail");
FORMS.set("k htnv", "fail");
FORMS.set("ko htnv", "fail");

/** Misspellings seen in real sheets (REAL-FORMS §2): read, and noticed (CELL-RATING-TYPO). */
const TYPOS = new Map<string, Rating>([["htsxnv", "excellent"]]);

const OLD = /trong sach|vung manh|yeu kem|du tu cach|vi pham tu cach/;
const UNRATED = /^(chua xep loai|chua danh gia|chua danh gia xep loai|moi thanh lap)( .*)?$/;

/** Reads a rating typed in any accepted form: label, code, short form, any case, with or without diacritics. */
export const parseRating = memoString(parseRatingUncached);

function parseRatingUncached(text: string): RatingReading {
  const key = foldKey(text).replace(/^(dang vien |to chuc |chi bo )/, "");
  if (key === "") return { kind: "unknown" };
  const rating = FORMS.get(key);
  if (rating) return { kind: "rating", rating };
  const typo = TYPOS.get(key);
  if (typo) return { kind: "rating", rating: typo, typo: text.trim() };
  if (OLD.test(key)) return { kind: "old" };
  if (UNRATED.test(key)) return { kind: "unrated" };
  return { kind: "unknown" };
}

/** `true` when a text uses the pre-2018 rating categories. */
export function isOldCategory(text: string): boolean {
  return OLD.test(foldKey(text));
}
