import type { Issue } from "../issues/Issue";
import { rowLevel } from "../model/rowLevel";
import type { UnitRow } from "../model/SheetModel";
import { countValue } from "../recognize/parseCell";
import { parseRating } from "../text/parseRating";
import { cellOf, makeIssue, rowRange, type SheetRule } from "./Rule";
import { quotaLimit } from "./quota";

/**
 * QUOTA-UNITS: chi bộ rated HTXSNV above the cap in their TCCSĐ, and TCCSĐ in their parent.
 * Counted from the rows' own ratings, and from the organisation blocks of a summary sheet.
 */
export const quotaUnits: SheetRule = {
  id: "QUOTA-UNITS",
  needs: [],
  check(sheet, settings) {
    const quota = settings.quota(sheet.ruleSet);
    const issues: Issue[] = [];
    const level = rowLevel(sheet);
    if (sheet.columns.unitRating !== undefined && (level === "cell" || level === "grassroots")) {
      // QĐ 366 counts the cap within groups of comparable units where the sheet groups them.
      const grouped = sheet.ruleSet === "QD366" && sheet.groups.some((g) => g.units.length > 0);
      const sets: { group?: string; rows: readonly UnitRow[]; row: number | null }[] = grouped
        ? sheet.groups
            .filter((g) => g.units.length > 0)
            .map((g) => ({ group: g.label, rows: allRows(g.units), row: g.row }))
        : [{ rows: sheet.rows, row: sheet.totalRow?.row ?? null }];
      for (const set of sets) {
        let excellent = 0;
        let good = 0;
        for (const row of set.rows) {
          if (row.sectionRows) continue; // a đảng bộ bộ phận is no chi bộ; its chi bộ are counted
          const cell = row.cells.unitRating;
          const reading = cell?.kind === "text" ? parseRating(cell.text) : null;
          if (reading?.kind !== "rating") continue;
          if (reading.rating === "excellent") excellent++;
          if (reading.rating === "good") good++;
        }
        const q = quotaLimit(quota, excellent, good, false);
        if (excellent <= q.limit) continue;
        const where =
          set.row !== null
            ? { range: rowRange(sheet, set.row) }
            : { cell: { row: sheet.header.top, col: sheet.columns.unitRating } };
        issues.push(
          makeIssue("QUOTA-UNITS", sheet.name, where, {
            unit: sheet.title.organisation?.display ?? sheet.name,
            ...(set.group !== undefined ? { group: set.group } : {}),
            level: level === "cell" ? "cells" : "grassroots",
            ...q,
            actual: excellent,
          }),
        );
      }
    }
    for (const block of ["cells", "grassroots"] as const) {
      if (sheet.columns[`${block}.excellent`] === undefined || sheet.columns[`${block}.good`] === undefined) continue;
      for (const row of sheet.rows) {
        const excellent = countValue(row.cells[`${block}.excellent`]);
        const good = countValue(row.cells[`${block}.good`]);
        if (excellent === null || good === null) continue;
        const q = quotaLimit(quota, excellent, good, false);
        if (excellent <= q.limit) continue;
        issues.push(
          makeIssue(
            "QUOTA-UNITS",
            sheet.name,
            { cell: cellOf(sheet, row.row, `${block}.excellent`)! },
            { unit: row.unit, level: block, ...q, actual: excellent },
          ),
        );
      }
    }
    return issues;
  },
};

/** A group's rows with the chi bộ of its đảng bộ bộ phận. */
function allRows(units: readonly UnitRow[]): UnitRow[] {
  return units.flatMap((u) => [u, ...(u.sectionRows ?? [])]);
}
