import type { Issue } from "../../src/core/issues/Issue";
import type { LevelSheet } from "../../src/core/model/SheetModel";

/** The accounting of one sheet's numbers: all of them, the ones used, the ones reported, the rest. */
export interface Accounting {
  /** Sum and count of every number cell under the header. */
  all: { sum: number; cells: number };
  used: { sum: number; cells: number };
  reported: { sum: number; cells: number };
  /** Number cells neither used nor reported: must always be empty. */
  lost: string[];
}

/**
 * Accounts for every number under a level sheet's header (the principle of issue 10): each is
 * used (a cell of a unit, group, share or total row in a recognised column, a row number) or
 * covered by an issue that reports it (TPL-ROW-UNREAD, TPL-COLUMN-UNREAD, TPL-HEADER-DUPLICATE).
 */
export function accountSheet(sheet: LevelSheet, issues: readonly Issue[]): Accounting {
  const { grid } = sheet;
  const dataTop = (sheet.header.numbersRow ?? sheet.header.bottom) + 1;
  const recognised = new Set(Object.values(sheet.columns));
  const readRows = new Set<number>([
    ...sheet.rows.map((r) => r.row),
    ...sheet.groups.flatMap((g) => g.checks.map((c) => c.row)),
    ...sheet.shareRows.map((r) => r.row),
    ...(sheet.totalRow ? [sheet.totalRow.row] : []),
  ]);
  const mine = issues.filter((i) => i.sheet === sheet.name);
  const reportedCell = (r: number, c: number) =>
    mine.some((i) => {
      if (i.rule === "TPL-HEADER-DUPLICATE") return i.params.cols.slice(1).includes(c);
      if (i.rule !== "TPL-ROW-UNREAD" && i.rule !== "TPL-COLUMN-UNREAD") return false;
      const g = i.range;
      return !!g && r >= g.top && r <= g.bottom && c >= g.left && c <= g.right;
    });
  const acc: Accounting = {
    all: { sum: 0, cells: 0 },
    used: { sum: 0, cells: 0 },
    reported: { sum: 0, cells: 0 },
    lost: [],
  };
  for (let r = dataTop; r < grid.bottom; r++) {
    for (let c = grid.left; c < grid.right; c++) {
      const v = grid.value(r, c);
      if (grid.type(r, c) !== "number" || typeof v !== "number") continue;
      acc.all.sum += v;
      acc.all.cells++;
      const used = (readRows.has(r) && recognised.has(c)) || c === sheet.columns.stt;
      if (used) {
        acc.used.sum += v;
        acc.used.cells++;
      } else if (reportedCell(r, c)) {
        acc.reported.sum += v;
        acc.reported.cells++;
      } else acc.lost.push(`${sheet.name}!R${r + 1}C${c + 1}=${v}`);
    }
  }
  return acc;
}
