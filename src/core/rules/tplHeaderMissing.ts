import { REQUIRED_COLUMNS, columnDef, type ColumnKey } from "../model/template";
import { makeIssue, type SheetRule } from "./Rule";

/** TPL-HEADER-MISSING: a required column (TEMPLATE.md §3 ✱) is not found. */
export const tplHeaderMissing: SheetRule = {
  id: "TPL-HEADER-MISSING",
  needs: [],
  check(sheet) {
    const band = {
      top: sheet.header.top,
      bottom: sheet.header.bottom,
      left: sheet.header.left,
      right: sheet.header.right - 1,
    };
    const derivable = (key: ColumnKey) => {
      const from = columnDef(key).derivedFrom;
      return !!from && from.every((k) => sheet.columns[k] !== undefined);
    };
    // A sheet of organisation ratings only needs no member column.
    const needed = sheet.ratingsOnly
      ? REQUIRED_COLUMNS.filter((k) => columnDef(k).kind === "text" || columnDef(k).kind === "rating")
      : REQUIRED_COLUMNS;
    return needed
      .filter((key) => sheet.columns[key] === undefined && !derivable(key))
      .map((column) => makeIssue("TPL-HEADER-MISSING", sheet.name, { range: band }, { column }));
  },
};
