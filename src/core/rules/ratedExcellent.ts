import type { UnitRow, LevelSheet } from "../model/SheetModel";
import { rowLevel } from "../model/rowLevel";
import { parseOrgName } from "../model/OrgName";
import { parseRating } from "../text/parseRating";

/** The rows that are chi bộ rated HTXSNV: the subjects of the HD21 conditions on an excellent cell. */
export function excellentCells(sheet: LevelSheet): UnitRow[] {
  const cellsSheet = rowLevel(sheet) === "cell";
  return sheet.rows.filter((row) => {
    const cell = row.cells.unitRating;
    if (cell?.kind !== "text") return false;
    const reading = parseRating(cell.text);
    if (reading.kind !== "rating" || reading.rating !== "excellent") return false;
    return cellsSheet || parseOrgName(row.unit)?.level === "cell";
  });
}
