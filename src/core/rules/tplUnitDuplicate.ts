import { cellOf, makeIssue, type SheetRule } from "./Rule";
import type { Issue } from "../issues/Issue";
import type { UnitRow } from "../model/SheetModel";
import { FIGURE_KEYS } from "../rollup/Figures";
import { countValue } from "../recognize/parseCell";

/**
 * TPL-UNIT-DUPLICATE: the same unit twice in one sheet, compared by its normalised name within its
 * đảng bộ bộ phận. Under two different group headings (merged communes' `Khu vực xã A (cũ)`) the
 * same name is two units, unless both rows carry the same figures (one unit typed twice).
 */
export const tplUnitDuplicate: SheetRule = {
  id: "TPL-UNIT-DUPLICATE",
  needs: ["unit"],
  check(sheet) {
    // Most names are unique: the first row of each name is kept alone, a list only on a repeat.
    const seen = new Map<string, UnitRow | UnitRow[]>();
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      if (row.unitKey === "") continue;
      const key = row.section ? `${row.section.unitKey}|${row.unitKey}` : row.unitKey;
      const had = seen.get(key);
      if (had === undefined) {
        seen.set(key, row);
        continue;
      }
      const earlier = Array.isArray(had) ? had : [had];
      const first = earlier.find((e) => e.scope === row.scope || sameFigures(e, row));
      earlier.push(row);
      seen.set(key, earlier);
      if (first)
        issues.push(
          makeIssue(
            "TPL-UNIT-DUPLICATE",
            sheet.name,
            { cell: cellOf(sheet, row.row, "unit")! },
            { unit: row.unit, firstRow: first.row },
          ),
        );
    }
    return issues;
  },
};

function sameFigures(a: UnitRow, b: UnitRow): boolean {
  return FIGURE_KEYS.every((k) => countValue(a.cells[k]) === countValue(b.cells[k]));
}
