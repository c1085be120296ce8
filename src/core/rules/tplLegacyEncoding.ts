import { makeIssue, type SheetRule } from "./Rule";

/** TPL-LEGACY-ENCODING: text typed in TCVN3 or VNI; decoded for matching, a fix is offered. */
export const tplLegacyEncoding: SheetRule = {
  id: "TPL-LEGACY-ENCODING",
  needs: [],
  check(sheet) {
    const legacy = sheet.grid.legacy;
    if (!legacy || legacy.cells.length === 0) return [];
    return [
      makeIssue(
        "TPL-LEGACY-ENCODING",
        sheet.name,
        { cell: legacy.cells[0]! },
        { encoding: legacy.encoding, cells: legacy.cells.length, from: legacy.example.from, to: legacy.example.to },
      ),
    ];
  },
};
