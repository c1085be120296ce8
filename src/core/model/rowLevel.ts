import type { LevelSheet, UnitRow } from "./SheetModel";
import { foldKey } from "../text/foldKey";
import type { Level } from "./OrgName";

/**
 * The level of a sheet's rows: chi bộ on a grassroots sheet, TCCSĐ on a district sheet (or on a
 * "… CÁC CHI BỘ CƠ SỞ" sheet), districts or communes on a province sheet. Read from the title,
 * then from the rows' own names; the depth of the tree is data, never code.
 */
export function rowLevel(sheet: LevelSheet): Level {
  let level = cache.get(sheet);
  if (level === undefined) {
    level = computeRowLevel(sheet);
    cache.set(sheet, level);
  }
  return level;
}

// Several rules ask for each sheet; the answer depends on the sheet alone.
const cache = new WeakMap<LevelSheet, Level>();

function computeRowLevel(sheet: LevelSheet): Level {
  if (sheet.title.rowsAreGrassroots) return "grassroots";
  // The level most of the rows' own names say; read only where the title leaves it open.
  const named = () => {
    const counts = new Map<Level, number>();
    for (const row of sheet.rows) if (row.unitLevel) counts.set(row.unitLevel, (counts.get(row.unitLevel) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  };
  switch (sheet.title.organisation?.level) {
    case "grassroots":
    case "section":
      return "cell";
    case "district":
      return "grassroots";
    case "province":
      return named()?.[0] === "district" ? "district" : "grassroots";
    case "cell":
      return "unknown";
    default: {
      const most = named();
      if (most && most[0] !== "unknown") return most[0];
      return "cell";
    }
  }
}

/**
 * The level of one row: the sheet's, except on a sheet of chi bộ where the row says it is a
 * TCCSĐ (REAL-FORMS §4: since 2025 a commune's sheet mixes the TCCSĐ inside it with its own chi
 * bộ): marked `cơ sở` in its name or its Loại hình, or, under QĐ 366, named `Đảng bộ …`.
 */
export function levelOfRow(sheet: LevelSheet, row: UnitRow): Level {
  const level = rowLevel(sheet);
  if (level !== "cell" || row.sectionRows) return level;
  const type = row.cells.unitType;
  const typed = type?.kind === "text" ? foldKey(type.text) : "";
  if (/\bco so\b/.test(typed) && !/truc thuoc/.test(typed)) return "grassroots";
  if (/^(dang bo|chi bo) \(?co so\)?\b/.test(row.unitKey)) return "grassroots";
  if (sheet.ruleSet === "QD366" && row.unitLevel === "grassroots" && /^dang bo /.test(row.unitKey)) return "grassroots";
  return level;
}
