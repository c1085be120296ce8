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
  /**
   * The row of the đảng bộ bộ phận this chi bộ belongs to (REAL-FORMS §2: numbered `18.1` or
   * written `- Chi bộ …` under it); such rows are not summed into the total, their section is.
   */
  section?: UnitRow;
  /** On a đảng bộ bộ phận's row: its chi bộ rows. Its own figures must be their sum (HIER-SECTION-SUM). */
  sectionRows?: UnitRow[];
  /** The group heading the row stands under ("" when none): a name may repeat under two groups. */
  scope: string;
}

/**
 * A group of unit rows: under a heading (`I. Khối xã`, `Khu vực xã A (cũ)`) and/or closed by a
 * `Cộng` row. Its typed figures (on the heading row, on the `Cộng` row) are checked against its
 * units; its units are counted once, as units.
 */
export interface RowGroup {
  /** The heading's text, or the subtotal's label when the group has no heading. */
  label: string;
  /** The heading row, or the subtotal row when there is no heading. Absolute. */
  row: number;
  units: UnitRow[];
  /** Rows typing the group's sums: the heading row when it holds numbers, the `Cộng` row. */
  checks: TableRow[];
}

/** A row holding figures that the engine does not read (TPL-ROW-UNREAD). */
export interface UnreadRow {
  row: number;
  /** Its leading text ("" when none). */
  label: string;
  /**
   * Below the total row, outside the table (below the notes, after a long blank run), or in a
   * second table on the sheet (under its header repeated lower down).
   */
  reason: "afterTotal" | "afterTable" | "secondTable";
}

/** A column with numbers under a header that matched no known label (TPL-COLUMN-UNREAD). */
export interface UnreadColumn {
  col: number;
  /** The header's text as typed, "" when the header cell is empty. */
  header: string;
  /** Rows of the table where the column holds a number (for the range). */
  top: number;
  bottom: number;
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
    dateLine: { year: number; month: number; text: string; cell: CellRef } | null;
    /** The title says the rows are chi bộ cơ sở (TCCSĐ), as in a district's "… CÁC CHI BỘ CƠ SỞ". */
    rowsAreGrassroots: boolean;
  };
  year: number | null;
  ruleSet: RuleSet;
  /** Where the rule set came from. */
  ruleSetSource: "title" | "option" | "dateLine" | "default";
  rows: UnitRow[];
  totalRow: TableRow | null;
  /**
   * The sheet rates organisations only (no member column): its members' figures are on another
   * sheet of the same organisation, which it complements (and which gives the figures).
   */
  ratingsOnly: boolean;
  /** Groups of unit rows with their typed subtotals; empty when the sheet has none. */
  groups: RowGroup[];
  /** Rows of shares beside a total ("Tỷ lệ %"): read as labels of the counts, never summed. */
  shareRows: TableRow[];
  /** Rows with figures that are neither units, groups, shares nor the total. */
  unreadRows: UnreadRow[];
  /** Columns with numbers under no known header. */
  unreadColumns: UnreadColumn[];
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
