import { parseRating } from "../text/parseRating";
import { makeIssue, type SheetRule } from "./Rule";

/**
 * ORG-PARENT-EXCELLENT (HD21): an organisation rated or proposed HTXSNV (the line under its table)
 * has a child rated KHTNV, or fewer than 80% of its children at HTTNV or above. The rollup also
 * runs it where the children's ratings come from their own sheets.
 */
export const orgParentExcellent: SheetRule = {
  id: "ORG-PARENT-EXCELLENT",
  needs: ["unitRating"],
  check(sheet) {
    const own = sheet.ownRating;
    if (!own || own.reading.kind !== "rating" || own.reading.rating !== "excellent") return [];
    const failing: string[] = [];
    let rated = 0;
    let goodOrAbove = 0;
    for (const row of sheet.rows) {
      const cell = row.cells.unitRating;
      const reading = cell?.kind === "text" ? parseRating(cell.text) : null;
      if (reading?.kind !== "rating") continue;
      rated++;
      if (reading.rating === "excellent" || reading.rating === "good") goodOrAbove++;
      if (reading.rating === "fail") failing.push(row.unit);
    }
    if (rated === 0 || (failing.length === 0 && 5 * goodOrAbove >= 4 * rated)) return [];
    return [
      makeIssue(
        "ORG-PARENT-EXCELLENT",
        sheet.name,
        { cell: own.cell },
        {
          unit: sheet.title.organisation?.display ?? sheet.name,
          failing,
          goodOrAbove,
          rated,
          share: goodOrAbove / rated,
        },
      ),
    ];
  },
};
