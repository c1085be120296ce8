import { foldKeyOnce } from "../text/foldKey";
import type { UnitType } from "./columns";

/** How a TCCSĐ's type was found: typed in the unit list, typed in a sheet, or read from its name. */
export type TypeSource = "list" | "sheet" | "name" | "unmatched";

export const TYPE_SOURCE_LABELS: Record<TypeSource, string> = {
  list: "đọc từ danh mục đơn vị",
  sheet: "đọc từ cột Loại hình",
  name: "suy từ tên",
  unmatched: "không suy được từ tên",
};

// A typed "Loại hình" (folded), most specific first. Written as offices write them, short or long.
const TYPED: [RegExp, UnitType][] = [
  [/ngoai nuoc/, "abroad"],
  [/^(co so )?khac$/, "other"],
  [/ngoai cong lap/, "servicePrivate"],
  [/(don vi )?su nghiep.*cong lap|^dvsn cong lap$/, "servicePublic"],
  [/su nghiep|^dvsn$/, "service"],
  [/100 ?(%|phan tram)?/, "soe100"],
  [/tren 50/, "soeOver50"],
  [/duoi 50/, "soeUnder50"],
  [/co phan|tnhh|hop danh|tu nhan/, "company"],
  [/^(htx|hop tac xa)$/, "coop"],
  [/doanh nghiep|^dn( va htx)?$/, "enterprise"],
  [/quan doi|quan su/, "army"],
  [/cong an/, "police"],
  [/co quan dang|mat tran|mttq|chinh tri xa hoi|ct xh|doan the/, "partyMass"],
  [/nha nuoc|chinh quyen|hanh chinh/, "state"],
  [/^thi tran$/, "thiTran"],
  [/^phuong$/, "phuong"],
  [/^xa$/, "xa"],
];

/** A "Loại hình" cell's text as a type, or `null` when it names none of them. */
export function parseTypeLabel(text: string): UnitType | null {
  const key = foldKeyOnce(text);
  if (!key) return null;
  for (const [re, type] of TYPED) if (re.test(key)) return type;
  return null;
}

// Names (folded, the party prefix removed). The list, plus agencies every district has.
const NAMED: [RegExp, UnitType][] = [
  [/^xa /, "xa"],
  [/^phuong /, "phuong"],
  [/^thi tran /, "thiTran"],
  [/\bcong an\b/, "police"],
  [
    /\bquan su\b|\bquan doi\b|bo chi huy|ban chi huy quan su|bien phong|\bquan khu\b|\bsu doan\b|\btrung doan\b/,
    "army",
  ],
  [
    /\btruong\b (thpt|thcs|tieu hoc|mam non|mau giao|pho thong|cao dang|dai hoc|trung cap|chinh tri|day nghe)/,
    "servicePublic",
  ],
  [/\btrung tam\b|\bbenh vien\b|\bvien\b (nghien cuu|khoa hoc)/, "servicePublic"],
  [/\bhop tac xa\b/, "coop"],
  [
    /\bngan hang\b|\bcong ty\b|\bdoanh nghiep\b|\bdien luc\b|\bbuu dien\b|\bvien thong\b|\btong cong ty\b/,
    "enterprise",
  ],
  [
    /co quan dang|\bmat tran\b|\bdoan the\b|\bhoi (nong dan|cuu chien binh|lien hiep phu nu)|\bdoan thanh nien\b/,
    "partyMass",
  ],
  [
    /chinh quyen|\bubnd\b|uy ban nhan dan|hoi dong nhan dan|\btoa an\b|vien kiem sat|\bkho bac\b|\bchi cuc\b|\bhat kiem lam\b|bao hiem xa hoi|^(phong|so|cuc) /,
    "state",
  ],
];

const PREFIX = /^(dang uy|dang bo|chi bo|to chuc co so dang)( co so)? /;

/** The type a TCCSĐ's name says, or `null` when it says none (the unit then counts as Cơ sở khác). */
export function inferTypeFromName(name: string): UnitType | null {
  const key = foldKeyOnce(name).replace(PREFIX, "");
  for (const [re, type] of NAMED) if (re.test(key)) return type;
  return null;
}
