import type { Issue } from "../issues/Issue";
import { RATING_CODES } from "../model/Rating";
import { parseRating } from "../text/parseRating";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/** CELL-RATING-TYPO: a rating typed with a known misspelling (`HTSXNV`): read as meant, noticed. */
export const cellRatingTypo: SheetRule = {
  id: "CELL-RATING-TYPO",
  needs: ["unitRating"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      const cell = row.cells.unitRating;
      if (!cell || cell.kind !== "text") continue;
      const reading = parseRating(cell.text);
      if (reading.kind !== "rating" || reading.typo === undefined) continue;
      issues.push(
        makeIssue(
          "CELL-RATING-TYPO",
          sheet.name,
          { cell: cellOf(sheet, row.row, "unitRating")! },
          { column: "unitRating", unit: row.unit, text: cell.text, meant: RATING_CODES[reading.rating] },
        ),
      );
    }
    return issues;
  },
};
