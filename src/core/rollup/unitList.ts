import type { SheetSnapshot } from "../snapshot";
import { Grid } from "../recognize/Grid";
import { foldKey } from "../text/foldKey";
import { orgKey } from "../model/OrgName";

/** One expected unit of a "Danh mục đơn vị" sheet (TEMPLATE.md §4). */
export interface UnitListEntry {
  sheet: string;
  /** Absolute row of the entry. */
  row: number;
  nameCol: number;
  code: string;
  name: string;
  key: string;
  level: string;
  /** The parent as written (a code or a name) and its key once resolved. */
  parent: string;
  parentKey: string | null;
  type: string;
}

const LABELS: Record<"code" | "name" | "level" | "parent" | "type", string[]> = {
  code: ["ma", "ma don vi", "ma so"],
  name: ["ten don vi", "don vi", "ten to chuc dang", "ten"],
  level: ["cap", "cap to chuc"],
  parent: ["truc thuoc", "cap tren", "don vi cap tren", "ma cap tren"],
  type: ["loai hinh"],
};

/** `true` for a sheet meant as the unit list: by its name, or by its header. */
export function isUnitListName(name: string): boolean {
  return /^danh muc( don vi)?$/.test(foldKey(name));
}

/** Reads a unit list, or `null` when the sheet is not one. */
export function readUnitList(sheet: SheetSnapshot): UnitListEntry[] | null {
  const grid = new Grid(sheet);
  for (let r = grid.top; r < Math.min(grid.bottom, grid.top + 20); r++) {
    const cols: Partial<Record<keyof typeof LABELS, number>> = {};
    for (let c = grid.left; c < grid.right; c++) {
      const key = foldKey(grid.text(r, c));
      for (const [field, labels] of Object.entries(LABELS) as [keyof typeof LABELS, string[]][]) {
        if (cols[field] === undefined && labels.includes(key)) cols[field] = c;
      }
    }
    if (cols.name === undefined || cols.parent === undefined) continue;
    if (!isUnitListName(grid.name) && cols.code === undefined) continue;
    const entries: UnitListEntry[] = [];
    const text = (row: number, col: number | undefined) =>
      col === undefined ? "" : grid.text(row, col) || String(grid.value(row, col) ?? "").trim();
    for (let row = grid.nextFilledRow(r + 1); row < grid.bottom; row = grid.nextFilledRow(row + 1)) {
      const name = text(row, cols.name);
      if (!name) continue;
      entries.push({
        sheet: grid.name,
        row,
        nameCol: cols.name,
        code: text(row, cols.code),
        name,
        key: orgKey(name),
        level: text(row, cols.level),
        parent: text(row, cols.parent),
        parentKey: null,
        type: text(row, cols.type),
      });
    }
    // A parent is written as a code or as a name.
    const byCode = new Map(entries.filter((e) => e.code).map((e) => [foldKey(e.code), e.key]));
    for (const e of entries) e.parentKey = e.parent ? (byCode.get(foldKey(e.parent)) ?? orgKey(e.parent)) : null;
    return entries;
  }
  return null;
}
