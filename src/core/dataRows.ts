import type { WorkbookSnapshot } from "./snapshot";

/**
 * The rows holding anything, in every sheet of a workbook: an upper bound of the units a summary
 * of it would hold, which decides whether a Tổng hợp fits in one run. Empty rows do not count: a
 * stray cell at U1048576 makes a used range of a million rows, all of them one shared blank row
 * (the streaming reader's), judged once.
 */
export function dataRows(snapshot: WorkbookSnapshot): number {
  let rows = 0;
  for (const s of snapshot.sheets ?? []) {
    let prev: unknown = null;
    let filled = false;
    for (const row of s.values ?? []) {
      if (row !== prev) {
        prev = row;
        filled = Array.isArray(row) && row.some((v) => v !== "" && v !== null && v !== undefined);
      }
      if (filled) rows++;
    }
  }
  return rows;
}
