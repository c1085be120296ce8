import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { evaluateFormula } from "../../src/core/recognize/evaluateFormula";
import { levelSheet, xuanThangUnits, ALL_COLUMNS } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { FIRST_UNIT_ROW } from "../builders/validateSpec";
import { rawXlsx, workbookParts, worksheet, snapshotRows, mergesXml } from "../builders/rawXlsx";

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

describe("formulas without results outside the cells with values (a raw package)", () => {
  const sheet = levelSheet({ name: "XT", rows: xuanThangUnits() });
  const width = sheet.values[0]!.length;
  const right = XLSX.utils.encode_col(width + 1); // a column past the table, one left blank between
  const unit = FIRST_UNIT_ROW + 1; // the first unit's row, as Excel numbers it
  const below = FIRST_UNIT_ROW + xuanThangUnits().length + 3; // the row after the one under the total
  const good = col("good");

  /** The sample sheet as XML, with `beside` in the first unit's row past the table and `under` in `good` below the total. */
  async function read(beside: string, under: string) {
    const rows = snapshotRows(sheet);
    rows[unit - 1] = rows[unit - 1]!.replace("</row>", `<c r="${right}${unit}"><f>${beside}</f></c></row>`);
    rows.push(`<row r="${below}"><c r="${good}${below}"><f>${under}</f></c></row>`);
    const bytes = await rawXlsx(workbookParts([{ name: "XT", xml: worksheet(rows, {}, mergesXml(sheet)) }]));
    return readWorkbookBytes(bytes, "xt.xlsx");
  }

  test("[CELL-NOT-CALCULATED] both are in the snapshot and reported when they cannot be computed", async () => {
    const book = await read("'Sheet 2'!C8", "VLOOKUP(B9,X!A:B,2,0)");
    const s = book.sheets[0]!;
    expect(s.values).toHaveLength(below);
    expect(s.values[0]).toHaveLength(width + 2);
    expect(s.formulas![unit - 1]![width + 1]).toBe("'Sheet 2'!C8");
    expect(s.formulas![below - 1]![ALL_COLUMNS.indexOf("good")]).toBe("VLOOKUP(B9,X!A:B,2,0)");
    const reported = validateWorkbook(book).issues.filter((i) => i.rule === "CELL-NOT-CALCULATED");
    expect(reported).toEqual([
      expect.objectContaining({ cell: { row: unit - 1, col: width + 1 }, params: { cells: 2 } }),
    ]);
  });

  test("[TPL-COLUMN-UNREAD] [TPL-ROW-UNREAD] computed, their figures are accounted for like typed ones", async () => {
    const members = sheet.values[unit - 1]![ALL_COLUMNS.indexOf("members")] as number;
    const book = await read(`${col("members")}${unit}*2`, `${col("members")}${unit}+1`);
    const { issues } = validateWorkbook(book);
    expect(issues.filter((i) => i.rule === "CELL-NOT-CALCULATED")).toEqual([]);
    expect(issues.find((i) => i.rule === "TPL-COLUMN-UNREAD")?.params).toMatchObject({ numbers: 1, sum: 2 * members });
    expect(issues.find((i) => i.rule === "TPL-ROW-UNREAD")?.params).toMatchObject({
      numbers: 1,
      sum: members + 1,
      reason: "afterTotal",
    });
  });
});
