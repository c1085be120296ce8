import type { LayoutCell, SheetLayout } from "../layout/SheetLayout";
import { COUNT_FORMAT } from "../layout/SheetLayout";
import type { RangeRef } from "../snapshot";
import { columnLetters } from "../issues/a1";
import { FORM_COLUMNS, GROUP_LABELS, TOP_TYPES, isGroup, partsOf, type ColumnId, type GroupId } from "./columns";
import type { Fig, FormFigures } from "./forms";

/** One row of a form: a heading (no key) or a figure line. */
export interface FormRow<K extends string> {
  label: string;
  key?: K;
  bold?: boolean;
}

export interface FormHeader {
  sheetName: string;
  /** "HUYỆN ỦY THỚI LAI"; "" leaves the line for the clerk. */
  organisation: string;
  year: number | null;
  title: string;
  formNumber: string;
  unit: string;
}

/** Rows of the header block, the two header rows and the column-number row. */
export const FIRST_TABLE_ROW = 3;
export const FIRST_DATA_ROW = 6;
const LAST_COL = FORM_COLUMNS.length;
const WIDTHS = [46, 9, 7, 7, 7, 14, 10, 8, 8, 9, 8, 8, 8, 9, 9, 9, 12, 8, 11, 8];

/** The column of a form column (column A holds the row labels). */
export function columnOf(id: ColumnId): number {
  return FORM_COLUMNS.findIndex((c) => c.id === id) + 1;
}

/** "2 = 3+4+…": the column-number row as the forms print it. */
function numberLabel(id: ColumnId): string {
  const n = (c: ColumnId) => String(columnOf(c) + 1);
  if (id === "total") return `${n("total")} = ${TOP_TYPES.map(n).join("+")}`;
  if (isGroup(id)) return `${n(id)} = ${partsOf(id).map(n).join("+")}`;
  return n(id);
}

function sumFormula(ids: readonly ColumnId[], row: number): string {
  return ids.map((c) => `${columnLetters(columnOf(c))}${row + 1}`).join("+");
}

/**
 * Biểu 6 or 7 as a sheet: the header block (organisation, BAN TỔ CHỨC, title, Năm, Biểu số, Đvt),
 * the transposed table (rows are indicators, columns are types), and the footer for signatures.
 * Tổng số and each group's total are formulas over the type columns where those are all known,
 * each with its computed value; unknown figures are blank.
 */
export function formLayout<K extends string>(
  header: FormHeader,
  rows: readonly FormRow<K>[],
  figures: FormFigures<K>,
  /** Formulas that link a type cell to the summary sheets, where there are (add-in, browser). */
  links: ((column: ColumnId, key: K) => string | null) | null = null,
): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: RangeRef[] = [];
  const text = (row: number, col: number, value: string, extra: Partial<LayoutCell> = {}) =>
    cells.push({ row, col, value, ...extra });
  const merge = (top: number, left: number, bottom: number, right: number) => merges.push({ top, left, bottom, right });

  text(0, 0, header.organisation || "………………………", { align: "center" });
  text(1, 0, "BAN TỔ CHỨC", { bold: true, align: "center" });
  text(0, 1, header.title, { bold: true, align: "center", wrap: true });
  merge(0, 1, 0, LAST_COL - 4);
  text(1, 1, `Năm ${header.year ?? "……"}`, { bold: true, align: "center" });
  merge(1, 1, 1, LAST_COL - 4);
  text(0, LAST_COL - 3, header.formNumber, { bold: true, align: "right" });
  merge(0, LAST_COL - 3, 0, LAST_COL - 1);
  text(1, LAST_COL - 3, `Đvt: ${header.unit}`, { italic: true, align: "right" });
  merge(1, LAST_COL - 3, 1, LAST_COL - 1);

  const top = FIRST_TABLE_ROW;
  const head = { bold: true, header: true, border: true, align: "center" as const, wrap: true };
  text(top, 0, "Tiêu chí", head);
  merge(top, 0, top + 1, 0);
  const groupsDone = new Set<GroupId>();
  FORM_COLUMNS.forEach((c, i) => {
    const col = i + 1;
    const group: GroupId | undefined = c.partOf ?? (isGroup(c.id) ? c.id : undefined);
    if (!group) {
      text(top, col, c.label, head);
      text(top + 1, col, "", head);
      merge(top, col, top + 1, col);
    } else {
      if (!groupsDone.has(group)) {
        groupsDone.add(group);
        text(top, col, GROUP_LABELS[group], head);
        merge(top, col, top, col + partsOf(group).length);
      } else text(top, col, "", head);
      text(top + 1, col, c.label, head);
    }
    text(top + 2, col, numberLabel(c.id), { italic: true, border: true, align: "center" });
  });
  text(top + 2, 0, "1", { italic: true, border: true, align: "center" });

  rows.forEach((spec, i) => {
    const row = FIRST_DATA_ROW + i;
    text(row, 0, spec.label, { border: true, wrap: true, ...(spec.bold ? { bold: true } : {}) });
    FORM_COLUMNS.forEach((c, j) => {
      const col = j + 1;
      const base: LayoutCell = { row, col, value: null, border: true, numFmt: COUNT_FORMAT };
      if (!spec.key) return void cells.push(base);
      const vector = (id: ColumnId): Fig => figures[id][spec.key!];
      const value = vector(c.id);
      const parts: readonly ColumnId[] = c.id === "total" ? TOP_TYPES : isGroup(c.id) ? partsOf(c.id) : [];
      // A zero stays a plain 0: ExcelJS reads a formula's cached 0 back as no value at all.
      const formula = parts.length > 0 && value !== null && value !== 0 && parts.every((p) => vector(p) !== null);
      const link = !formula && value !== null && value !== 0 ? links?.(c.id, spec.key) : null;
      cells.push({
        ...base,
        value,
        ...(formula ? { formula: sumFormula(parts, row) } : link ? { formula: link } : {}),
        ...(spec.bold ? { bold: true } : {}),
      });
    });
  });

  const foot = FIRST_DATA_ROW + rows.length + 1;
  text(foot, LAST_COL - 7, "……………, ngày …… tháng …… năm ……", { italic: true, align: "center" });
  merge(foot, LAST_COL - 7, foot, LAST_COL - 1);
  text(foot + 1, 0, "NGƯỜI LẬP BIỂU", { bold: true, align: "center" });
  text(foot + 2, 0, "(ký, ghi rõ họ tên)", { italic: true, align: "center" });
  text(foot + 1, LAST_COL - 7, "TRƯỞNG BAN", { bold: true, align: "center" });
  merge(foot + 1, LAST_COL - 7, foot + 1, LAST_COL - 1);
  text(foot + 2, LAST_COL - 7, "(ký, đóng dấu)", { italic: true, align: "center" });
  merge(foot + 2, LAST_COL - 7, foot + 2, LAST_COL - 1);

  return {
    name: header.sheetName,
    cells,
    merges,
    columnWidths: WIDTHS,
    frozenRows: FIRST_DATA_ROW,
    // 20 columns, 215 characters wide (≈1.200 pt): on A4 landscape (≈740 pt printable) one page wide
    // shrinks 12 pt text to ≈7,4 pt, under the 8 pt that stays legible; on A3 (≈1.090 pt) to ≈11 pt.
    paper: "A3",
  };
}
