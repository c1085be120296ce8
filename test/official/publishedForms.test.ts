import fs from "fs";
import ExcelJS from "exceljs";
import path from "path";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { summarizeWorkbooks, type SummaryResult } from "../../src/core/summarize";
import type { SheetLayout } from "../../src/core/layout/SheetLayout";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { COLUMN_IDS, TOP_TYPES, partsOf, type ColumnId } from "../../src/core/official/columns";
import { columnOf, FIRST_DATA_ROW } from "../../src/core/official/formLayout";
import { FORM6_ROWS, FORM7_ROWS } from "../../src/core/official/formRows";
import { BLOCK_IDS, type Fig } from "../../src/core/official/forms";
import type { SheetSnapshot } from "../../src/core/snapshot";

// TEMPLATE.md §7, typed from the district's published report, not from the code's output.
const THOI_LAI = { tccsd: 44, cells: 207, rated: 3675, goodOrAbove: 3410 };

const dir = path.resolve(__dirname, "../../seeds/thoi-lai-2022");
let result: SummaryResult;
let written: SheetSnapshot[];
let bytes: Uint8Array;

beforeAll(async () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  const inputs = await Promise.all(
    files.map(async (f) => ({
      name: f,
      snapshot: await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, f))), f),
    })),
  );
  result = summarizeWorkbooks(inputs);
  // What the command line writes, read back by the real adapter: formulas carry their values.
  bytes = await writeLayouts(result.layouts);
  written = (await readWorkbookBytes(bytes, "tong-hop.xlsx")).sheets;
});

/** A figure as it stands in a written sheet: the number, or null for a blank cell. */
function figure(sheet: SheetSnapshot, row: number, col: number): Fig {
  const v = sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col];
  if (v === "" || v === undefined) return null;
  if (typeof v !== "number") throw new Error(`not a number at ${row},${col}: ${String(v)}`);
  return v;
}

