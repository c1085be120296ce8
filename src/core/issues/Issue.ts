import type { CellRef, HostNote, RangeRef } from "../snapshot";
import type { ColumnKey } from "../model/template";
import type { RuleSet } from "../model/RuleSet";
import type { LegacyEncoding } from "../text/legacyEncoding";
import type { Rating } from "../model/Rating";
import type { Impossible } from "../rollup/Figures";

export type Severity = "error" | "warning" | "info";

/** The quota's base: members (or units) rated exactly HTTNV, or HTTNV and above. */
export type QuotaBase = "good" | "goodOrAbove";

interface RowParams {
  /** The row's unit as typed ("" when its name is empty). */
  unit: string;
}
interface CellParams extends RowParams {
  column: ColumnKey;
}

/** Each rule's typed parameters. The list of rule IDs is derived from this map. */
export interface IssueParams {
  "TPL-NOT-TEMPLATE": Record<string, never>;
  "TPL-HEADER-MISSING": { column: ColumnKey };
  "TPL-HEADER-DUPLICATE": { column: ColumnKey; cols: number[] };
  "TPL-NO-TOTAL-ROW": Record<string, never>;
  "TPL-UNIT-DUPLICATE": RowParams & { firstRow: number };
  "TPL-LEGACY-ENCODING": { encoding: LegacyEncoding; cells: number; from: string; to: string };
  "TPL-OLD-CATEGORIES": { text: string };
  /** `dateLine`: the year was taken from the date line (its text and month); absent: the default set. */
  "TPL-YEAR-UNKNOWN": { ruleSet: RuleSet; dateLine?: { year: number; month: number; text: string } };
  "CELL-REQUIRED": CellParams;
  "CELL-NUMBER-AS-TEXT": CellParams & { text: string; parsed: number };
  "CELL-NOT-NUMBER": CellParams & { text: string };
  "CELL-NOT-WHOLE": CellParams & { actual: number; suggestion: number | null };
  "CELL-NEGATIVE": CellParams & { actual: number };
  "CELL-ERROR-VALUE": CellParams & { code: string };
  "CELL-BAD-RATING": CellParams & { text: string };
  "SUM-SUBJECT": RowParams & {
    expected: number;
    actual: number;
    members: number;
    exempt: number;
    suspended: number;
    newMembers: number;
  };
  "SUM-RATED": RowParams & { expected: number; actual: number; subject: number; notRated: number };
  "SUM-CATEGORIES": RowParams & {
    expected: number;
    actual: number;
    excellent: number;
    good: number;
    complete: number;
    fail: number;
  };
  "SUM-REASON": RowParams & { notRated: number };
  "SUM-DISCIPLINED": RowParams & { disciplined: number; limit: number };
  /** `group`: the group whose typed subtotal is wrong (its heading or label); absent for the total. */
  "SUM-TOTAL-ROW": { column: ColumnKey; expected: number; actual: number; group?: string };
  "PCT-MISMATCH": CellParams & { expected: number; actual: number; decimals: number };
  "PCT-OVER-100": CellParams & { actual: number };
  "QUOTA-MEMBERS": RowParams & { base: QuotaBase; baseCount: number; cap: number; limit: number; actual: number };
  /** `group`: under QĐ 366, the group of comparable units the cap was counted in (a group heading). */
  "QUOTA-UNITS": RowParams & {
    group?: string;
    level: "cells" | "grassroots";
    base: QuotaBase;
    baseCount: number;
    cap: number;
    limit: number;
    actual: number;
  };
  "ORG-EXCELLENT-WITH-FAIL": RowParams & { fail: number };
  "ORG-EXCELLENT-BELOW-80": RowParams & { goodOrAbove: number; rated: number; share: number };
  "ORG-PARENT-EXCELLENT": RowParams & { failing: string[]; goodOrAbove: number; rated: number; share: number };
  "ORG-NEW-RATED": RowParams & { rating: Rating };
  "ORG-FAIL-DISCIPLINED": RowParams & { disciplined: number; fail: number };
  "HIER-NOT-REPORTED": RowParams & { parent: string };
  "HIER-UNKNOWN-UNIT": RowParams;
  "HIER-CHILD-MISMATCH": RowParams & { column: ColumnKey; expected: number; actual: number; childSheet: string };
  "HIER-CELL-COUNT": RowParams & { expected: number; actual: number };
  "HIER-DOUBLE-COUNT": RowParams & { otherParent: string };
  "HIER-AMBIGUOUS": RowParams & { otherSheet: string };
  "HIER-CYCLE": RowParams & { parent: string };
  "HIER-NO-PARENT": RowParams;
  "HOST-SHEET-SKIPPED": { reason: HostNote["reason"] };
  "OFF-TYPE-UNKNOWN": { units: string[] };
  "OFF-BLOCK-SUM": OfficialCellParams & { expected: number; actual: number };
  "OFF-RATED-SUM": OfficialCellParams & { expected: number; actual: number };
  "OFF-TYPE-SUM": OfficialCellParams & { expected: number; actual: number; parts: string };
  "OFF-PART-OVER": OfficialCellParams & { whole: number; actual: number };
  "OFF-NOT-NUMBER": OfficialCellParams & { text: string };
  "OFF-MISMATCH": RowParams & { row: string; expected: number; actual: number };
  "PREV-EXCELLENT-FAIL-TWICE": RowParams & { fail: number };
  "PREV-MEMBER-JUMP": RowParams & { before: number; now: number; admitted: number };
  /** `label`: the row's leading text; `numbers`: how many numeric cells it holds, `sum` their sum. */
  "TPL-ROW-UNREAD": {
    label: string;
    numbers: number;
    sum: number;
    reason: "afterTotal" | "afterTable" | "secondTable";
  };
  /** `header`: the column's header as typed ("" when empty). */
  "TPL-COLUMN-UNREAD": { header: string; numbers: number; sum: number };
  /** `meant`: the code the misspelling is read as. */
  "CELL-RATING-TYPO": CellParams & { text: string; meant: string };
  /** `sections`: how many chi bộ rows the đảng bộ bộ phận has. */
  "HIER-SECTION-SUM": CellParams & { expected: number; actual: number; sections: number };
  /** `rows`: how many unit rows are impossible; `columns`: the columns read, as the sheet heads them. */
  /** `cells`: how many formulas have no result and could not be computed. */
  "CELL-NOT-CALCULATED": { cells: number };
  "ORG-RATING-DIFFERS": RowParams & { self: string; decided: string };
  "HIER-SAME-NAME": RowParams & { otherParent: string };
  "TPL-NO-ORGANISATION": { sheetName: string };
  "SUM-IMPOSSIBLE": RowParams & {
    what: Impossible;
    rows: number;
    columns: { key: ColumnKey; letter: string; header: string }[];
  };
}

/** A cell of Biểu 6 or 7: its row's label and its column's (type) label, as printed. */
interface OfficialCellParams {
  row: string;
  column: string;
}

export type RuleId = keyof IssueParams;

interface IssueBase<R extends RuleId> {
  rule: R;
  severity: Severity;
  sheet: string;
  /** The workbook the sheet belongs to, when several are read together. */
  workbook?: string;
  /** The one cell the issue is about, if there is one. */
  cell?: CellRef;
  /** The row or block the issue is about. */
  range?: RangeRef;
  params: IssueParams[R];
}

/** An issue: plain data, keyed by rule ID. Messages are rendered from it by describeIssue. */
export type Issue = { [R in RuleId]: IssueBase<R> }[RuleId];

export type IssueOf<R extends RuleId> = IssueBase<R>;
