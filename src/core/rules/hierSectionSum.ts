import type { Issue } from "../issues/Issue";
import { countValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";
import { columnsOfKind } from "./tableRows";

/**
 * HIER-SECTION-SUM: a đảng bộ bộ phận's row differs from the sum of its chi bộ rows below it, per
 * count column. The section is counted once, from its chi bộ; its typed row is checked.
 */
export const hierSectionSum: SheetRule = {
  id: "HIER-SECTION-SUM",
  needs: [],
  check(sheet) {
    const issues: Issue[] = [];
    const columns = columnsOfKind(sheet, "count");
    for (const row of sheet.rows) {
      if (!row.sectionRows) continue;
      for (const column of columns) {
        const actual = countValue(row.cells[column]);
        if (actual === null) continue;
        let expected = 0;
        let readable = true;
        for (const child of row.sectionRows) {
          const cell = child.cells[column];
          if (!cell || cell.kind === "blank") continue;
          const v = countValue(cell);
          if (v === null) {
            readable = false; // reported on the chi bộ's row
            break;
          }
          expected += v;
        }
        if (!readable || expected === actual) continue;
        issues.push(
          makeIssue(
            "HIER-SECTION-SUM",
            sheet.name,
            { cell: cellOf(sheet, row.row, column)! },
            { unit: row.unit, column, expected, actual, sections: row.sectionRows.length },
          ),
        );
      }
    }
    return issues;
  },
};
