import type { Issue } from "../issues/Issue";
import { cellOf, makeIssue, unitOf, type SheetRule } from "./Rule";
import { exactPercent, PERCENT_COLUMNS, percentMatches, percentReading } from "./percent";
import { tableRows } from "./tableRows";

/** PCT-MISMATCH: a typed percentage is neither the exact value rounded nor truncated at the precision it shows. */
export const pctMismatch: SheetRule = {
  id: "PCT-MISMATCH",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    const present = PERCENT_COLUMNS.filter((p) => sheet.columns[p.pct] !== undefined);
    for (const row of tableRows(sheet)) {
      for (const { pct, count, base } of present) {
        const typed = percentReading(row.cells[pct]);
        if (!typed || typed.value < 0 || typed.value > 100 + 1e-9) continue; // PCT-OVER-100's
        const exact = exactPercent(row, count, base);
        if (exact === null) continue;
        if (percentMatches(typed.value, typed.decimals, exact)) continue;
        // A share typed as a fraction (0,9156) without a percentage format.
        if (typed.value <= 1 && percentMatches(typed.value * 100, Math.max(0, typed.decimals - 2), exact)) continue;
        issues.push(
          makeIssue(
            "PCT-MISMATCH",
            sheet.name,
            { cell: cellOf(sheet, row.row, pct)! },
            { column: pct, unit: unitOf(row), expected: exact, actual: typed.value, decimals: typed.decimals },
          ),
        );
      }
    }
    return issues;
  },
};
