import { ownString } from "../text/ownString";
import { foldKey, foldKeyOnce, tidyText } from "../text/foldKey";

/** Levels of the tree as names show them (TEMPLATE.md §1, §3). The depth itself is data. */
export type Level = "province" | "district" | "grassroots" | "section" | "cell" | "unknown";

export interface OrgName {
  /** As written, tidied. */
  display: string;
  /** The comparison key: an organisation and its committee share it (ĐẢNG BỘ HUYỆN X = HUYỆN ỦY X). */
  key: string;
  level: Level;
}

// Prefix (folded) → the kind of place and the level. Longest prefixes first.
const PATTERNS: [RegExp, string, Level][] = [
  [/^(tinh uy|dang bo tinh|ban thuong vu tinh uy|ban to chuc tinh uy) /, "tinh", "province"],
  [/^(thanh uy|dang bo thanh pho|ban thuong vu thanh uy|ban to chuc thanh uy) /, "thanh pho", "province"],
  [/^(huyen uy|dang bo huyen|ban thuong vu huyen uy|ban to chuc huyen uy) /, "huyen", "district"],
  // "quan" is both Quận (an urban district) and Quân (military) once diacritics are gone.
  [
    /^(quan uy(?! trung uong)|dang bo quan(?! su| doi| khu| chung)|ban thuong vu quan uy|ban to chuc quan uy) /,
    "quan",
    "district",
  ],
  [/^(thi uy|dang bo thi xa|ban thuong vu thi uy|ban to chuc thi uy) /, "thi xa", "district"],
  [/^(dang uy|dang bo) (xa) /, "xa", "grassroots"],
  [/^(dang uy|dang bo) (phuong) /, "phuong", "grassroots"],
  [/^(dang uy|dang bo) (thi tran) /, "thi tran", "grassroots"],
  [/^(dang uy|dang bo) (dac khu) /, "dac khu", "grassroots"],
  [/^(dang uy|dang bo) (bo phan) /, "bo phan", "section"],
  [/^(dang uy|dang bo) /, "dang bo", "grassroots"],
  [/^chi bo /, "chi bo", "cell"],
];

/**
 * Reads an organisation's name: its level and its comparison key.
 *
 * @example parseOrgName("HUYỆN ỦY THỚI LAI").key === parseOrgName("ĐẢNG BỘ HUYỆN THỚI LAI").key
 */
export function parseOrgName(text: string): OrgName | null {
  const display = tidyText(text);
  const folded = foldKeyOnce(display);
  for (const [re, kind, level] of PATTERNS) {
    const m = folded.match(re);
    if (m) {
      const rest = folded.slice(m[0].length).trim();
      if (rest === "") return null;
      return { display, key: ownString(`${kind} ${rest}`), level };
    }
  }
  return null;
}

/** The key a unit's name is compared by: its organisation key when it reads as one, else its folded text. */
export function orgKey(text: string): string {
  return parseOrgName(text)?.key ?? foldKey(text);
}
