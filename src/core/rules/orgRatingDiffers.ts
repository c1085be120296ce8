import type { Issue } from "../issues/Issue";
import { RATING_CODES } from "../model/Rating";
import { parseRating } from "../text/parseRating";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/**
 * ORG-RATING-DIFFERS: beside the superior's decision (the rating that counts), the unit's own
 * self-rating says otherwise. A notice: the decision is used.
 */
export const orgRatingDiffers: SheetRule = {
  id: "ORG-RATING-DIFFERS",
  needs: ["unitRating", "selfRating"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      const own = row.cells.selfRating;
      const decided = row.cells.unitRating;
      const a = own?.kind === "text" ? parseRating(own.text) : null;
      const b = decided?.kind === "text" ? parseRating(decided.text) : null;
      if (a?.kind !== "rating" || b?.kind !== "rating" || a.rating === b.rating) continue;
      issues.push(
        makeIssue(
          "ORG-RATING-DIFFERS",
          sheet.name,
          { cell: cellOf(sheet, row.row, "unitRating")! },
          { unit: row.unit, self: RATING_CODES[a.rating], decided: RATING_CODES[b.rating] },
        ),
      );
    }
    return issues;
  },
};
