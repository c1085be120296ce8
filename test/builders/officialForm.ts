import type { CellType, CellValue, RangeRef, SheetSnapshot } from "../../src/core/snapshot";
import {
  FORM_COLUMNS,
  GROUP_LABELS,
  TOP_TYPES,
  partsOf,
  type ColumnId,
  type UnitType,
} from "../../src/core/official/columns";
import type { Form6Key, Form7Key } from "../../src/core/official/forms";

/**
 * Biểu 6 / Biểu 7 typed by hand in the official layout (REAL-FORMS.md §1), not by this project's
 * writer: the title block on other rows, zeros left blank, counts typed as text with a dot
 * ("3.675") where asked, the older Biểu 7A's Tỷ lệ (%) column where asked. Tổng số and the group
 * totals are computed here from the type columns unless `set` overrides a cell.
 */
export interface HandFormSpec<K extends string> {
  form: 6 | 7;
  name?: string;
  organisation?: string;
  year?: number;
  /** Figures by line and type column; what is missing is 0 (left blank). */
  figures: Partial<Record<K, Partial<Record<UnitType, number>>>>;
  /** Raw cells by line and column, written last: `{ "present": { total: "abc" } }`. */
  set?: Partial<Record<K, Partial<Record<ColumnId, CellValue>>>>;
  /** The older Biểu 7A/7B: a Tỷ lệ (%) column after Tổng số. */
  percentColumn?: boolean;
  /** Counts of 1.000 and more typed as text the Vietnamese way. */
  textThousands?: boolean;
}

const FORM6_LABELS: [string, string | null][] = [
  ["A. TỔ CHỨC CƠ SỞ ĐẢNG", null],
  ["I. Đảng bộ cơ sở", "partyCommittees"],
  ["II. Chi bộ cơ sở", "partyCells"],
  ["B. TỔ CHỨC ĐẢNG TRỰC THUỘC", null],
  ["I. Đảng bộ bộ phận", "sections"],
  ["II. Chi bộ trực thuộc", "cells"],
];
const BLOCK_LINES: [string, string][] = [
  ["1. Số có đến cuối năm (1=2+3)", "total"],
  ["2. Số được ĐG, XL chất lượng", "rated"],
  ["- Hoàn thành xuất sắc nhiệm vụ", "excellent"],
  ["- Hoàn thành tốt nhiệm vụ", "good"],
  ["- Hoàn thành nhiệm vụ", "complete"],
  ["- Không hoàn thành nhiệm vụ", "fail"],
  ["3. Số chưa được đánh giá, phân loại", "notRated"],
  ["- Trong đó: Số mới thành lập dưới 6 tháng", "newUnder6"],
];
const FORM7_LINES: [string, Form7Key | null][] = [
  ["1. Số có mặt đến thời điểm KĐ, ĐG, XL chất lượng (1 = 2+3+4)", "present"],
  ["2. Số được miễn KĐ, ĐG, XL chất lượng", "exempt"],
  ["3. Số chưa được KĐ, ĐG, XL chất lượng", "notRated"],
  ["4. Số đã KĐ, ĐG, XL chất lượng", "rated"],
  ["- Đảng viên HTXSNV", "excellent"],
  ["- Đảng viên HTTNV", "good"],
  ["- Đảng viên HTNV", "complete"],
  ["- Đảng viên không HTNV", "fail"],
  ["Trong đó:", null],
  ["+ Cấp có thẩm quyền kết luận có biểu hiện suy thoái", "failDecline"],
  ["+ Chỉ hoàn thành dưới 50% số chỉ tiêu", "failUnderHalf"],
  ["+ Là công chức, viên chức xếp loại không hoàn thành nhiệm vụ", "failOfficial"],
  ["+ Bị xử lý kỷ luật trong năm", "failDisciplined"],
  ["+ Khác", "failOther"],
];

/** The lines of a form in order: [label, key or null for a heading]. */
export function formLines(form: 6 | 7): [string, string | null][] {
  if (form === 7) return FORM7_LINES;
  return FORM6_LABELS.flatMap(([label, block]) =>
    block
      ? [[label, null] as [string, null], ...BLOCK_LINES.map(([l, k]) => [l, `${block}.${k}`] as [string, string])]
      : [[label, null] as [string, null]],
  );
}

/** The first figure row of a hand-typed form, and the column of each form column. */
export const HAND_FIRST_ROW = 8;
export function handColumn(id: ColumnId, percentColumn = false): number {
  const i = FORM_COLUMNS.findIndex((c) => c.id === id);
  return 1 + i + (percentColumn && i > 0 ? 1 : 0);
}

