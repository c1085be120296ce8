import { levelColumns, levelSheetLayout, firstDataRow, type LevelSheetInput, type RowValue } from "../../src/core/layout/levelSheetLayout";
import type { SheetLayout } from "../../src/core/layout/SheetLayout";
import type { ColumnKey } from "../../src/core/model/template";
import { columnLetters } from "../../src/core/issues/a1";
import type { CellFigures } from "./thoiLai";

const pct = (n: number, rated: number) => (rated === 0 ? 0 : Math.round((n / rated) * 10000) / 100);

/**
 * A unit row as staff fill it: counts typed, "subject" and "rated" as formulas over the row (so the
 * files carry formula cells with cached values), percentages typed at two decimals.
 */
export function formRow(c: CellFigures, sheetRow: number, letter: (key: ColumnKey) => string): Partial<Record<ColumnKey, RowValue | string | number | null>> {
  const r = sheetRow + 1;
  const notRated = c.notRated ?? 0;
  const subject = c.rated + notRated;
  const members = subject + c.exempt + c.suspended + c.newMembers;
  return {
    unit: c.name,
    members,
    exempt: c.exempt,
    suspended: c.suspended,
    newMembers: c.newMembers,
    subject: { value: subject, formula: `${letter("members")}${r}-${letter("exempt")}${r}-${letter("suspended")}${r}-${letter("newMembers")}${r}` },
    notRated,
    rated: { value: c.rated, formula: `${letter("subject")}${r}-${letter("notRated")}${r}` },
    excellent: c.excellent,
    excellentPct: pct(c.excellent, c.rated),
    good: c.good,
    goodPct: pct(c.good, c.rated),
    complete: c.complete,
    completePct: pct(c.complete, c.rated),
    fail: c.fail,
    failPct: pct(c.fail, c.rated),
    disciplined: c.disciplined,
    unitRating: c.rating,
  };
}

export interface FormSpec {
  sheetName: string;
  parent: string;
  organisation: string;
  year: number | null;
  titleSuffix?: string;
  unitLabel?: string;
  unitRatingLabel?: string;
  cells: CellFigures[];
  footer?: string[];
}

/** A level sheet as a TCCSĐ or a district fills it, in the familiar template. */
export function formLayout(spec: FormSpec): SheetLayout {
  const input: LevelSheetInput = {
    sheetName: spec.sheetName,
    parent: spec.parent,
    organisation: spec.organisation,
    year: spec.year,
    ...(spec.titleSuffix ? { titleSuffix: spec.titleSuffix } : {}),
    unitLabel: spec.unitLabel ?? "Tên chi bộ",
    unitRatingLabel: spec.unitRatingLabel ?? "Xếp loại chi bộ",
    blocks: [],
    percentStyle: "points",
    rows: [],
    totalRow: true,
    footer: spec.footer ?? [],
  };
  const columns = levelColumns(input);
  const letter = (key: ColumnKey) => columnLetters(columns.findIndex((c) => c.key === key));
  const first = firstDataRow(input);
  input.rows = spec.cells.map((c, i) => formRow(c, first + i, letter));
  return levelSheetLayout(input);
}
