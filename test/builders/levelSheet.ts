import type { CellType, CellValue, RangeRef, SheetSnapshot } from "../../src/core/snapshot";

/** A unit's figures; derived ones (subject, rated, percentages) are computed unless given. */
export interface UnitFigures {
  unit: string;
  members?: number;
  exempt?: number;
  suspended?: number;
  newMembers?: number;
  notRated?: number;
  notRatedReason?: string;
  excellent: number;
  good: number;
  complete?: number;
  fail?: number;
  disciplined?: number;
  unitRating?: string;
  note?: string;
  /** Raw overrides by column label id, applied last: `{ subject: "3.675" }`, `{ good: "" }`. */
  set?: Partial<Record<ColumnId, CellValue | { error: string }>>;
  /** Values of the spec's `extra` columns, in their order. */
  extraValues?: CellValue[];
  /** The STT cell as typed ("18.1"); the running number by default. */
  stt?: CellValue;
  /** Left out of the total row's sums (a chi bộ whose đảng bộ bộ phận's row carries it). */
  notInTotal?: boolean;
}

/** A group of units (REAL-FORMS §2): a heading row, its units, a `Cộng` row after it. */
export interface GroupSpec {
  /** The heading's STT ("I", "A") and label ("Khối xã, thị trấn"); no heading row when absent. */
  heading?: { stt?: string; label: string; sums?: boolean };
  rows: UnitFigures[];
  /** A `Cộng` row of the group's sums after its units (label "Cộng" unless given). */
  subtotal?: boolean | { label?: string; overrides?: Partial<Record<ColumnId, CellValue>> };
}

export type ColumnId =
  | "stt"
  | "unit"
  | "members"
  | "exempt"
  | "suspended"
  | "newMembers"
  | "subject"
  | "notRated"
  | "notRatedReason"
  | "rated"
  | "excellent"
  | "excellentPct"
  | "good"
  | "goodPct"
  | "complete"
  | "completePct"
  | "fail"
  | "failPct"
  | "disciplined"
  | "unitRating"
  | "note";

/** How each column is labelled in the builder's header; a group is merged over Số lượng / Tỷ lệ. */
const LABELS: Record<ColumnId, { label: string; group?: string; sub?: string }> = {
  stt: { label: "STT" },
  unit: { label: "Tên chi bộ" },
  members: { label: "Tổng số đảng viên" },
  exempt: { label: "Miễn công tác và sinh hoạt đảng" },
  suspended: { label: "Bị đình chỉ sinh hoạt đảng" },
  newMembers: { label: "Mới kết nạp chưa đủ 6 tháng" },
  subject: { label: "Số đảng viên thuộc diện đánh giá, xếp loại" },
  notRated: { label: "Chưa đánh giá, xếp loại" },
  notRatedReason: { label: "Lý do chưa đánh giá" },
  rated: { label: "Đã đánh giá, xếp loại" },
  excellent: { label: "", group: "Hoàn thành xuất sắc nhiệm vụ", sub: "Số lượng" },
  excellentPct: { label: "", group: "Hoàn thành xuất sắc nhiệm vụ", sub: "Tỷ lệ (%)" },
  good: { label: "", group: "Hoàn thành tốt nhiệm vụ", sub: "Số lượng" },
  goodPct: { label: "", group: "Hoàn thành tốt nhiệm vụ", sub: "Tỷ lệ (%)" },
  complete: { label: "", group: "Hoàn thành nhiệm vụ", sub: "Số lượng" },
  completePct: { label: "", group: "Hoàn thành nhiệm vụ", sub: "Tỷ lệ (%)" },
  fail: { label: "", group: "Không hoàn thành nhiệm vụ", sub: "Số lượng" },
  failPct: { label: "", group: "Không hoàn thành nhiệm vụ", sub: "Tỷ lệ (%)" },
  disciplined: { label: "Bị thi hành kỷ luật trong năm" },
  unitRating: { label: "Xếp loại chi bộ" },
  note: { label: "Ghi chú" },
};

export const ALL_COLUMNS: ColumnId[] = Object.keys(LABELS) as ColumnId[];

