import type { RangeRef } from "../snapshot";
import { RATINGS, RATING_LABELS, type Rating } from "../model/Rating";
import { BLOCK_LABELS, type BlockKey, type ColumnKey } from "../model/template";
import { columnLetters } from "../issues/a1";
import { COUNT_FORMAT, PERCENT_POINTS_FORMAT, type LayoutCell, type SheetLayout } from "./SheetLayout";

/** A value for one column of a row, with the formula that computes it when there is one. */
export interface RowValue {
  value: string | number | null;
  formula?: string;
}

export type LevelRow = Partial<Record<ColumnKey, RowValue | string | number | null>>;

/**
 * Rows made on demand, each when it is needed and let go after: a Tổng hợp of hundreds of
 * thousands of units never holds them all, nor their cells (see `SheetLayout.rows`).
 */
export interface LazyRows {
  count: number;
  at: (i: number) => LevelRow;
}

export interface LevelSheetInput {
  sheetName: string;
  /** First line of the title block: the superior organisation. */
  parent: string;
  /** Second line: the issuing organisation, whose sheet this is. */
  organisation: string;
  year: number | null;
  /** Added to the centre title, e.g. "CÁC CHI BỘ CƠ SỞ". */
  titleSuffix?: string;
  unitLabel: string;
  unitRatingLabel: string;
  /** Organisation blocks, for summary levels. */
  blocks: readonly BlockKey[];
  /** Percentages as fractions in a `0.00%` format (summaries) or as points in `0.00` (typed forms). */
  percentStyle: "fraction" | "points";
  rows: LevelRow[] | LazyRows;
  /** A `Cộng` row of SUM formulas. */
  totalRow: boolean;
  /** Lines under the table, e.g. "Đảng ủy tự xếp loại: Hoàn thành tốt nhiệm vụ". */
  footer?: string[];
}

interface Column {
  key: ColumnKey;
  /** Label stack, outermost first; merged where neighbours repeat. */
  labels: string[];
  width: number;
  kind: "text" | "count" | "pct" | "rating";
}

const SHORT: Record<Rating, string> = { excellent: "HTXSNV", good: "HTTNV", complete: "HTNV", fail: "KHTNV" };

function memberColumns(input: LevelSheetInput, depth: number): Column[] {
  const plain = (key: ColumnKey, label: string, width: number, kind: Column["kind"] = "count"): Column => ({
    key,
    labels: Array(depth).fill(label),
    width,
    kind,
  });
  const ratings = RATINGS.flatMap((r): Column[] => [
    { key: r, labels: [...Array(depth - 1).fill(RATING_LABELS[r]), "Số lượng"], width: 9, kind: "count" },
    { key: `${r}Pct`, labels: [...Array(depth - 1).fill(RATING_LABELS[r]), "Tỷ lệ (%)"], width: 9, kind: "pct" },
  ]);
  return [
    plain("stt", "STT", 5, "text"),
    plain("unit", input.unitLabel, 40, "text"),
    plain("members", "Tổng số đảng viên", 10),
    plain("exempt", "Miễn công tác và sinh hoạt đảng", 10),
    plain("suspended", "Bị đình chỉ sinh hoạt đảng", 10),
    plain("newMembers", "Mới kết nạp chưa đủ 6 tháng", 10),
    plain("subject", "Số đảng viên thuộc diện đánh giá, xếp loại", 12),
    plain("notRated", "Chưa đánh giá, xếp loại", 10),
    plain("notRatedReason", "Lý do chưa đánh giá", 16, "text"),
    plain("rated", "Đã đánh giá, xếp loại", 10),
    ...ratings,
  ];
}

function blockColumns(block: BlockKey): Column[] {
  const label = BLOCK_LABELS[block][0]!;
  return [
    { key: `${block}.total`, labels: [label, "Tổng số", "Tổng số"], width: 8, kind: "count" },
    { key: `${block}.rated`, labels: [label, "Đã xếp loại", "Đã xếp loại"], width: 8, kind: "count" },
    ...RATINGS.flatMap((r): Column[] => [
      { key: `${block}.${r}`, labels: [label, SHORT[r], "Số lượng"], width: 8, kind: "count" },
      { key: `${block}.${r}Pct`, labels: [label, SHORT[r], "Tỷ lệ (%)"], width: 8, kind: "pct" },
    ]),
    { key: `${block}.goodOrAbove`, labels: [label, "HTTNV trở lên", "HTTNV trở lên"], width: 9, kind: "count" },
  ];
}

