import { foldKey } from "./foldKey";
import { memoString } from "./memo";

// Abbreviations staff write in headers, spelled out so that "Tổng số ĐV" meets "Tổng số đảng viên".
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bdv\b/g, "dang vien"],
  [/\bxl\b/g, "xep loai"],
  [/\bdg\b/g, "danh gia"],
  [/\bkd\b/g, "kiem diem"],
  [/\btccsd\b/g, "to chuc co so dang"],
  [/\bhttnv\b/g, "hoan thanh tot nhiem vu"],
  [/\bhtxsnv\b/g, "hoan thanh xuat sac nhiem vu"],
  [/\bkhtnv\b/g, "khong hoan thanh nhiem vu"],
  [/\bhtnv\b/g, "hoan thanh nhiem vu"],
  [/\bnv\b/g, "nhiem vu"],
  [/\bht\b/g, "hoan thanh"],
];

/**
 * The key a header label is matched by: foldKey, abbreviations spelled out, and a trailing
 * column number or footnote mark dropped ("Tổng số đảng viên (4)").
 */
export const labelKey = memoString(labelKeyUncached);

function labelKeyUncached(text: string): string {
  let key = foldKey(text.replace(/\(\s*\d+\s*\)\s*$/, "").replace(/\*+/g, ""));
  for (const [re, full] of ABBREVIATIONS) key = key.replace(re, full);
  return key;
}

/** The label without any parenthesised part: "Miễn công tác … (Miễn đánh giá)" → "Miễn công tác …". */
export function labelKeyWithoutParentheses(text: string): string {
  return labelKey(text.replace(/\([^)]*\)/g, " "));
}