export interface LevelSheetSpec {
  name?: string;
  parent?: string | null;
  organisation?: string | null;
  /** The year in the title; `null` for none. */
  year?: number | null;
  /** A place and date line on the right, above the title ("Năm Căn, ngày 25 tháng 01 năm 2019"). */
  dateLine?: string;
  /** Blank rows before the title block. */
  leadingRows?: number;
  columns?: ColumnId[];
  /** The unit column's label (default "Tên chi bộ"). */
  unitLabel?: string;
  /** Replaces a column's header label: `{ members: "Tổng số ĐV" }`. */
  labels?: Partial<Record<ColumnId, string>>;
  /** Extra columns with these labels inserted after the named column. */
  extra?: { after: ColumnId; label: string }[];
  numbersRow?: boolean;
  rows: UnitFigures[];
  /** Groups of units after `rows` (headings, subtotals), separated by `blankBetween` blank rows. */
  groups?: GroupSpec[];
  blankBetween?: number;
  /** The total row's label (default "Cộng"). */
  totalLabel?: string;
  /** Rows written below the total row (figures the engine must report, not read). */
  afterTotal?: UnitFigures[];
  /** Blank rows between the total (or the last row) and `afterTotal`. */
  gapBeforeAfterTotal?: number;
  /** "auto": a `Cộng` row of sums; "none": no total row; or overrides of the sums. */
  total?: "auto" | "none" | Partial<Record<ColumnId, CellValue>>;
  /** The line under the table, e.g. "Đảng ủy tự xếp loại: Hoàn thành xuất sắc nhiệm vụ". */
  ownRatingLine?: string;
  /** Font name given to every text cell (".VnTime", "VNI-Times"). */
  font?: string | null;
  /** Maps every text cell before it is written (to encode it in TCVN3, say). */
  encodeText?: (text: string) => string;
  /** Percentages written as text with a comma ("91,56") instead of numbers. */
  percentAsText?: boolean;
}

interface Written {
  value: CellValue;
  type: CellType;
  format: string;
}

/** The figures of a unit with the derived columns filled in. */
export function derive(u: UnitFigures): Record<ColumnId, CellValue> {
  const complete = u.complete ?? 0;
  const fail = u.fail ?? 0;
  const notRated = u.notRated ?? 0;
  const rated = u.excellent + u.good + complete + fail;
  const subject = rated + notRated;
  const exempt = u.exempt ?? 0;
  const suspended = u.suspended ?? 0;
  const newMembers = u.newMembers ?? 0;
  const members = u.members ?? subject + exempt + suspended + newMembers;
  const pct = (n: number) => (rated === 0 ? 0 : Math.round((n / rated) * 10000) / 100);
  return {
    stt: "",
    unit: u.unit,
    members,
    exempt,
    suspended,
    newMembers,
    subject,
    notRated,
    notRatedReason: u.notRatedReason ?? "",
    rated,
    excellent: u.excellent,
    excellentPct: pct(u.excellent),
    good: u.good,
    goodPct: pct(u.good),
    complete,
    completePct: pct(complete),
    fail,
    failPct: pct(fail),
    disciplined: u.disciplined ?? 0,
    unitRating: u.unitRating ?? "Hoàn thành tốt nhiệm vụ",
    note: u.note ?? "",
  };
}

/** The count columns of the template, in its order. */
export const COUNT_IDS: ColumnId[] = [
  "members",
  "exempt",
  "suspended",
  "newMembers",
  "subject",
  "notRated",
  "rated",
  "excellent",
  "good",
  "complete",
  "fail",
  "disciplined",
];

/**
 * Builds a level sheet snapshot in the familiar template: title block, a two-row header with
 * group labels merged over "Số lượng" / "Tỷ lệ (%)", unit rows, a `Cộng` row and a closing line.
 */
