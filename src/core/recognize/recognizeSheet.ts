import { RATINGS } from "../model/Rating";
import type { ColumnKey } from "../model/template";
import { DEFAULT_RULE_SET, ruleSetForYear, type RuleSet } from "../model/RuleSet";
import type { RecognizedSheet } from "../model/SheetModel";
import type { SheetSnapshot } from "../snapshot";
import { findHeader } from "./findHeader";
import { Grid } from "./Grid";
import { readRows } from "./readRows";
import { readTitle } from "./readTitle";
import { unreadColumns } from "./unreadColumns";

export interface RecognizeOptions {
  /** The evaluation year chosen by the user: it wins over the title's. */
  year?: number;
}

/** Turns one sheet snapshot into a level sheet, or says it is some other sheet. Never throws. */
export function recognizeSheet(sheet: SheetSnapshot, options: RecognizeOptions = {}): RecognizedSheet {
  const grid = new Grid(sheet);
  const header = findHeader(grid);
  if (!header) return { kind: "other", name: grid.name };
  settleRatingColumns(header.columns);
  const title = readTitle(grid, header.top, header.left, header.right);
  const dataTop = (header.numbersRow ?? header.bottom) + 1;
  const body = readRows(grid, header.columns, dataTop);
  let year: number | null = title.year;
  let ruleSet: RuleSet = DEFAULT_RULE_SET;
  let ruleSetSource: "title" | "option" | "dateLine" | "default" = "default";
  if (options.year !== undefined) {
    year = options.year;
    ruleSet = ruleSetForYear(options.year);
    ruleSetSource = "option";
  } else if (title.year !== null) {
    ruleSet = ruleSetForYear(title.year);
    ruleSetSource = "title";
  } else if (title.dateLine) {
    // Sheets are signed after the year they report: December → that year, January–June → the
    // year before (TPL-YEAR-UNKNOWN says so). Other months say nothing sure.
    const { year: y, month } = title.dateLine;
    const fromDate = month === 12 ? y : month >= 1 && month <= 6 ? y - 1 : null;
    if (fromDate !== null) {
      year = fromDate;
      ruleSet = ruleSetForYear(fromDate);
      ruleSetSource = "dateLine";
    }
  }
  return {
    kind: "level",
    name: grid.name,
    grid,
    columns: header.columns,
    duplicates: header.duplicates,
    header: {
      top: header.top,
      bottom: header.bottom,
      numbersRow: header.numbersRow,
      left: header.left,
      right: header.right,
    },
    oldHeader: header.oldHeader,
    title,
    year,
    ruleSet,
    ruleSetSource,
    rows: body.rows,
    totalRow: body.totalRow,
    ratingsOnly: MEMBER_KEYS.every((k) => header.columns[k] === undefined),
    groups: body.groups,
    shareRows: body.shareRows,
    unreadRows: body.unreadRows,
    unreadColumns: unreadColumns(grid, header.columns, header.duplicates, header, { top: dataTop, end: body.end }),
    tableEnd: body.tableEnd,
    ownRating: body.ownRating,
  };
}

/**
 * The rating columns as data: a sheet with only a self-rating column rates with it; a sheet with
 * ratings as marks (four code sub-columns) has its rating read from them, at the first one's place.
 */
function settleRatingColumns(columns: Partial<Record<ColumnKey, number>>): void {
  if (columns.unitRating === undefined && columns.selfRating !== undefined) {
    columns.unitRating = columns.selfRating;
    delete columns.selfRating;
  }
  const marks = RATINGS.map((r) => columns[`mark.${r}`]).filter((c): c is number => c !== undefined);
  if (columns.unitRating === undefined && marks.length > 0) columns.unitRating = Math.min(...marks);
}

const MEMBER_KEYS: readonly ColumnKey[] = [
  "members",
  "subject",
  "rated",
  "notRated",
  "excellent",
  "good",
  "complete",
  "fail",
];
