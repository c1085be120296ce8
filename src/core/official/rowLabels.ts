import { type BlockId, type Form6Key, type Form7Key, type OrgRow } from "./forms";

// Lines of the forms (folded labels), as printed or typed by hand: numbered or not, codes or words.
const BLOCKS: [RegExp, BlockId][] = [
  [/^dang bo co so$/, "partyCommittees"],
  [/^chi bo co so$/, "partyCells"],
  [/^dang bo bo phan$/, "sections"],
  [/^chi bo truc thuoc( dang uy co so)?$/, "cells"],
];

/** A rating line: full words, codes (HTXSNV … KHTNV, "không HTNV") or the common typo HTSXNV. */
function ratingOf(t: string): "excellent" | "good" | "complete" | "fail" | null {
  if (/khong hoan thanh|khong htnv|\bkhtnv\b/.test(t)) return "fail";
  if (/xuat sac|\bhtxsnv\b|\bhtsxnv\b/.test(t)) return "excellent";
  if (/hoan thanh tot|\bhttnv\b/.test(t)) return "good";
  if (/hoan thanh nhiem vu|\bhtnv\b/.test(t)) return "complete";
  return null;
}

const ORG_LINES: [RegExp, OrgRow][] = [
  [/moi thanh lap|duoi 6 thang/, "newUnder6"],
  [/^(1 )?so co den cuoi nam|^1 so co\b/, "total"],
  [/^(2 )?so duoc (dg|danh gia)|^2 so duoc\b/, "rated"],
  [/^(3 )?so chua duoc/, "notRated"],
];

/** Biểu 6: the block a heading opens, then the line within the current block. */
export function form6Key(): (folded: string) => Form6Key | null {
  let block: BlockId | null = null;
  return (t) => {
    const heading = BLOCKS.find(([re]) => re.test(t.replace(/^(i|ii|iii|iv|[1-4]) /, "")));
    if (heading) {
      block = heading[1];
      return null;
    }
    if (!block) return null;
    const line = ORG_LINES.find(([re]) => re.test(t))?.[1] ?? ratingOf(t);
    return line ? `${block}.${line}` : null;
  };
}

const MEMBER_LINES: [RegExp, Form7Key][] = [
  [/suy thoai/, "failDecline"],
  [/duoi 50/, "failUnderHalf"],
  [/cong chuc|vien chuc/, "failOfficial"],
  [/ky luat/, "failDisciplined"],
  [/^(\+ |- )?khac$/, "failOther"],
  [/^(1 )?so co mat/, "present"],
  [/^(2 )?so (duoc )?mien/, "exempt"],
  [/^(3 )?so chua (duoc )?(kd|kiem diem|danh gia)/, "notRated"],
  [/^(4 )?so da (kd|kiem diem|danh gia)/, "rated"],
];

/** Biểu 7's lines; the không HTNV reasons are read before the ratings (one of them says "không hoàn thành"). */
export function form7Key(): (folded: string) => Form7Key | null {
  return (t) => MEMBER_LINES.find(([re]) => re.test(t))?.[1] ?? (/^trong do$/.test(t) ? null : ratingOf(t));
}
