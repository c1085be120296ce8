import { makeIssue, type SheetRule } from "./Rule";

/** TPL-HEADER-DUPLICATE: two columns carry the same label; the first is used. */
export const tplHeaderDuplicate: SheetRule = {
  id: "TPL-HEADER-DUPLICATE",
  needs: [],
  check(sheet) {
    return sheet.duplicates.map(({ key, cols }) =>
      makeIssue(
        "TPL-HEADER-DUPLICATE",
        sheet.name,
        { cell: { row: sheet.header.top, col: cols[1] ?? cols[0]! } },
        { column: key, cols },
      ),
    );
  },
};