export function levelSheet(spec: LevelSheetSpec): SheetSnapshot {
  const columns = spec.columns ?? ALL_COLUMNS;
  const layout: { id: ColumnId | null; label: string; group?: string; sub?: string }[] = [];
  for (const id of columns) {
    const base = LABELS[id];
    layout.push({
      id,
      label: spec.labels?.[id] ?? base.label,
      ...(base.group ? { group: spec.labels?.[id] ?? base.group, sub: base.sub } : {}),
    });
    for (const e of spec.extra ?? []) if (e.after === id) layout.push({ id: null, label: e.label });
  }
  const width = Math.max(layout.length, 6);
  const grid: Written[][] = [];
  const merges: RangeRef[] = [];
  const enc = spec.encodeText ?? ((t: string) => t);
  const blankRow = (): Written[] =>
    Array.from({ length: width }, () => ({ value: "", type: "empty" as CellType, format: "General" }));
  const text = (t: string): Written =>
    t === "" ? { value: "", type: "empty", format: "General" } : { value: enc(t), type: "string", format: "General" };
  const put = (row: Written[], c: number, v: CellValue | { error: string }, format = "General") => {
    if (typeof v === "object") row[c] = { value: v.error, type: "error", format };
    else if (v === "") row[c] = { value: "", type: "empty", format };
    else if (typeof v === "number") row[c] = { value: v, type: "number", format };
    else if (typeof v === "boolean") row[c] = { value: v, type: "boolean", format };
    else row[c] = text(v);
  };

  for (let i = 0; i < (spec.leadingRows ?? 0); i++) grid.push(blankRow());
  const parent = spec.parent === undefined ? "ĐẢNG BỘ HUYỆN THỚI LAI" : spec.parent;
  const organisation = spec.organisation === undefined ? "ĐẢNG ỦY XÃ XUÂN THẮNG" : spec.organisation;
  const year = spec.year === undefined ? 2022 : spec.year;
  const t1 = blankRow();
  if (parent) t1[0] = text(parent);
  t1[Math.min(width - 1, 5)] = text("ĐẢNG CỘNG SẢN VIỆT NAM");
  grid.push(t1);
  const t2 = blankRow();
  if (organisation) t2[0] = text(organisation);
  if (spec.dateLine) t2[Math.min(width - 1, 5)] = text(spec.dateLine);
  grid.push(t2);
  grid.push(blankRow());
  const t3 = blankRow();
  t3[2] = text(`TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN${year ? ` NĂM ${year}` : ""}`);
  grid.push(t3);
  grid.push(blankRow());

  const h1 = blankRow();
  const h2 = blankRow();
  const headerTop = grid.length;
  for (let c = 0; c < layout.length; c++) {
    const col = layout[c]!;
    if (col.group) {
      const first = c === 0 || layout[c - 1]!.group !== col.group;
      if (first) {
        h1[c] = text(col.group);
        const span = layout.slice(c).findIndex((x) => x.group !== col.group);
        const last = c + (span < 0 ? layout.length - c : span) - 1;
        if (last > c) merges.push({ top: headerTop, bottom: headerTop, left: c, right: last });
      }
      h2[c] = text(col.sub ?? "");
    } else {
      h1[c] = text(col.label);
      merges.push({ top: headerTop, bottom: headerTop + 1, left: c, right: c });
    }
  }
  grid.push(h1, h2);
  if (spec.numbersRow) {
    const nums = blankRow();
    for (let c = 0; c < layout.length; c++) put(nums, c, c + 1);
    grid.push(nums);
  }

  const sums: Partial<Record<ColumnId, number>> = {};
  let stt = 0;
  const unitRow = (u: UnitFigures, into: Partial<Record<ColumnId, number>>[]) => {
    const row = blankRow();
    const values = { ...derive(u), stt: u.stt ?? ++stt } as Record<ColumnId, CellValue | { error: string }>;
    for (const [k, v] of Object.entries(u.set ?? {})) values[k as ColumnId] = v as CellValue;
    let extra = 0;
    layout.forEach((col, c) => {
      if (!col.id) {
        const v = u.extraValues?.[extra++];
        if (v !== undefined) put(row, c, v);
        return;
      }
      const v = values[col.id];
      const pct = col.id.endsWith("Pct");
      if (pct && spec.percentAsText && typeof v === "number") put(row, c, String(v).replace(".", ","));
      else put(row, c, v, pct ? "0.00" : "General");
      if (COUNT_IDS.includes(col.id) && typeof v === "number")
        for (const acc of into) acc[col.id] = (acc[col.id] ?? 0) + v;
    });
    grid.push(row);
  };
  const sumsRow = (
    label: string,
    of: Partial<Record<ColumnId, number>>,
    overrides: Partial<Record<ColumnId, CellValue>>,
  ) => {
    const row = blankRow();
    layout.forEach((col, c) => {
      if (col.id === "unit") put(row, c, label);
      else if (col.id && col.id in overrides) put(row, c, overrides[col.id]!);
      else if (col.id && COUNT_IDS.includes(col.id)) put(row, c, of[col.id] ?? 0);
    });
    return row;
  };
  spec.rows.forEach((u) => unitRow(u, u.notInTotal ? [] : [sums]));
  (spec.groups ?? []).forEach((g, gi) => {
    if (gi > 0 || spec.rows.length > 0) for (let b = 0; b < (spec.blankBetween ?? 0); b++) grid.push(blankRow());
    const groupSums: Partial<Record<ColumnId, number>> = {};
    for (const u of g.rows)
      for (const [k, v] of Object.entries(derive(u))) {
        const id = k as ColumnId;
        if (COUNT_IDS.includes(id) && typeof v === "number") groupSums[id] = (groupSums[id] ?? 0) + v;
      }
    if (g.heading) {
      const row = g.heading.sums ? sumsRow(g.heading.label, groupSums, {}) : blankRow();
      const unitCol = layout.findIndex((c) => c.id === "unit");
      const sttCol = layout.findIndex((c) => c.id === "stt");
      if (sttCol >= 0 && g.heading.stt) put(row, sttCol, g.heading.stt);
      if (unitCol >= 0) put(row, unitCol, g.heading.label);
      grid.push(row);
    }
    g.rows.forEach((u) => unitRow(u, [sums]));
    if (g.subtotal) {
      const sub = typeof g.subtotal === "object" ? g.subtotal : {};
      grid.push(sumsRow(sub.label ?? "Cộng", groupSums, sub.overrides ?? {}));
    }
  });

  if (spec.total !== "none") {
    const overrides = typeof spec.total === "object" ? spec.total : {};
    grid.push(sumsRow(spec.totalLabel ?? "Cộng", sums, overrides));
  }
  if (spec.afterTotal) {
    for (let b = 0; b < (spec.gapBeforeAfterTotal ?? 0); b++) grid.push(blankRow());
    spec.afterTotal.forEach((u) => unitRow(u, []));
  }
  if (spec.ownRatingLine) {
    grid.push(blankRow());
    const line = blankRow();
    line[0] = text(spec.ownRatingLine);
    grid.push(line);
  }
  return {
    name: spec.name ?? "Xuân Thắng",
    origin: { row: 0, col: 0 },
    values: grid.map((r) => r.map((w) => w.value)),
    types: grid.map((r) => r.map((w) => w.type)),
    numberFormats: grid.map((r) => r.map((w) => w.format)),
    merges,
    fonts: grid.map((r) => r.map((w) => (w.type === "string" ? (spec.font ?? null) : null))),
  };
}

/** The eleven chi bộ of Đảng bộ xã Xuân Thắng (TEMPLATE.md §7: 166 members rated, 152 good or above, all cells HTTNV or above). */
export function xuanThangUnits(): UnitFigures[] {
  const rated = [18, 16, 15, 17, 14, 13, 16, 15, 14, 12, 16]; // 166
  const goodOrAbove = [17, 15, 13, 16, 13, 12, 14, 14, 13, 10, 15]; // 152
  const names = [
    "Thới Hòa A",
    "Thới Hòa B",
    "Thới Hiệp A",
    "Thới Hiệp B",
    "Thới Lộc",
    "Thới Xuân",
    "Thới Thuận",
    "Thới Phước",
    "Thới Hưng",
    "Cơ quan",
    "Quân sự",
  ];
  return names.map((n, i) => {
    const r = rated[i]!;
    const g = goodOrAbove[i]!;
    const excellent = Math.floor(g / 6);
    return {
      unit: n === "Cơ quan" || n === "Quân sự" ? `Chi bộ ${n}` : `Chi bộ ấp ${n}`,
      excellent,
      good: g - excellent,
      complete: r - g,
      fail: 0,
      unitRating: "Hoàn thành tốt nhiệm vụ",
    };
  });
}