/** A hand-typed Biểu 6 or 7 as a sheet snapshot. */
export function handForm<K extends Form6Key | Form7Key>(spec: HandFormSpec<K>): SheetSnapshot {
  const pct = spec.percentColumn ?? false;
  const width = FORM_COLUMNS.length + 1 + (pct ? 1 : 0);
  const rows: CellValue[][] = [];
  const put = (r: number, c: number, v: CellValue) => {
    while (rows.length <= r) rows.push(Array<CellValue>(width).fill(""));
    rows[r]![c] = v;
  };
  const merges: RangeRef[] = [];
  put(0, 0, spec.organisation ?? "HUYỆN ỦY CỜ ĐỎ");
  put(1, 0, "BAN TỔ CHỨC");
  put(0, width - 3, `Biểu số ${spec.form}${pct ? "A" : ""}-BTCTW`);
  put(1, width - 3, spec.form === 6 ? "Đvt: Tổ chức" : "Đvt: Đảng viên");
  put(
    2,
    3,
    spec.form === 6
      ? "THỐNG KÊ KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG"
      : "THỐNG KÊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN",
  );
  put(3, 3, `Năm ${spec.year ?? 2022}`);
  // Header: two rows, groups merged across their parts; then the column numbers.
  put(5, 0, "Tiêu chí");
  merges.push({ top: 5, bottom: 6, left: 0, right: 0 });
  if (pct) {
    put(5, 2, "Tỷ lệ (%)");
    merges.push({ top: 5, bottom: 6, left: 2, right: 2 });
  }
  for (const c of FORM_COLUMNS) {
    const col = handColumn(c.id, pct);
    const group = c.partOf ?? (c.id === "service" || c.id === "enterprise" ? c.id : undefined);
    if (!group) {
      put(5, col, c.label);
      merges.push({ top: 5, bottom: 6, left: col, right: col });
    } else {
      if (c.id === group) {
        put(5, col, GROUP_LABELS[group]);
        merges.push({ top: 5, bottom: 5, left: col, right: col + partsOf(group).length });
      }
      put(6, col, c.label);
    }
  }
  for (let c = 0; c < width; c++) put(7, c, String(c + 1));

  const lines = formLines(spec.form);
  lines.forEach(([label, key], i) => {
    const r = HAND_FIRST_ROW + i;
    put(r, 0, label);
    if (!key) return;
    const by = spec.figures[key as K] ?? {};
    const v = (t: UnitType) => by[t] ?? 0;
    const value = (id: ColumnId): number =>
      id === "total"
        ? TOP_TYPES.reduce((s, t) => s + value(t), 0)
        : id === "service" || id === "enterprise"
          ? partsOf(id).reduce((s, t) => s + v(t), 0) + v(id)
          : v(id);
    for (const c of FORM_COLUMNS) {
      const n = value(c.id);
      // Zeros left blank, as offices type them; thousands as text where asked.
      if (n !== 0) put(r, handColumn(c.id, pct), spec.textThousands && n >= 1000 ? n.toLocaleString("de-DE") : n);
    }
    // Tỷ lệ (%) of a rating line: its share of the rated line above it.
    const rating = /(excellent|good|complete|fail)$/.exec(key)?.[1];
    if (pct && rating) {
      const ratedKey = key.includes(".") ? `${key.split(".")[0]}.rated` : "rated";
      const rated = Object.values(spec.figures[ratedKey as K] ?? {}).reduce<number>((s, n) => s + (n ?? 0), 0);
      if (rated > 0) put(r, 2, Math.round((value("total") / rated) * 10000) / 100);
    }
    for (const [id, raw] of Object.entries(spec.set?.[key as K] ?? {}))
      put(r, handColumn(id as ColumnId, pct), raw as CellValue);
  });

  const types: CellType[][] = rows.map((row) =>
    row.map((v) => (v === "" ? "empty" : typeof v === "number" ? "number" : "string")),
  );
  return {
    name: spec.name ?? `Biểu ${spec.form}`,
    origin: { row: 0, col: 0 },
    values: rows,
    types,
    numberFormats: rows.map((row) => row.map(() => "General")),
    merges,
    fonts: rows.map((row) => row.map(() => null)),
  };
}

/** A small district's forms, consistent by construction (figures typed for this fixture). */
export const CO_DO_FORM6: HandFormSpec<Form6Key>["figures"] = {
  "partyCommittees.total": { xa: 5, police: 1 },
  "partyCommittees.rated": { xa: 5, police: 1 },
  "partyCommittees.excellent": { xa: 1 },
  "partyCommittees.good": { xa: 3, police: 1 },
  "partyCommittees.complete": { xa: 1 },
  "partyCells.total": { state: 3, servicePublic: 4 },
  "partyCells.rated": { state: 2, servicePublic: 4 },
  "partyCells.excellent": { servicePublic: 1 },
  "partyCells.good": { state: 2, servicePublic: 3 },
  "partyCells.notRated": { state: 1 },
  "partyCells.newUnder6": { state: 1 },
  "cells.total": { xa: 50, police: 6 },
  "cells.rated": { xa: 49, police: 6 },
  "cells.excellent": { xa: 8 },
  "cells.good": { xa: 38, police: 6 },
  "cells.complete": { xa: 3 },
  "cells.notRated": { xa: 1 },
  "cells.newUnder6": { xa: 1 },
};

export const CO_DO_FORM7: HandFormSpec<Form7Key>["figures"] = {
  present: { xa: 900, police: 120, state: 45, servicePublic: 80 },
  exempt: { xa: 20, state: 1, servicePublic: 2 },
  notRated: { xa: 10, police: 2, servicePublic: 1 },
  rated: { xa: 870, police: 118, state: 44, servicePublic: 77 },
  excellent: { xa: 100, police: 20, state: 5, servicePublic: 10 },
  good: { xa: 700, police: 95, state: 37, servicePublic: 60 },
  complete: { xa: 65, police: 3, state: 2, servicePublic: 7 },
  fail: { xa: 5 },
  failDisciplined: { xa: 2 },
};
