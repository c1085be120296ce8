import type { Issue } from "../issues/Issue";
import type { UnitRow } from "../model/SheetModel";
import { foldKey } from "../text/foldKey";
import { parseRating } from "../text/parseRating";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/**
 * A unit is new when it was *thành lập* (set up) under 6 months ago. "Chưa đủ 6 tháng" alone is
 * about members ("3 đồng chí mới kết nạp chưa đủ 6 tháng", REAL-FORMS §2), not about the unit.
 */
const NEW = /moi thanh lap|thanh lap (chua du|duoi|chua duoc) ?6 thang|thanh lap chua du/;

/** A unit marked new (set up under 6 months ago) in its name, type or note. */
export function isMarkedNew(row: UnitRow): boolean {
  for (const c of [row.unit, row.cells.unitType, row.cells.note]) {
    const t = typeof c === "string" ? c : c?.kind === "text" ? c.text : "";
    // Fold only a text that may say so: most names mention neither a founding nor six months.
    if (t && MAY_SAY_NEW.test(t) && NEW.test(foldKey(t))) return true;
  }
  return false;
}

const MAY_SAY_NEW = /l[ậa]p|th[áa]ng/i;

/** ORG-NEW-RATED: a unit marked new (under 6 months) carries a rating. */
export const orgNewRated: SheetRule = {
  id: "ORG-NEW-RATED",
  needs: ["unitRating"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      if (!isMarkedNew(row)) continue;
      const cell = row.cells.unitRating;
      const reading = cell?.kind === "text" ? parseRating(cell.text) : null;
      if (reading?.kind !== "rating") continue;
      issues.push(
        makeIssue(
          "ORG-NEW-RATED",
          sheet.name,
          { cell: cellOf(sheet, row.row, "unitRating")! },
          { unit: row.unit, rating: reading.rating },
        ),
      );
    }
    return issues;
  },
};
