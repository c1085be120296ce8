import { levelSheet, derive, ALL_COLUMNS, COUNT_IDS, type UnitFigures } from "./levelSheet";
import { rowXml, mergesXml, worksheet, workbookParts, type Part, type PackageOptions } from "./rawXlsx";

/** The figures of unit i of a generated sheet (varied, always consistent). */
export function unitAt(i: number): UnitFigures {
  return {
    unit: `Chi bộ số ${i + 1}`,
    excellent: i % 3,
    good: 10 + (i % 7),
    complete: i % 4,
    fail: i % 11 === 0 ? 1 : 0,
  };
}

/** The `Cộng` row of a generated sheet of `count` units: each count column's sum. */
export function bigLevelSheetSums(count: number): Record<string, number> {
  const sums: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const d = derive(unitAt(i));
    for (const k of COUNT_IDS) sums[k] = (sums[k] ?? 0) + (d[k] as number);
  }
  return sums;
}

export interface BigSheetOptions extends PackageOptions {
  /** Leave out every row and cell address. */
  addresses?: boolean;
  /** A stray character (or figure) at that cell (U1048576 for row 1048575, column 20). */
  strayAt?: { row: number; col: number; text: string | number };
}

/**
 * A level sheet of the template with `count` unit rows and its `Cộng` row, written straight to
 * XML a row at a time: a million rows never exist as a snapshot in the test process.
 */
export function bigLevelSheetParts(count: number, options: BigSheetOptions = {}): Record<string, Part> {
  const small = levelSheet({ rows: [unitAt(0)], total: "none" });
  const firstUnit = small.values.findIndex((r) => r[1] === unitAt(0).unit);
  const head = small.values
    .slice(0, firstUnit)
    .map((r, i) => r.map((v, c) => (small.types[i]![c] === "empty" ? "" : v)));
  const rows = function* () {
    for (let r = 0; r < head.length; r++) yield rowXml(r, head[r]!, options);
    const sums: Record<string, number> = {};
    for (let i = 0; i < count; i++) {
      const d = derive(unitAt(i));
      for (const k of COUNT_IDS) sums[k] = (sums[k] ?? 0) + (d[k] as number);
      yield rowXml(
        firstUnit + i,
        ALL_COLUMNS.map((id) => (id === "stt" ? i + 1 : d[id])),
        options,
      );
    }
    yield rowXml(
      firstUnit + count,
      ALL_COLUMNS.map((id) => (id === "unit" ? "Cộng" : (sums[id] ?? ""))),
      options,
    );
    const s = options.strayAt;
    if (s) yield rowXml(s.row, [...Array<string | number>(s.col).fill(""), s.text], options);
  };
  return workbookParts([{ name: "Lớn", xml: worksheet(rows, options, mergesXml(small, options)) }], options);
}