function sheetNamed(name: string): SheetSnapshot {
  const s = written.find((w) => w.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function rowOf(rows: readonly { key?: string }[], key: string): number {
  return FIRST_DATA_ROW + rows.findIndex((r) => r.key === key);
}

const form6 = () => sheetNamed("Biểu 6");
const form7 = () => sheetNamed("Biểu 7");
const at6 = (key: string, col: ColumnId) => figure(form6(), rowOf(FORM6_ROWS, key), columnOf(col));
const at7 = (key: string, col: ColumnId) => figure(form7(), rowOf(FORM7_ROWS, key), columnOf(col));

describe("Biểu 6 and Biểu 7 of the sample district (Huyện ủy Thới Lai, 2022), as written to .xlsx", () => {
  test("the summary workbook holds both forms, after the summary sheets", () => {
    expect(result.layouts.map((l: SheetLayout) => l.name).slice(-2)).toEqual(["Biểu 6", "Biểu 7"]);
  });

  test("Biểu 6: 44 TCCSĐ in block A, 207 chi bộ trực thuộc in B.II (published figures)", () => {
    expect((at6("partyCommittees.total", "total") ?? 0) + (at6("partyCells.total", "total") ?? 0)).toBe(THOI_LAI.tccsd);
    expect(at6("cells.total", "total")).toBe(THOI_LAI.cells);
  });

  test("Biểu 7: 3.675 rated, 3.410 of them HTXSNV + HTTNV (published figures)", () => {
    expect(at7("rated", "total")).toBe(THOI_LAI.rated);
    expect((at7("excellent", "total") ?? 0) + (at7("good", "total") ?? 0)).toBe(THOI_LAI.goodOrAbove);
  });

  test("Biểu 6: in every block and known column, 1 = 2 + 3 and rated = the sum of the four ratings", () => {
    let checked = 0;
    for (const block of BLOCK_IDS)
      for (const col of COLUMN_IDS) {
        const v = (r: string) => at6(`${block}.${r}`, col);
        if (v("total") === null) continue;
        expect(v("total")).toBe(v("rated")! + v("notRated")!);
        expect(v("rated")).toBe(v("excellent")! + v("good")! + v("complete")! + v("fail")!);
        checked++;
      }
    // Unknown are only the ownership columns of block A.II, where the district's banks and companies
    // (chi bộ cơ sở, ownership not given) are; elsewhere there is no enterprise, so they are 0.
    expect(checked).toBe(BLOCK_IDS.length * COLUMN_IDS.length - partsOf("enterprise").length);
    expect(at6("partyCells.total", "enterprise")).toBe(5); // two banks, the post office, the power and the water company
    expect(at6("partyCells.total", "soe100")).toBeNull();
  });

  test("Biểu 7: in every known column, 1 = 2 + 3 + 4 and rated = the sum of the four ratings", () => {
    for (const col of COLUMN_IDS) {
      if (at7("present", col) === null) continue;
      const v = (r: string) => at7(r, col)!;
      expect(v("present")).toBe(v("exempt") + v("notRated") + v("rated"));
      expect(v("rated")).toBe(v("excellent") + v("good") + v("complete") + v("fail"));
    }
  });

  test("Tổng số = the sum of the type columns, and each group's Tổng số = the sum of its parts, on every line", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [form, rows, at] of [
      ["6", FORM6_ROWS, at6],
      ["7", FORM7_ROWS, at7],
    ] as const) {
      for (const r of rows) {
        if (!r.key) continue;
        const sums: [ColumnId, readonly ColumnId[]][] = [
          ["total", TOP_TYPES],
          ["service", partsOf("service")],
          ["enterprise", partsOf("enterprise")],
        ];
        for (const [whole, parts] of sums) {
          const values = parts.map((t) => at(r.key!, t));
          if (values.some((v) => v === null)) continue;
          checked++;
          const sum = values.reduce<number>((s, v) => s + v!, 0);
          if (at(r.key, whole) !== sum) wrong.push(`Biểu ${form} ${r.key} ${whole}: ${at(r.key, whole)} ≠ ${sum}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(FORM6_ROWS.length);
  });

  test("the forms agree with the level-sheet summary: members rated, good or above, organisation counts", () => {
    const root = result.root!;
    expect(at7("rated", "total")).toBe(root.figures.rated);
    expect(at7("present", "total")).toBe(root.figures.members);
    expect((at7("excellent", "total") ?? 0) + (at7("good", "total") ?? 0)).toBe(
      root.figures.excellent! + root.figures.good!,
    );
    const grassroots = root.organisations.grassroots;
    expect((at6("partyCommittees.rated", "total") ?? 0) + (at6("partyCells.rated", "total") ?? 0)).toBe(
      grassroots.rated,
    );
    expect(at6("cells.excellent", "total")! + at6("cells.good", "total")!).toBe(
      root.organisations.cells.excellent + root.organisations.cells.good,
    );
  });

  test("each TCCSĐ is typed: 13 communes and the town in Xã/Thị trấn, police and army in their columns", () => {
    expect(at6("partyCommittees.total", "xa")).toBe(12);
    expect(at6("partyCommittees.total", "thiTran")).toBe(1);
    expect(at6("partyCommittees.total", "police")).toBe(1);
    expect(at6("partyCommittees.total", "army")).toBe(1);
    expect(at7("present", "police")).toBe(
      result.nodes.find((n) => n.name === "ĐẢNG BỘ CÔNG AN HUYỆN")!.figures.members,
    );
  });

  test("the không HTNV breakdown, which level sheets do not give, is blank, never 0", () => {
    for (const key of ["failDecline", "failUnderHalf", "failOfficial", "failDisciplined", "failOther"])
      expect(at7(key, "total")).toBeNull();
  });

  test("Tổng số is a formula over the type columns in what is laid out", () => {
    const layout = result.layouts.find((l) => l.name === "Biểu 7")!;
    const cell = layout.cells.find((c) => c.row === rowOf(FORM7_ROWS, "rated") && c.col === columnOf("total"))!;
    expect(cell.formula).toMatch(/^C\d+\+D\d+\+/);
    expect(cell.value).toBe(THOI_LAI.rated);
  });

  test("print: A3 landscape for the wide forms (A4 for the summary), one page wide, header rows repeated", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const setup = (name: string) => wb.getWorksheet(name)!.pageSetup;
    for (const name of ["Biểu 6", "Biểu 7"])
      expect(setup(name)).toMatchObject({
        paperSize: 8,
        orientation: "landscape",
        fitToWidth: 1,
        printTitlesRow: "1:6",
      });
    expect(setup("Tổng hợp")).toMatchObject({ paperSize: 9, orientation: "landscape" });
  });
});