/** The columns of a level sheet, in the template's order, with organisation blocks after column 19. */
export function levelColumns(input: LevelSheetInput): Column[] {
  const depth = input.blocks.length > 0 ? 3 : 2;
  const tail = (key: ColumnKey, label: string, width: number, kind: Column["kind"]): Column => ({
    key,
    labels: Array(depth).fill(label),
    width,
    kind,
  });
  return [
    ...memberColumns(input, depth),
    ...input.blocks.flatMap(blockColumns),
    tail("disciplined", "Bị thi hành kỷ luật trong năm", 10, "count"),
    tail("unitRating", input.unitRatingLabel, 16, "rating"),
    tail("note", "Ghi chú", 16, "text"),
  ];
}

const TITLE_ROWS = 6;

/**
 * Lays out a level sheet in the familiar template (TEMPLATE.md §3): the title block, a merged
 * header with a row of column numbers, one row per unit, a `Cộng` row, lines under the table.
 */
export function levelSheetLayout(input: LevelSheetInput): SheetLayout {
  const columns = levelColumns(input);
  const cells: LayoutCell[] = [];
  const merges: RangeRef[] = [];
  const last = columns.length - 1;
  const depth = columns[0]!.labels.length;
  const put = (cell: LayoutCell) => cells.push(cell);

  // Title block: superior and issuing organisation on the left, the Party's name on the right.
  const leftSpan = Math.min(4, last);
  const rightStart = Math.max(leftSpan + 1, last - 7);
  put({ row: 0, col: 0, value: input.parent, align: "center" });
  put({ row: 1, col: 0, value: input.organisation, bold: true, align: "center" });
  put({ row: 2, col: 0, value: "*", align: "center" });
  put({ row: 0, col: rightStart, value: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, align: "center" });
  put({ row: 1, col: rightStart, value: "Biểu số 01-XL", italic: true, align: "center" });
  for (const r of [0, 1, 2]) merges.push({ top: r, bottom: r, left: 0, right: leftSpan });
  for (const r of [0, 1]) merges.push({ top: r, bottom: r, left: rightStart, right: last });
  const title = `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN${input.titleSuffix ? ` ${input.titleSuffix}` : ""}${input.year ? ` NĂM ${input.year}` : ""}`;
  put({ row: 4, col: 0, value: title, bold: true, align: "center" });
  merges.push({ top: 4, bottom: 4, left: 0, right: last });

  // Header: each label stack merged where neighbours (across or down) repeat it.
  const top = TITLE_ROWS;
  for (let level = 0; level < depth; level++) {
    for (let c = 0; c <= last; c++) {
      const label = columns[c]!.labels[level]!;
      const above = level > 0 ? columns[c]!.labels[level - 1] : undefined;
      if (level > 0 && above === label) continue; // covered by a vertical merge from above
      if (c > 0 && columns[c - 1]!.labels[level] === label && sameParents(columns, c, level)) continue;
      let right = c;
      while (right < last && columns[right + 1]!.labels[level] === label && sameParents(columns, right + 1, level))
        right++;
      let bottom = level;
      while (bottom + 1 < depth && columns[c]!.labels[bottom + 1] === label) bottom++;
      put({
        row: top + level,
        col: c,
        value: label,
        bold: true,
        wrap: true,
        align: "center",
        border: true,
        header: true,
      });
      if (right > c || bottom > level) merges.push({ top: top + level, bottom: top + bottom, left: c, right });
    }
  }
  // Border and fill on every header cell, merged or not, so the grid reads as one table.
  for (let level = 0; level < depth; level++) {
    for (let c = 0; c <= last; c++) {
      if (!cells.some((x) => x.row === top + level && x.col === c))
        put({ row: top + level, col: c, value: null, border: true, header: true });
    }
  }
  const numbersRow = top + depth;
  for (let c = 0; c <= last; c++)
    put({ row: numbersRow, col: c, value: c + 1, italic: true, align: "center", border: true });

  const firstData = numbersRow + 1;
  const lazy = !Array.isArray(input.rows);
  const count = Array.isArray(input.rows) ? input.rows.length : input.rows.count;
  const rowAt = Array.isArray(input.rows) ? (i: number) => (input.rows as LevelRow[])[i]! : input.rows.at;
  const rowCells = (i: number, row: LevelRow): LayoutCell[] =>
    columns.map((col, c) => {
      let v = row[col.key];
      if (col.key === "stt" && v === undefined) v = i + 1;
      const cell = typeof v === "object" && v !== null ? v : { value: v ?? null };
      return {
        row: firstData + i,
        col: c,
        value: cell.value,
        ...(cell.formula ? { formula: cell.formula } : {}),
        ...(col.kind === "count" ? { numFmt: COUNT_FORMAT } : {}),
        ...(col.kind === "pct" ? { numFmt: input.percentStyle === "fraction" ? "0.00%" : PERCENT_POINTS_FORMAT } : {}),
        ...(col.kind === "text" && col.key !== "stt"
          ? { wrap: true }
          : { align: col.key === "stt" ? ("center" as const) : ("right" as const) }),
        border: true,
      };
    });
  // One pass over the rows: each column's sum and whether any of its figures is unknown.
  const sums = columns.map(() => 0);
  const unknownIn = columns.map(() => false);
  for (let i = 0; i < count; i++) {
    const row = rowAt(i);
    if (!lazy) for (const cell of rowCells(i, row)) put(cell);
    columns.forEach((col, c) => {
      if (isUnknown(row[col.key])) unknownIn[c] = true;
      sums[c] = sums[c]! + numeric(row[col.key]);
    });
  }
  let next = firstData + count;
  if (input.totalRow) {
    const r = next;
    columns.forEach((col, c) => {
      const base = { row: r, col: c, bold: true, border: true };
      if (col.key === "unit") return put({ ...base, value: "Cộng" });
      // A sum with an unknown part (a `null` figure) is unknown: blank, never a SUM that shows 0.
      if (col.kind === "count" && unknownIn[c]) return put({ ...base, value: null });
      if (col.kind === "pct") {
        const [count, rated] = pctSources(columns, col.key);
        const unknown = (k: number | undefined) => k !== undefined && unknownIn[k]!;
        if (unknown(count) || unknown(rated)) return put({ ...base, value: null });
      }
      if (col.kind === "count") {
        const letter = columnLetters(c);
        const formula = count > 0 ? `SUM(${letter}${firstData + 1}:${letter}${r})` : undefined;
        return put({ ...base, value: sums[c]!, ...(formula ? { formula } : {}), numFmt: COUNT_FORMAT });
      }
      if (col.kind === "pct") {
        const [count, rated] = pctSources(columns, col.key);
        if (count === undefined || rated === undefined) return put({ ...base, value: null });
        const cl = columnLetters(count);
        const rl = columnLetters(rated);
        const countSum = sums[count]!;
        const ratedSum = sums[rated]!;
        const share = ratedSum === 0 ? 0 : countSum / ratedSum;
        const fraction = input.percentStyle === "fraction";
        const scale = fraction ? "" : "*100";
        return put({
          ...base,
          value: fraction ? share : Math.round(share * 10000) / 100,
          formula: `IF(${rl}${r + 1}=0,0,${fraction ? "" : "ROUND("}${cl}${r + 1}/${rl}${r + 1}${scale}${fraction ? "" : ",2)"})`,
          numFmt: fraction ? "0.00%" : PERCENT_POINTS_FORMAT,
        });
      }
      return put({ ...base, value: null });
    });
    next++;
  }
  next++;
  for (const line of input.footer ?? []) {
    put({ row: next, col: 0, value: line, italic: true });
    next++;
  }
  return {
    name: input.sheetName,
    cells,
    merges,
    columnWidths: columns.map((c) => c.width),
    frozenRows: numbersRow + 1,
    ...(lazy ? { rows: { first: firstData, count, cellsOf: (i: number) => rowCells(i, rowAt(i)) } } : {}),
  };
}

