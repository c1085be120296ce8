import fs from "fs";
import path from "path";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { parseA1 } from "../../src/core/issues/a1";
import type { SheetLayout } from "../../src/core/layout/SheetLayout";
import type { SheetSnapshot } from "../../src/core/snapshot";

let sheets: SheetSnapshot[];
beforeAll(async () => {
  const dir = path.resolve(__dirname, "../../seeds/thoi-lai-2022");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  const books = await Promise.all(
    files.map((f) => readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, f))), f)),
  );
  // In Excel the district's sheets are one workbook.
  sheets = books.flatMap((b) => b.sheets);
});

/** The value a formula of summed cell references ("'Tổng hợp'!C9+'Tổng hợp'!C12") has, from the layouts. */
function evaluate(formula: string, layouts: readonly SheetLayout[]): number {
  return formula.split("+").reduce((sum, term) => {
    const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!([A-Z]+\d+)$/.exec(term);
    if (!m) throw new Error(`not a reference: ${term}`);
    const sheet = (m[1] ?? m[2]!).replace(/''/g, "'");
    const at = parseA1(m[3]!)!;
    const cell = layouts.find((l) => l.name === sheet)?.cells.find((c) => c.row === at.row && c.col === at.col);
    if (typeof cell?.value !== "number") throw new Error(`no number at ${term}`);
    return sum + cell.value;
  }, 0);
}

describe("Biểu 6/7 linked to the summary sheets (add-in and browser)", () => {
  test("each type cell of Biểu 7 (and of Biểu 6's B.II) links to the rows of its TCCSĐ in the summaries, and the links add up to the figure shown", () => {
    const result = summarizeWorkbooks([{ name: "", snapshot: { sheets } }], { linkSources: true });
    const form7 = result.layouts.find((l) => l.name === "Biểu 7")!;
    const linked = form7.cells.filter((c) => c.formula?.includes("!"));
    expect(linked.length).toBeGreaterThan(50);
    for (const c of linked)
      expect([c.row, c.col, evaluate(c.formula!, result.layouts)]).toEqual([c.row, c.col, c.value]);
    // Biểu 6: the chi bộ trực thuộc (B.II) of each type, from the summaries' chi bộ block.
    const form6 = result.layouts.find((l) => l.name === "Biểu 6")!;
    const linked6 = form6.cells.filter((c) => c.formula?.includes("!"));
    expect(linked6.length).toBeGreaterThan(10);
    for (const c of linked6)
      expect([c.row, c.col, evaluate(c.formula!, result.layouts)]).toEqual([c.row, c.col, c.value]);
    // Tổng số stays the sum of the type columns.
    expect(form7.cells.filter((c) => c.col === 1 && c.formula).every((c) => /^C\d+\+D\d+/.test(c.formula!))).toBe(true);
  });

  test("the command line's forms carry values and sums only, no links", () => {
    const result = summarizeWorkbooks([{ name: "", snapshot: { sheets } }]);
    const form7 = result.layouts.find((l) => l.name === "Biểu 7")!;
    expect(form7.cells.filter((c) => c.formula?.includes("!"))).toEqual([]);
    expect(result.layouts.find((l) => l.name === "Biểu 6")!.cells.filter((c) => c.formula?.includes("!"))).toEqual([]);
  });
});
