import type { CellRef, RangeRef } from "../snapshot";
import type { Grid } from "../recognize/Grid";
import type { ColumnKey } from "./template";
import type { Level, OrgName } from "./OrgName";
import type { RatingReading } from "../text/parseRating";
import type { RuleSet } from "./RuleSet";
import type { OfficialRead } from "../official/readOfficial";

/** A cell of a unit row as the engine reads it. */
export type ParsedCell =
  | { kind: "blank" }
  /** A number stored as a number. `decimals` is the precision it is shown at. */
  | { kind: "number"; value: number; decimals: number; percentFormat: boolean }
  /** Text that reads as a number the Vietnamese way (`3.675`, `91,56`, `12 `). */
  | { kind: "numberText"; value: number; decimals: number; percent: boolean; text: string }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string }
  | { kind: "boolean"; value: boolean };

export interface TableRow {
  /** Absolute row. */
  row: number;
  cells: Partial<Record<ColumnKey, ParsedCell>>;
}

export interface UnitRow extends TableRow {
  /** The unit's name as typed (decoded, NFC); "" when the name cell is empty. */
  unit: string;
  /** The name's comparison key (see orgKey). */
  unitKey: string;
  /** The level the name itself says ("Chi bộ …" a cell, "Đảng bộ xã …" grassroots), if any. */
  unitLevel: Level | null;
}

export interface OwnRating {
  reading: RatingReading;
  text: string;
  cell: CellRef;
  /** "tự xếp loại" (the organisation's own) or "đề nghị" (proposed). */
  proposed: boolean;
}

/** A recognised level sheet: one organisation, one row per child unit. */
export interface LevelSheet {
  kind: "level";
  name: string;
  grid: Grid;
  /** Absolute column of each recognised key; the first column when a key is duplicated. */
  columns: Partial<Record<ColumnKey, number>>;
  duplicates: { key: ColumnKey; cols: number[] }[];
  /** Header band, absolute rows, inclusive; and the row of column numbers under it, if any. */
  header: { top: number; bottom: number; numbersRow: number | null; left: number; right: number };
  /** A header label with pre-2018 categories, if any. */
  oldHeader: CellRef | null;
  title: {
    parent: OrgName | null;
    organisation: OrgName | null;
    year: number | null;
    yearCell: CellRef | null;
    /** The title says the rows are chi bộ cơ sở (TCCSĐ), as in a district's "… CÁC CHI BỘ CƠ SỞ". */
    rowsAreGrassroots: boolean;
  };
  year: number | null;
  ruleSet: RuleSet;
  /** Where the rule set came from. */
  ruleSetSource: "title" | "option" | "default";
  rows: UnitRow[];
  totalRow: TableRow | null;
  /** Where the table ends (the row after the last unit or total row). */
  tableEnd: number;
  ownRating: OwnRating | null;
}

export interface OtherSheet {
  kind: "other";
  name: string;
  /** A "Danh mục đơn vị" sheet: the units expected to report (read at Tổng hợp), with their count. */
  unitList?: { units: number };
  /** A Biểu 6 or Biểu 7 (REAL-FORMS.md §1): checked by the OFF-* rules, summed at Tổng hợp. */
  official?: OfficialRead;
}

export type RecognizedSheet = LevelSheet | OtherSheet;

export type { RangeRef };