function sameParents(columns: Column[], c: number, level: number): boolean {
  for (let l = 0; l < level; l++) if (columns[c]!.labels[l] !== columns[c - 1]!.labels[l]) return false;
  return true;
}

/** A figure given as unknown: `null`, or a cell whose value is `null`. */
function isUnknown(v: RowValue | string | number | null | undefined): boolean {
  return v === null || (typeof v === "object" && v !== undefined && v.value === null);
}

function numeric(v: RowValue | string | number | null | undefined): number {
  const x = typeof v === "object" && v !== null ? v.value : v;
  return typeof x === "number" ? x : 0;
}

/** The columns a percentage is computed from: its count and the rated count of its block. */
function pctSources(columns: Column[], key: ColumnKey): [number | undefined, number | undefined] {
  const countKey = key.replace(/Pct$/, "") as ColumnKey;
  const ratedKey = (key.includes(".") ? `${key.split(".")[0]}.rated` : "rated") as ColumnKey;
  const count = columns.findIndex((c) => c.key === countKey);
  const rated = columns.findIndex((c) => c.key === ratedKey);
  return [count < 0 ? undefined : count, rated < 0 ? undefined : rated];
}

/** The first unit row of a layout made by levelSheetLayout, zero-based. */
export function firstDataRow(input: Pick<LevelSheetInput, "blocks">): number {
  return TITLE_ROWS + (input.blocks.length > 0 ? 3 : 2) + 1;
}
