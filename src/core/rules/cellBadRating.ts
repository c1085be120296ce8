import type { Issue } from "../issues/Issue";
import { parseRating } from "../text/parseRating";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/** CELL-BAD-RATING: a rating cell holds none of the four ratings or their accepted forms. */
export const cellBadRating: SheetRule = {
  id: "CELL-BAD-RATING",
  needs: ["unitRating"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      const cell = row.cells.unitRating;
      if (!cell || cell.kind === "blank" || cell.kind === "error") continue;
      const text = cell.kind === "text" || cell.kind === "numberText" ? cell.text : String(cell.value);
      const reading = parseRating(text);
      // Old labels are TPL-OLD-CATEGORIES, once per sheet, not an issue per cell.
      if (reading.kind === "rating" || reading.kind === "unrated" || reading.kind === "old") continue;
      issues.push(
        makeIssue(
          "CELL-BAD-RATING",
          sheet.name,
          { cell: cellOf(sheet, row.row, "unitRating")! },
          { column: "unitRating", unit: row.unit, text },
        ),
      );
    }
    return issues;
  },
};
