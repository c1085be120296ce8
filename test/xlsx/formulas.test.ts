import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { evaluateFormula } from "../../src/core/recognize/evaluateFormula";
import { levelSheet, xuanThangUnits, ALL_COLUMNS } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { FIRST_UNIT_ROW } from "../builders/validateSpec";

const col = (id: (typeof ALL_COLUMNS)[number]) => XLSX.utils.encode_col(ALL_COLUMNS.indexOf(id));
/** Xuân Thắng with the fail column (all 0) typed as formulas `=0*C8`, and the total row as SUMs. */
function withFormulas(cached: boolean) {
  const sheet = levelSheet({ name: "XT", rows: xuanThangUnits() });
  const formulas: Record<string, string> = {};
  const units = xuanThangUnits().length;
  for (let i = 0; i < units; i++) {
    const r = FIRST_UNIT_ROW + i + 1;
    formulas[`${col("fail")}${r}`] = `0*${col("members")}${r}`;
    formulas[`${col("rated")}${r}`] =
      `SUM(${col("excellent")}${r},${col("good")}${r},${col("complete")}${r},${col("fail")}${r})`;
  }
  const totalRow = FIRST_UNIT_ROW + units + 1;
  formulas[`${col("good")}${totalRow}`] = `SUM(${col("good")}${FIRST_UNIT_ROW + 1}:${col("good")}${totalRow - 1})`;
  if (!cached) {
    // A program that writes formulas leaves their cells without values.
    for (const a of Object.keys(formulas)) {
      const { r, c } = XLSX.utils.decode_cell(a);
      sheet.values[r]![c] = "";
      sheet.types[r]![c] = "empty";
    }
  }
  return writeWithSheetJS([sheet], "xlsx", { XT: formulas });
}

describe("formulas", () => {
  test("a cached result is the value, 0 included (ExcelJS drops a cached 0)", async () => {
    const snapshot = await readWorkbookBytes(withFormulas(true), "xt.xlsx");
    const { issues } = validateWorkbook(snapshot);
    expect(issues.filter((i) => i.rule === "CELL-REQUIRED")).toEqual([]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(snapshot.sheets[0]!.values[FIRST_UNIT_ROW]![ALL_COLUMNS.indexOf("fail")]).toBe(0);
  });

  test("formulas without results are computed: references, arithmetic, SUM", async () => {
    const snapshot = await readWorkbookBytes(withFormulas(false), "xt.xlsx");
    const { issues } = validateWorkbook(snapshot);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "xt.xlsx", snapshot }]);
    expect(root!.figures.rated).toBe(166);
    expect(root!.figures.fail).toBe(0);
  });

  test("[CELL-NOT-CALCULATED] a formula the engine cannot compute is reported once per sheet, never summed as 0", () => {
    const sheet = levelSheet({ rows: xuanThangUnits() });
    const r = FIRST_UNIT_ROW;
    const c = ALL_COLUMNS.indexOf("good");
    sheet.values[r]![c] = "";
    sheet.types[r]![c] = "empty";
    sheet.values[r + 1]![c] = "";
    sheet.types[r + 1]![c] = "empty";
    sheet.formulas = sheet.values.map((row) => row.map(() => null));
    sheet.formulas[r]![c] = "'Sheet 2'!C8";
    sheet.formulas[r + 1]![c] = "VLOOKUP(B9,X!A:B,2,0)";
    const { issues } = validateWorkbook({ sheets: [sheet] });
    const reported = issues.filter((i) => i.rule === "CELL-NOT-CALCULATED");
    expect(reported).toEqual([expect.objectContaining({ cell: { row: r, col: c }, params: { cells: 2 } })]);
    expect(issues.filter((i) => i.rule === "CELL-REQUIRED" || i.rule === "CELL-ERROR-VALUE")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.figures.good).toBeNull(); // unknown, not 0
  });

  test.each([
    ["SUM(A1:B1)+C1*2", 1 + 2 + 6],
    ["(A1+B1)/C1", 1],
    ["-A1+10", 9],
    ["SUM(A1,B1,4)", 7],
  ])("evaluates %s", (f, expected) => {
    const cells: Record<string, number> = { "0,0": 1, "0,1": 2, "0,2": 3 };
    expect(evaluateFormula(f, (r, c) => cells[`${r},${c}`] ?? 0)).toBe(expected);
  });

  test("gives up on what it does not know", () => {
    expect(evaluateFormula("Sheet2!A1", () => 1)).toBeNull();
    expect(evaluateFormula("AVERAGE(A1:A3)", () => 1)).toBeNull();
    expect(evaluateFormula("A1/0", () => 1)).toBeNull();
    expect(evaluateFormula("A1+B1", (r, c) => (c === 1 ? null : 1))).toBeNull();
  });
});
