import { parseRating } from "../text/parseRating";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/** TPL-OLD-CATEGORIES: pre-2018 rating labels ("Trong sạch, vững mạnh", "Yếu kém"): an outdated form. */
export const tplOldCategories: SheetRule = {
  id: "TPL-OLD-CATEGORIES",
  needs: [],
  check(sheet) {
    if (sheet.oldHeader) {
      const text = sheet.grid.text(sheet.oldHeader.row, sheet.oldHeader.col);
      return [makeIssue("TPL-OLD-CATEGORIES", sheet.name, { cell: sheet.oldHeader }, { text })];
    }
    for (const row of sheet.rows) {
      const cell = row.cells.unitRating;
      if (cell?.kind === "text" && parseRating(cell.text).kind === "old") {
        return [
          makeIssue(
            "TPL-OLD-CATEGORIES",
            sheet.name,
            { cell: cellOf(sheet, row.row, "unitRating")! },
            { text: cell.text },
          ),
        ];
      }
    }
    return [];
  },
};
