import { cellOf, makeIssue, type SheetRule } from "./Rule";
import type { Issue } from "../issues/Issue";

/** TPL-UNIT-DUPLICATE: the same unit twice in one sheet, compared by its normalised name. */
export const tplUnitDuplicate: SheetRule = {
  id: "TPL-UNIT-DUPLICATE",
  needs: ["unit"],
  check(sheet) {
    const seen = new Map<string, number>();
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      if (row.unitKey === "") continue;
      const first = seen.get(row.unitKey);
      if (first === undefined) seen.set(row.unitKey, row.row);
      else
        issues.push(
          makeIssue(
            "TPL-UNIT-DUPLICATE",
            sheet.name,
            { cell: cellOf(sheet, row.row, "unit")! },
            { unit: row.unit, firstRow: first },
          ),
        );
    }
    return issues;
  },
};
