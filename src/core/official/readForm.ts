import type { CellRef, SheetSnapshot } from "../snapshot";
import { Grid } from "../recognize/Grid";
import { parseCell } from "../recognize/parseCell";
import { readTitle } from "../recognize/readTitle";
import type { OrgName } from "../model/OrgName";
import type { ParsedCell } from "../model/SheetModel";
import { foldKey } from "../text/foldKey";
import type { ColumnId, GroupId } from "./columns";
import { parseTypeLabel } from "./unitType";
import { FORM6_KEYS, FORM7_KEYS, type Form6Key, type Form7Key } from "./forms";
import { form6Key, form7Key } from "./rowLabels";

/** One figure cell of a form as read: where it is, what it holds. */
export interface FormCell {
  at: CellRef;
  cell: ParsedCell;
}

/** A Biểu 6 or Biểu 7 sheet as read: its columns by type and its lines by indicator. */
export interface OfficialSheet {
  form: 6 | 7;
  organisation: OrgName | null;
  year: number | null;
  /** Older Biểu 7A/7B print a Tỷ lệ (%) column beside Tổng số; it is read past, not summed. */
  percentColumn: number | null;
  columns: Partial<Record<ColumnId, number>>;
  /** The figure cells, by line and column; a line or column the sheet lacks is absent. */
  lines: Partial<
    Record<Form6Key | Form7Key, { row: number; label: string; cells: Partial<Record<ColumnId, FormCell>> }>
  >;
}

const TITLE6 = /thong ke .*chat luong to chuc (co so )?dang|bieu so 6\b/;
const TITLE7 = /thong ke .*(danh gia|xep loai) .*chat luong dang vien|bieu so 7( ?[ab])?\b/;

/** A cheap look at the top rows' raw text: most sheets are not forms, and a Grid costs a decode. */
function mayBeForm(snapshot: SheetSnapshot): boolean {
  const rows = Array.isArray(snapshot.values) ? snapshot.values.slice(0, 15) : [];
  return rows.some(
    (row) =>
      Array.isArray(row) &&
      row.some(
        (v) =>
          typeof v === "string" &&
          /th[ốo]ng k[êe]|bi[ểe]u s[ốo]/i.test(v.normalize("NFC")) &&
          (TITLE6.test(foldKey(v)) || TITLE7.test(foldKey(v))),
      ),
  );
}

/**
 * Reads a sheet in the shape of Biểu 6 or 7 (REAL-FORMS.md §1), or `null` when it is not one.
 * `thorough` looks at the decoded text even when the raw text shows no title (a form typed in
 * TCVN3 or VNI): for sheets already known not to be level sheets, which are few.
 */
export function readOfficialSheet(snapshot: SheetSnapshot, thorough = false): OfficialSheet | null {
  if (!thorough && !mayBeForm(snapshot)) return null;
  const grid = new Grid(snapshot);
  const scanEnd = Math.min(grid.bottom, grid.top + 15);
  let form: 6 | 7 | null = null;
  for (let r = grid.top; r < scanEnd && form === null; r++)
    for (let c = grid.left; c < grid.right; c++) {
      const t = foldKey(grid.text(r, c));
      if (TITLE6.test(t)) form = 6;
      else if (TITLE7.test(t)) form = 7;
      if (form !== null) break;
    }
  if (form === null) return null;
  const header = findHeader(grid, scanEnd + 5);
  if (!header) return null;
  const title = readTitle(grid, header.top, grid.left, grid.right);
  const sheet: OfficialSheet = {
    form,
    organisation: title.organisation,
    year: title.year,
    percentColumn: header.percent,
    columns: header.columns,
    lines: {},
  };
  const keyOf = form === 6 ? form6Key() : form7Key();
  const valid: readonly string[] = form === 6 ? FORM6_KEYS : FORM7_KEYS;
  const next = (r: number) => grid.nextFilledRow(r, header.labelCol);
  for (let r = next(header.bottom + 1); r < grid.bottom; r = next(r + 1)) {
    const label = grid.textFilled(r, header.labelCol);
    if (!label) continue;
    const key = keyOf(foldKey(label));
    if (!key || !valid.includes(key) || sheet.lines[key]) continue;
    const cells: Partial<Record<ColumnId, FormCell>> = {};
    for (const [id, col] of Object.entries(header.columns) as [ColumnId, number][])
      cells[id] = { at: { row: r, col }, cell: parseCell(grid, r, col) };
    sheet.lines[key] = { row: r, label, cells };
  }
  return Object.keys(sheet.lines).length > 0 ? sheet : null;
}

interface Header {
  top: number;
  bottom: number;
  labelCol: number;
  columns: Partial<Record<ColumnId, number>>;
  percent: number | null;
}

/** The header band: the row with Tổng số and at least three type columns (with the row below, for groups). */
function findHeader(grid: Grid, limit: number): Header | null {
  for (let r = grid.top; r < Math.min(grid.bottom, limit); r++) {
    const columns: Partial<Record<ColumnId, number>> = {};
    let labelCol: number | null = null;
    let percent: number | null = null;
    let types = 0;
    let twoRows = false;
    for (let c = grid.left; c < grid.right; c++) {
      const upper = grid.textFilled(r, c);
      const lower = r + 1 < grid.bottom && grid.mergeAt(r, c)?.bottom !== r + 1 ? grid.textFilled(r + 1, c) : "";
      const u = foldKey(upper);
      if (labelCol === null && /^(tieu chi|chi tieu|noi dung|chi so)$/.test(u)) {
        labelCol = c;
        continue;
      }
      const l = foldKey(lower === upper ? "" : lower);
      const id = columnId(u, l);
      if (l && GROUP_WORDS.some(([re]) => re.test(u))) twoRows = true;
      if (id === "percent") percent ??= c;
      else if (id && columns[id] === undefined) {
        columns[id] = c;
        if (id !== "total") types++;
      }
    }
    if (columns.total === undefined || types < 3) continue;
    const bottom = twoRows ? r + 1 : r;
    return { top: r, bottom: skipNumbersRow(grid, bottom, columns), labelCol: labelCol ?? grid.left, columns, percent };
  }
  return null;
}

/** The header's column-number row ("1 | 2 = 3+4+… | 3 …") is part of the header. */
function skipNumbersRow(grid: Grid, bottom: number, columns: Partial<Record<ColumnId, number>>): number {
  const next = bottom + 1;
  const cols = Object.values(columns);
  const numbered = cols.filter((c) => /^\(?\d+\)?( ?= ?[\d+ ….]+)?$/.test(String(grid.value(next, c)).trim())).length;
  return numbered >= cols.length - 1 && cols.length > 0 ? next : bottom;
}

const GROUP_WORDS: [RegExp, GroupId][] = [
  [/su nghiep/, "service"],
  [/doanh nghiep/, "enterprise"],
];

/** A header cell as a column: Tổng số, a type, a part of a group, or a Tỷ lệ column. */
function columnId(upper: string, lower: string): ColumnId | "percent" | null {
  if (/^ty le/.test(upper) || /^ty le/.test(lower)) return "percent";
  const group = GROUP_WORDS.find(([re]) => re.test(upper))?.[1];
  if (group) {
    if (lower === "" || /^tong( so)?$/.test(lower) || /^cong$/.test(lower)) return group;
    return (
      parseTypeLabel(lower) ?? parseTypeLabel(`${group === "service" ? "don vi su nghiep" : "doanh nghiep"} ${lower}`)
    );
  }
  if (/^tong( so| cong)?$/.test(upper)) return "total";
  return parseTypeLabel(upper);
}
