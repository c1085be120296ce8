import type { Issue } from "../issues/Issue";
import { countValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";
import { excellentCells } from "./ratedExcellent";

/** ORG-EXCELLENT-BELOW-80 (HD21): a chi bộ rated HTXSNV has fewer than 80% of rated members at HTTNV or above. */
export const orgExcellentBelow80: SheetRule = {
  id: "ORG-EXCELLENT-BELOW-80",
  needs: ["unitRating", "rated", "excellent", "good"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of excellentCells(sheet)) {
      const rated = countValue(row.cells.rated);
      const excellent = countValue(row.cells.excellent);
      const good = countValue(row.cells.good);
      if (rated === null || excellent === null || good === null || rated === 0) continue;
      const goodOrAbove = excellent + good;
      // Compared in whole numbers: 5 × goodOrAbove < 4 × rated means under 80%.
      if (5 * goodOrAbove >= 4 * rated) continue;
      issues.push(
        makeIssue(
          "ORG-EXCELLENT-BELOW-80",
          sheet.name,
          { cell: cellOf(sheet, row.row, "unitRating")! },
          { unit: row.unit, goodOrAbove, rated, share: goodOrAbove / rated },
        ),
      );
    }
    return issues;
  },
};
