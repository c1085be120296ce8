import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { readXlsxWithExcelJS } from "../../src/xlsx/readXlsxExcelJS";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { summarizeWorkbooks } from "../../src/core/summarize";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

const seeds = path.resolve(__dirname, "../../seeds");
const seedFiles = fs
  .readdirSync(seeds, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => path.join(seeds, f));

/** The snapshot without the field only the streaming reader can fill. */
const comparable = (book: WorkbookSnapshot) => ({
  sheets: book.sheets.map((s) => ({ ...s, uncalculated: undefined })),
});

/**
 * The one known difference: ExcelJS reads a formula whose cached result is 0 as blank (and the
 * engine then says "not filled in"). Those cells, and only those, are set to 0 in ExcelJS's
 * snapshot before comparing; every such cell is checked to be a formula in the file.
 */
async function expectParity(bytes: Uint8Array, name: string) {
  const streamed = await readXlsx(bytes, name);
  const excel = await readXlsxWithExcelJS(bytes, name);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  excel.sheets.forEach((sheet, i) => {
    const mine = streamed.sheets[i];
    if (!mine || mine.origin.row !== sheet.origin.row || mine.origin.col !== sheet.origin.col) return;
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" || mine.values[r]?.[c] !== 0) return;
        const cell = wb.worksheets[i]!.getCell(r + sheet.origin.row + 1, c + sheet.origin.col + 1);
        expect(cell.type).toBe(ExcelJS.ValueType.Formula);
        row[c] = 0;
        sheet.types[r]![c] = "number";
      }),
    );
  });
  expect(comparable(streamed)).toEqual(comparable(excel));
  return streamed;
}

describe("the streaming .xlsx reader gives the same snapshot as ExcelJS", () => {
  test.each(seedFiles.map((f) => [path.relative(seeds, f), f]))("sample %s", async (_, file) => {
    await expectParity(new Uint8Array(fs.readFileSync(file)), file);
  });

  test("a level sheet written by SheetJS, with formulas, an error cell and number formats", async () => {
    const units = xuanThangUnits();
    units[2]!.set = { subject: { error: "#REF!" } };
    const snap = levelSheet({ rows: units });
    await expectParity(writeWithSheetJS([snap], "xlsx", { [snap.name]: { J8: "H8-I8" } }), "sheetjs.xlsx");
  });

  test("a summary written by the project's writer (formulas with cached results, merges, formats)", async () => {
    const district = fs.readdirSync(path.join(seeds, "thoi-lai-2022")).map((f) => path.join(seeds, "thoi-lai-2022", f));
    const books = await Promise.all(
      district.map(async (f) => ({ name: f, snapshot: await readXlsx(new Uint8Array(fs.readFileSync(f)), f) })),
    );
    const { layouts } = summarizeWorkbooks(books);
    await expectParity(await writeLayouts(layouts), "tong-hop.xlsx");
  });

  test("ExcelJS cells of every kind: dates, booleans, rich text, errors, styled blanks, cached 0", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kinds");
    ws.getCell("A1").value = new Date(Date.UTC(2022, 10, 28));
    ws.getCell("B2").value = true;
    ws.getCell("C3").value = { richText: [{ text: "Chi bộ " }, { font: { bold: true }, text: "ấp 1" }] };
    ws.getCell("D4").value = { error: "#DIV/0!" };
    ws.getCell("E5").value = { formula: "A1-A1", result: 0 };
    ws.getCell("F6").numFmt = "0.00%";
    ws.getCell("F7").value = 0.25;
    ws.getCell("F7").numFmt = "0.00%";
    ws.getCell("G8").value = "ĐẢNG BỘ";
    ws.getCell("G8").font = { name: ".VnTime" };
    ws.mergeCells("A10:C11");
    ws.getCell("A10").value = "gộp";
    const read = await expectParity(new Uint8Array(await wb.xlsx.writeBuffer()), "kinds.xlsx");
    // A formula whose cached result is 0 reads as the number 0, not blank.
    expect(read.sheets[0]!.values[4]![4]).toBe(0);
    expect(read.sheets[0]!.types[4]![4]).toBe("number");
  });
});
