import type { ColumnKey } from "../model/template";
import type { LevelSheet, UnitRow } from "../model/SheetModel";
import { countValue } from "../recognize/parseCell";
import { FIGURE_KEYS, figuresOfRow, impossibility, type FigureKey } from "../rollup/Figures";
import { columnLetters } from "../issues/a1";
import { makeIssue, rowRange, type SheetRule } from "./Rule";

/**
 * SUM-IMPOSSIBLE: figures the engine would use that cannot be (a negative derived count, rated
 * above subject, a rating above rated: a share over 100%) on most rows or from a derived figure.
 * Once per sheet, at the first such row,
 * naming the columns it read, since a column taken for another is the usual cause. The rollup
 * makes such figures unknown (saneFigures): nothing impossible is written to a summary.
 */
export const sumImpossible: SheetRule = {
  id: "SUM-IMPOSSIBLE",
  needs: [],
  check(sheet) {
    const has = (key: FigureKey) => sheet.columns[key] !== undefined;
    let first: { row: number; unit: string; what: NonNullable<ReturnType<typeof impossibility>> } | null = null;
    let rows = 0;
    const typed = has("subject") && has("rated");
    for (const row of sheet.rows) {
      // With subject and rated typed, a cheap look at the counts clears the usual row.
      if (typed && plainlyPossible(row.cells)) continue;
      const what = impossibility(figuresOfRow(row.cells, has));
      if (!what) continue;
      rows++;
      first ??= { row: row.row, unit: row.unit, what };
    }
    if (!first) return [];
    // A single mistyped row is the row rules' (SUM-CATEGORIES, SUM-RATED); impossible figures on
    // most rows, or from a derived figure no row rule sees, point at how the columns were read.
    const derived = !has("subject") || !has("rated");
    if (!derived && rows * 2 < sheet.rows.length) return [];
    const involved: FigureKey[] =
      first.what.kind === "negative"
        ? FIGURE_KEYS.filter(
            (k) => has(k) && ["members", "exempt", "suspended", "newMembers", "rated", "notRated"].includes(k),
          )
        : first.what.kind === "ratedAboveSubject"
          ? (["subject", "rated", "notRated", "members"] as FigureKey[]).filter(has)
          : (["rated", "excellent", "good", "complete", "fail"] as FigureKey[]).filter(has);
    return [
      makeIssue(
        "SUM-IMPOSSIBLE",
        sheet.name,
        { range: rowRange(sheet, first.row) },
        { unit: first.unit, what: first.what, rows, columns: involved.map((k) => describeColumn(sheet, k)) },
      ),
    ];
  },
};

/** A column as the sheet heads it: the key it was read as, its letter and its header text. */
function describeColumn(sheet: LevelSheet, key: ColumnKey): { key: ColumnKey; letter: string; header: string } {
  const col = sheet.columns[key]!;
  const parts: string[] = [];
  for (let r = sheet.header.top; r <= sheet.header.bottom; r++) {
    const t = sheet.grid.textFilled(r, col).replace(/\n/g, " ");
    if (t !== "" && !parts.includes(t)) parts.push(t);
  }
  return { key, letter: columnLetters(col), header: parts.join(" / ") };
}

/** Rated within subject and every rating within rated, read straight from the cells. */
function plainlyPossible(cells: UnitRow["cells"]): boolean {
  const subject = countValue(cells.subject);
  const rated = countValue(cells.rated);
  if (subject === null || rated === null || rated > subject) return false;
  const e = countValue(cells.excellent) ?? 0;
  const g = countValue(cells.good) ?? 0;
  return e + g <= rated && (countValue(cells.complete) ?? 0) <= rated && (countValue(cells.fail) ?? 0) <= rated;
}
