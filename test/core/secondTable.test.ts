import type { CellType, SheetSnapshot } from "../../src/core/snapshot";
import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { describeIssue } from "../../src/core/issues/describeIssue";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { levelSheet, type UnitFigures } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";

/**
 * A second table lower on the same sheet (a clerk pastes another commune's table under the first):
 * its header is repeated. The first table is read alone; the second is never summed into it, and
 * each of its rows with figures is reported (TPL-ROW-UNREAD), named as a second table.
 */
const FIRST: UnitFigures[] = [
  { unit: "Chi bộ ấp 1", excellent: 1, good: 5, complete: 1, fail: 0 },
  { unit: "Chi bộ ấp 2", excellent: 0, good: 4, complete: 1, fail: 0 },
];
const SECOND: UnitFigures[] = [
  { unit: "Chi bộ ấp 7", excellent: 2, good: 3, complete: 1, fail: 0 },
  { unit: "Chi bộ ấp 8", excellent: 0, good: 6, complete: 0, fail: 1 },
];

/** The first table, `gap` empty rows, then the second table with its own title and header. */
function stacked(gap: number): SheetSnapshot {
  const a = levelSheet({ rows: FIRST });
  const b = levelSheet({ organisation: "ĐẢNG ỦY XÃ KHÁC", rows: SECOND });
  const width = Math.max(a.values[0]!.length, b.values[0]!.length);
  const pad = <T>(rows: T[][], fill: T) => rows.map((r) => [...r, ...Array<T>(width - r.length).fill(fill)]);
  const blank = <T>(fill: T) => Array.from({ length: gap }, () => Array<T>(width).fill(fill));
  const shift = a.values.length + gap;
  return {
    name: "Biểu 01",
    origin: { row: 0, col: 0 },
    values: [...pad(a.values, ""), ...blank(""), ...pad(b.values, "")],
    types: [...pad<CellType>(a.types, "empty"), ...blank<CellType>("empty"), ...pad<CellType>(b.types, "empty")],
    numberFormats: [...pad(a.numberFormats, "General"), ...blank("General"), ...pad(b.numberFormats, "General")],
    fonts: [...pad(a.fonts, null), ...blank(null), ...pad(b.fonts, null)],
    merges: [...a.merges, ...b.merges.map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift }))],
  };
}

describe("a second table on the same sheet", () => {
  test.each([2, 0, 12])(
    "[TPL-ROW-UNREAD] %i empty rows between: the first table alone is read, every figure row of the second reported",
    (gap) => {
      const sheet = stacked(gap);
      const { sheets, issues } = validateWorkbook({ sheets: [sheet] });
      const level = sheets[0]!;
      expect(level.kind).toBe("level");
      if (level.kind !== "level") return;
      expect(level.rows.map((r) => r.unit)).toEqual(["Chi bộ ấp 1", "Chi bộ ấp 2"]);
      expect(level.totalRow).not.toBeNull();
      // Nothing of the second table's title or header is read as a unit with missing figures.
      expect(issues.map((i) => i.rule)).not.toContain("CELL-REQUIRED");
      const unread = issues.filter((i) => i.rule === "TPL-ROW-UNREAD");
      expect(unread.map((i) => i.rule === "TPL-ROW-UNREAD" && i.params.label)).toEqual([
        "Chi bộ ấp 7",
        "Chi bộ ấp 8",
        "Cộng",
      ]);
      for (const i of unread) {
        expect(i.rule === "TPL-ROW-UNREAD" && i.params.reason).toBe("secondTable");
        expect(describeIssue(i, "vi")).toContain("bảng thứ hai trên cùng trang");
        expect(describeIssue(i, "en")).toContain("second table on the same sheet");
      }
    },
  );

  test("the summary holds the first table's figures only", () => {
    const result = summarizeWorkbooks([{ name: "xa.xlsx", snapshot: { sheets: [stacked(2)] } }]);
    const root = result.root!;
    // 7 + 5 members rated in the first table; the second's 12 and 13 are not added.
    const members = FIRST.reduce((s, u) => s + u.excellent + u.good + (u.complete ?? 0) + (u.fail ?? 0), 0);
    expect(root.figures.rated).toBe(members);
  });

  test("written by SheetJS and read by the streaming reader: the same findings", async () => {
    const sheet = stacked(2);
    const book = await readWorkbookBytes(writeWithSheetJS([sheet], "xlsx"), "xa.xlsx");
    const direct = validateWorkbook({ sheets: [sheet] }).issues.map((i) => [i.rule, i.cell ?? i.range, i.params]);
    const read = validateWorkbook(book).issues.map((i) => [i.rule, i.cell ?? i.range, i.params]);
    expect(read).toEqual(direct);
    expect(read.filter(([rule]) => rule === "TPL-ROW-UNREAD")).toHaveLength(3);
  });
});
