import type { SheetSnapshot } from "../snapshot";
import { Grid } from "../recognize/Grid";
import { foldKey } from "../text/foldKey";
import { orgKey } from "../model/OrgName";

/** "X is now part of Y": an old unit's key → the unit it was merged into (2025 reform). */
export type MergeMap = Map<string, { from: string; into: string; intoKey: string }>;

const OLD = ["ten don vi", "don vi", "don vi cu", "ten don vi cu", "ten to chuc dang", "ten"];
const INTO = ["nay thuoc", "sap nhap vao", "hop nhat vao", "nay la", "don vi moi", "nhap vao"];

/**
 * Reads the merges stated in a workbook: any sheet (the unit list `Danh mục đơn vị`, or a sheet
 * of its own such as `Sáp nhập`) with a unit column and a column headed `Nay thuộc` / `Sáp nhập
 * vào` / `Hợp nhất vào`: each row says its unit is now part of the one named there.
 */
export function readMerges(sheets: readonly SheetSnapshot[]): MergeMap {
  const merges: MergeMap = new Map();
  for (const sheet of sheets) {
    const grid = new Grid(sheet);
    for (let r = grid.top; r < Math.min(grid.bottom, grid.top + 20); r++) {
      let oldCol: number | undefined;
      let intoCol: number | undefined;
      for (let c = grid.left; c < grid.right; c++) {
        const key = foldKey(grid.text(r, c));
        if (oldCol === undefined && OLD.includes(key)) oldCol = c;
        if (intoCol === undefined && INTO.includes(key)) intoCol = c;
      }
      if (oldCol === undefined || intoCol === undefined) continue;
      for (let row = grid.nextFilledRow(r + 1); row < grid.bottom; row = grid.nextFilledRow(row + 1)) {
        const from = grid.text(row, oldCol);
        const into = grid.text(row, intoCol);
        if (from && into) merges.set(orgKey(from), { from, into, intoKey: orgKey(into) });
      }
      break;
    }
  }
  return merges;
}
