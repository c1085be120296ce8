import { makeIssue, type SheetRule } from "./Rule";

/** TPL-YEAR-UNKNOWN: no evaluation year found; the default rule set is used and named. */
export const tplYearUnknown: SheetRule = {
  id: "TPL-YEAR-UNKNOWN",
  needs: [],
  check(sheet) {
    if (sheet.ruleSetSource === "dateLine" && sheet.year !== null && sheet.title.dateLine) {
      const { month, text, cell } = sheet.title.dateLine;
      return [
        makeIssue(
          "TPL-YEAR-UNKNOWN",
          sheet.name,
          { cell },
          { ruleSet: sheet.ruleSet, dateLine: { year: sheet.year, month, text } },
        ),
      ];
    }
    if (sheet.ruleSetSource !== "default") return [];
    return [makeIssue("TPL-YEAR-UNKNOWN", sheet.name, {}, { ruleSet: sheet.ruleSet })];
  },
};
