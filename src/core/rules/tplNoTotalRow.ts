import { makeIssue, rowRange, type SheetRule } from "./Rule";

/** TPL-NO-TOTAL-ROW: no `Cộng` / `Tổng cộng` row under the unit rows. */
export const tplNoTotalRow: SheetRule = {
  id: "TPL-NO-TOTAL-ROW",
  needs: [],
  check(sheet) {
    if (sheet.totalRow || sheet.rows.length === 0) return [];
    return [makeIssue("TPL-NO-TOTAL-ROW", sheet.name, { range: rowRange(sheet, sheet.tableEnd) }, {})];
  },
};
