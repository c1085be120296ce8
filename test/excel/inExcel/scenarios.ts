import { createOfficePort } from "../../../src/excel/officePort";
import { validateWorkbook } from "../../../src/core/validate";
import { flagsFromIssues } from "../../../src/core/flags";
import { summarizeWorkbooks } from "../../../src/core/summarize";
import { flagRectangles } from "../../../src/excel/flags";
import { a1Range } from "../../../src/core/issues/a1";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";
import type { WorkbookNames } from "../../../src/core/port";
import { levelSheet, xuanThangUnits } from "../../builders/levelSheet";
import { writeWithSheetJS } from "../../builders/sheetjsFixture";

/** One checked expectation, in the shape office-addin-test-server collects. */
export interface TestResult {
  resultName: string;
  resultValue: unknown;
  expectedValue: unknown;
}

const faulty = () => {
  const units = xuanThangUnits();
  units[0]!.set = { good: "" };
  units[1]!.set = { members: "19 " };
  return levelSheet({ name: "Lỗi", organisation: "ĐẢNG ỦY XÃ LỖI", parent: "HUYỆN ỦY THỚI LAI", rows: units });
};
const build = (snap: WorkbookSnapshot, names: WorkbookNames) =>
  summarizeWorkbooks([{ name: "", snapshot: snap }], {
    linkSources: true,
    takenSheetNames: names.all.filter((n) => !names.owned.includes(n)),
  }).layouts;

/** Writes a snapshot into a new sheet of the open workbook, values and number formats as typed. */
async function addSheet(sheet: SheetSnapshot): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add(sheet.name);
    const rows = sheet.values.length;
    const cols = sheet.values[0]?.length ?? 0;
    const range = ws.getCell(sheet.origin.row, sheet.origin.col).getResizedRange(rows - 1, cols - 1);
    range.numberFormat = sheet.types.map((row) => row.map((t) => (t === "string" ? "@" : "General")));
    range.values = sheet.values;
    for (const m of sheet.merges)
      ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge();
    await context.sync();
  });
}

/** The custom conditional formats of a sheet, as "address formula". */
async function formatsOf(sheet: string): Promise<string[]> {
  return Excel.run(async (context) => {
    const formats = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    formats.load("items/type");
    await context.sync();
    const ranges = formats.items.map((cf) => ({ cf, range: cf.getRange() }));
    ranges.forEach(({ range }) => range.load("address"));
    await context.sync();
    return ranges.map(({ cf, range }) => `${cf.type} ${range.address.split("!")[1]}`).sort();
  });
}

/**
 * The mock tests' scenarios in a real Excel: Kiểm tra paints the expected cells, Xóa đánh dấu
 * leaves the user's own format, Tổng hợp writes owned sheets and re-runs in place, Nhập biểu.
 */
export async function runScenarios(): Promise<TestResult[]> {
  const results: TestResult[] = [];
  const expect = (resultName: string, resultValue: unknown, expectedValue: unknown) =>
    results.push({
      resultName,
      resultValue: JSON.stringify(resultValue),
      expectedValue: JSON.stringify(expectedValue),
    });
  const sheet = faulty();
  await addSheet(sheet);
  const port = createOfficePort();

  await port.checkAndFlag((snap) => flagsFromIssues(validateWorkbook(snap).issues));
  const expected = flagRectangles(flagsFromIssues(validateWorkbook({ sheets: [sheet] }).issues))
    .map((r) => `Custom ${a1Range(r.rect)}`)
    .sort();
  expect("Kiểm tra paints the expected cells", await formatsOf("Lỗi"), expected);

  await Excel.run(async (context) => {
    const user = context.workbook.worksheets.getItem("Lỗi").getRange("B9:B12").conditionalFormats;
    user.add(Excel.ConditionalFormatType.colorScale);
    await context.sync();
  });
  await port.clearFlags();
  expect("Xóa đánh dấu leaves the user's formats", await formatsOf("Lỗi"), ["ColorScale B9:B12"]);

  const first = await port.summarizeInto(build);
  const count = await Excel.run(async (context) => {
    context.workbook.worksheets.load("items/name");
    await context.sync();
    return context.workbook.worksheets.items.length;
  });
  const second = await port.summarizeInto(build);
  const after = await Excel.run(async (context) => {
    context.workbook.worksheets.load("items/name");
    await context.sync();
    return context.workbook.worksheets.items.length;
  });
  expect("Tổng hợp re-runs in place", [second, after], [first, count]);

  if (port.capabilities.importSheets) {
    const bytes = writeWithSheetJS([levelSheet({ name: "Nhập", rows: xuanThangUnits() })], "xlsx");
    const added = await port.importWorkbooks([{ name: "nhap.xlsx", bytes, sheetNames: ["Nhập"] }]);
    expect("Nhập biểu inserts the level sheet", added, ["Nhập"]);
  }
  return results;
}
