import { makeIssue, type SheetRule } from "./Rule";

/**
 * TPL-NO-ORGANISATION: the cells above the header name no organisation (a title typed in a text
 * box is not in any cell). At Tổng hợp the organisation is named after its file (or, in a
 * workbook of several sheets, its sheet), and this says so.
 */
export const tplNoOrganisation: SheetRule = {
  id: "TPL-NO-ORGANISATION",
  needs: [],
  check(sheet) {
    if (sheet.title.organisation) return [];
    return [makeIssue("TPL-NO-ORGANISATION", sheet.name, {}, { sheetName: sheet.name })];
  },
};
