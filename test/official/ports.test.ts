import ExcelJS from "exceljs";
import { createOfficePort } from "../../src/excel/officePort";
import { BrowserWorkbook } from "../../src/xlsx/browserWorkbook";
import { summarizeWorkbooks } from "../../src/core/summarize";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { levelSheet, xuanThangUnits, type UnitFigures } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { fakeWorkbook, runnerFor } from "../excel/fakeExcel";
import { columnOf } from "../../src/core/official/formLayout";

// What the pane's Tổng hợp asks of either port (src/taskpane/controller.ts).
const build = (snapshot: WorkbookSnapshot, names: { all: readonly string[]; owned: readonly string[] }) =>
  summarizeWorkbooks([{ name: "", snapshot }], {
    linkSources: true,
    takenSheetNames: names.all.filter((n) => !names.owned.includes(n)),
  }).layouts;

const cbcs = (unit: string): UnitFigures => ({ unit, excellent: 1, good: 10, complete: 1 });
const sheets = () => [
  levelSheet({
    name: "Huyện",
    organisation: "HUYỆN ỦY THỚI LAI",
    parent: "THÀNH ỦY CẦN THƠ",
    unitLabel: "Tên tổ chức đảng",
    rows: [
      { unit: "Đảng bộ xã Xuân Thắng", excellent: 21, good: 131, complete: 14, unitRating: "Hoàn thành tốt nhiệm vụ" },
      cbcs("Chi bộ Trường THPT Thới Lai"),
      cbcs("Chi bộ Công an xã"),
    ],
  }),
  levelSheet({
    name: "Xuân Thắng",
    organisation: "ĐẢNG ỦY XÃ XUÂN THẮNG",
    parent: "HUYỆN ỦY THỚI LAI",
    rows: xuanThangUnits(),
  }),
];

/** A written sheet as a grid of what Excel would be given: "=formula" where there is one, else the value. */
async function grid(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name)!;
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // ExcelJS gives a merged area's value in each of its cells; Excel holds it in the first.
      const v = (cell.isMerged && cell.master.address !== cell.address ? "" : cell.value) as ExcelJS.CellValue;
      out[r - 1]![c - 1] =
        v && typeof v === "object" && "formula" in v ? `=${v.formula}` : v === null || v === undefined ? "" : v;
    });
  });
  return out;
}

/** Trailing blanks trimmed, so that two writers' grids compare by content. */
const trim = (rows: unknown[][]) =>
  rows.map((r) => {
    const row = [...(r ?? [])].map((v) => (v === undefined ? "" : v));
    while (row.length > 0 && row[row.length - 1] === "") row.pop();
    return row;
  });

describe("Biểu 6 and Biểu 7 through both ports", () => {
  test("browser mode's Tải về and the add-in's Tổng hợp write the same two sheets, formulas and figures alike", async () => {
    const snapshots = sheets();
    const excel = fakeWorkbook(snapshots);
    const fromExcel = await createOfficePort(runnerFor(excel)).summarizeInto(build);
    const browser = new BrowserWorkbook();
    await browser.open([{ name: "huyen.xlsx", bytes: writeWithSheetJS(snapshots, "xlsx") }]);
    const fromBrowser = await browser.summarizeInto(build);
    expect(fromExcel).toEqual(fromBrowser);
    expect(fromBrowser).toEqual(expect.arrayContaining(["Biểu 6", "Biểu 7"]));
    const downloaded = await browser.download();
    for (const name of ["Biểu 6", "Biểu 7"]) {
      const written = excel.sheets.find((s) => s.name === name)!;
      expect(written.customProperties.get("xeploai")).toBe("summary");
      expect(trim(await grid(downloaded, name))).toEqual(trim(written.formulas!));
    }
    // And what they hold: Xuân Thắng in A.I under Xã; the school and the police chi bộ in A.II;
    // Xuân Thắng's 11 chi bộ in B.II under Xã; Tổng số as formulas over the types.
    const form6 = trim(excel.sheets.find((s) => s.name === "Biểu 6")!.formulas!);
    const total = form6.filter((r) => r[0] === "1. Số có đến cuối năm (1=2+3)");
    expect(total.map((r) => [r[columnOf("xa")], r[columnOf("servicePublic")], r[columnOf("police")]])).toEqual([
      [1, 0, 0],
      [0, 1, 1],
      [0, 0, 0],
      [expect.stringMatching(/^='Tổng hợp'!S\d+$/), 0, 0], // 11 chi bộ, linked to Xuân Thắng's row
    ]);
    expect(total.map((r) => String(r[columnOf("total")]).startsWith("=C"))).toEqual([true, true, false, true]);
  });
});
