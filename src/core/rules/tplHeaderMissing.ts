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
    return REQUIRED_COLUMNS.filter((key) => sheet.columns[key] === undefined && !derivable(key)).map((column) =>
      makeIssue("TPL-HEADER-MISSING", sheet.name, { range: band }, { column }),
    );
  },
};
