import fc from "fast-check";
import { Grid } from "../../src/core/recognize/Grid";
import { validateWorkbook } from "../../src/core/validate";
import type { CellType, CellValue, RangeRef, SheetSnapshot } from "../../src/core/snapshot";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { ofRule } from "../builders/validateSpec";

/** The first row at or after `r` holding a value, a type or a formula, cell by cell. */
function naiveNext(sheet: SheetSnapshot, r: number, col?: number): number {
  const top = sheet.origin.row;
  for (let row = Math.max(r, top); row < top + sheet.values.length; row++) {
    const i = row - top;
    const width = sheet.values[i]!.length;
    for (let j = 0; j < width; j++) {
      const v = sheet.values[i]![j];
      const t = sheet.types[i]?.[j];
      const f = sheet.formulas?.[i]?.[j];
      if (v !== "" || (t !== undefined && t !== "empty") || (f !== undefined && f !== null && f !== "")) return row;
    }
    if (
      col !== undefined &&
      sheet.merges.some((m) => m.left <= col && col <= m.right && m.top <= row && row <= m.bottom)
    )
      return row;
  }
  return top + sheet.values.length;
}

/** A sheet of `kinds.length` rows of `width` cells: "" blank, "v" a value, "f" a formula only, "t" a type only. */
function sheetOf(kinds: string[], width: number, shared: boolean, merges: RangeRef[] = []): SheetSnapshot {
  const blankValues = new Array<CellValue>(width).fill("");
  const blankTypes = new Array<CellType>(width).fill("empty");
  const blankFormulas = new Array<string | null>(width).fill(null);
  const values: CellValue[][] = [];
  const types: CellType[][] = [];
  const formulas: (string | null)[][] = [];
  const only = <T>(row: T[], c: number, x: T) => row.map((y, j) => (j === c ? x : y));
  const blank = <T>(row: T[]) => (shared ? row : row.slice());
  kinds.forEach((k, i) => {
    const c = i % width;
    values.push(k === "v" ? only(blankValues, c, i + 1) : blank(blankValues));
    types.push(
      k === "v" ? only(blankTypes, c, "number") : k === "t" ? only(blankTypes, c, "error") : blank(blankTypes),
    );
    formulas.push(k === "f" ? only(blankFormulas, c, "A1+1") : blank(blankFormulas));
  });
  const fill = <T>(x: T) => values.map(() => new Array<T>(width).fill(x));
  return {
    name: "S",
    origin: { row: 3, col: 2 },
    values,
    types,
    numberFormats: fill("General"),
    fonts: fill(null),
    merges,
    formulas,
  };
}

describe("Grid.nextFilledRow: runs of empty rows are skipped in one step, for any snapshot", () => {
  const kinds = fc.array(fc.constantFrom("", "", "", "", "v", "f", "t"), { minLength: 0, maxLength: 60 });

  test("the same row a cell-by-cell scan finds, whether blank rows are one shared array or not", () => {
    fc.assert(
      fc.property(kinds, fc.boolean(), fc.integer({ min: 1, max: 5 }), (ks, shared, width) => {
        const sheet = sheetOf(ks, width, shared);
        const grid = new Grid(sheet);
        for (let r = grid.top - 2; r <= grid.bottom + 1; r++) expect(grid.nextFilledRow(r)).toBe(naiveNext(sheet, r));
      }),
    );
  });

  test("with a column, the rows of a merged area over it count (textFilled reads the area's first cell there)", () => {
    const merges = [{ top: 10, bottom: 14, left: 2, right: 3 }];
    const sheet = sheetOf(["v", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "v"], 3, true, merges);
    const grid = new Grid(sheet);
    expect(grid.nextFilledRow(4)).toBe(18);
    expect(grid.nextFilledRow(4, 2)).toBe(10);
    expect(grid.nextFilledRow(12, 3)).toBe(12);
    expect(grid.nextFilledRow(15, 3)).toBe(18);
    expect(grid.nextFilledRow(4, 5)).toBe(18);
    for (let r = 0; r < 20; r++) expect(grid.nextFilledRow(r, 2)).toBe(naiveNext(sheet, r, 2));
  });

  test("a whitespace cell holds something (the callers decide what blank means); width counts every row", () => {
    const sheet = sheetOf(["v", "", ""], 2, false);
    sheet.values[2] = [" ", "", "", ""];
    sheet.values[1] = ["", "", "", "", "", ""];
    const grid = new Grid(sheet);
    expect(grid.nextFilledRow(grid.top + 1)).toBe(grid.top + 2);
    expect(grid.right - grid.left).toBe(6);
  });
});

describe("a blank run and a stray figure far below the table: the same findings, shared rows or not", () => {
  /** The sample sheet with `gap` blank rows, then a row holding one number at column U. */
  function withStray(gap: number, shared: boolean, col = 20): SheetSnapshot {
    const s = levelSheet({ rows: xuanThangUnits() });
    const width = s.values[0]!.length;
    const blank = {
      values: new Array<CellValue>(width).fill(""),
      types: new Array<CellType>(width).fill("empty"),
      formats: new Array<string>(width).fill("General"),
      fonts: new Array<string | null>(width).fill(null),
    };
    const copy = <T>(a: T[]) => (shared ? a : a.slice());
    const out: SheetSnapshot = {
      ...s,
      values: [...s.values],
      types: [...s.types],
      numberFormats: [...s.numberFormats],
      fonts: [...s.fonts],
    };
    for (let i = 0; i < gap; i++) {
      out.values.push(copy(blank.values));
      out.types.push(copy(blank.types));
      out.numberFormats.push(copy(blank.formats));
      out.fonts.push(copy(blank.fonts));
    }
    out.values.push(blank.values.map((v, c) => (c === col ? 7 : v)));
    out.types.push(blank.types.map((t, c) => (c === col ? "number" : t)));
    out.numberFormats.push(blank.formats);
    out.fonts.push(blank.fonts);
    return out;
  }

  test("[TPL-ROW-UNREAD] the stray figure is reported at its row; everything else as without it", () => {
    const plain = validateWorkbook({ sheets: [levelSheet({ rows: xuanThangUnits() })] });
    const shared = validateWorkbook({ sheets: [withStray(5000, true)] });
    const unshared = validateWorkbook({ sheets: [withStray(5000, false)] });
    expect(shared.issues).toEqual(unshared.issues);
    const sheet = withStray(5000, true);
    const bottom = sheet.origin.row + sheet.values.length - 1;
    const unread = ofRule(shared.issues, "TPL-ROW-UNREAD");
    expect(unread).toHaveLength(1);
    expect(unread[0]!.range).toMatchObject({ top: bottom, bottom });
    expect(unread[0]!.params).toMatchObject({ numbers: 1, sum: 7, reason: "afterTable" });
    expect(shared.issues.filter((i) => i.rule !== "TPL-ROW-UNREAD")).toEqual(plain.issues);
  });

  test("[TPL-ROW-UNREAD] the table ends at the tenth blank row, however long the run: a figure just before is under the total", () => {
    for (const gap of [0, 1, 8, 9, 10, 11, 40, 3000]) {
      const sheet = withStray(gap, true, 4);
      const a = validateWorkbook({ sheets: [sheet] });
      expect(validateWorkbook({ sheets: [withStray(gap, false, 4)] })).toEqual(a);
      const unread = ofRule(a.issues, "TPL-ROW-UNREAD");
      expect(unread.map((u) => [u.range!.top, (u.params as { reason: string }).reason])).toEqual([
        [sheet.origin.row + sheet.values.length - 1, gap < 10 ? "afterTotal" : "afterTable"],
      ]);
    }
  });
});
