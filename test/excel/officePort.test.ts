import { createOfficePort } from "../../src/excel/officePort";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { validateWorkbook } from "../../src/core/validate";
import { flagsFromIssues } from "../../src/core/flags";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { fakeWorkbook, runnerFor } from "./fakeExcel";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";

const commune = (i: number) =>
  levelSheet({
    name: `Xã ${i}`,
    organisation: `ĐẢNG ỦY XÃ SỐ ${i}`,
    parent: "HUYỆN ỦY THỚI LAI",
    rows: xuanThangUnits(),
  });
const faulty = () => {
  const units = xuanThangUnits();
  units[0]!.set = { good: "" };
  units[1]!.set = { members: "19 " };
  return levelSheet({ name: "Lỗi", rows: units });
};

describe("the Office.js adapter, against office-addin-mock", () => {
  test("reads every sheet with a number of syncs that does not grow with the sheets", async () => {
    const one = fakeWorkbook([commune(1)]);
    const fifty = fakeWorkbook(Array.from({ length: 50 }, (_, i) => commune(i + 1)));
    const a = await readWorkbook(one.context, { withFlags: true });
    const b = await readWorkbook(fifty.context, { withFlags: true });
    expect(a.snapshot.sheets).toHaveLength(1);
    expect(b.snapshot.sheets).toHaveLength(50);
    expect(one.syncs()).toBe(2);
    expect(fifty.syncs()).toBe(one.syncs());
  });

  test("a workbook over Excel on the web's answer limit is read again in blocks, to the same snapshot", async () => {
    const units = Array.from({ length: 12_000 }, (_, i) => ({
      unit: `Chi bộ ${i + 1}`,
      excellent: 1,
      good: 10,
      complete: 1,
    }));
    const big = levelSheet({ name: "Lớn", rows: units });
    const normal = await readWorkbook(fakeWorkbook([big, commune(1)]).context, { withFlags: true });
    const limited = fakeWorkbook([big, commune(1)], { v112: true, v113: true }, 150_000);
    const chunked = await readWorkbook(limited.context, { withFlags: true });
    expect(chunked.snapshot).toEqual(normal.snapshot);
    expect(chunked.owned).toEqual([]);
    // The list; the request refused; the same without data; then blocks of at most 100.000 cells.
    expect(limited.syncs()).toBe(1 + 1 + 1 + Math.ceil(((12_000 + 10) * 21) / 100_000));
  });

  test("the snapshot it reads is the one the .xlsx adapter reads from the same workbook (parity)", async () => {
    const sheets = [commune(1), faulty()];
    const fromOffice = (await readWorkbook(fakeWorkbook(sheets).context, { withFlags: false })).snapshot;
    const fromFile = await readWorkbookBytes(writeWithSheetJS(sheets, "xlsx"), "same.xlsx");
    const comparable = (s: (typeof fromOffice.sheets)[number]) => ({
      name: s.name,
      origin: s.origin,
      values: s.values,
      types: s.types,
      merges: s.merges,
    });
    expect(fromOffice.sheets.map(comparable)).toEqual(fromFile.sheets.map(comparable));
    expect(validateWorkbook(fromOffice).issues).toEqual(validateWorkbook(fromFile).issues);
  });

  test("Kiểm tra takes 3 syncs for 1 sheet and for 50, paints one flag per flagged cell, and changes no cell", async () => {
    for (const n of [1, 50]) {
      const wb = fakeWorkbook([faulty(), ...Array.from({ length: n - 1 }, (_, i) => commune(i + 1))]);
      const port = createOfficePort(runnerFor(wb));
      await port.checkAndFlag((snap) => flagsFromIssues(validateWorkbook(snap).issues));
      expect(wb.syncs()).toBe(3);
      const lỗi = wb.sheets[0]!;
      // A blank good count (M8), members typed as text (C9) and what follows from it: subject
      // no longer matches (G9), and the Cộng row's SUM skips the text (C19).
      expect(lỗi.formats.filter((f) => !f.deleted).map((f) => [f.address, f.custom.rule.formula])).toEqual([
        ["M8", '=AND(N("xeploai")=0,LEN(TRIM(M8))=0)'],
        ["C9", '=N("xeploai")=0'],
        ["G9", '=N("xeploai")=0'],
        ["C19", '=N("xeploai")=0'],
      ]);
      expect(wb.sheets.flatMap((s) => s.writes.filter((w) => !w.startsWith("conditionalFormat")))).toEqual([]);
    }
  });

  test("a second Kiểm tra replaces the add-in's flags and keeps the user's own formats", async () => {
    const wb = fakeWorkbook([faulty()]);
    const userFormat = {
      type: "ColorScale" as const,
      address: "A1",
      custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
      deleted: false,
      delete() {},
    };
    wb.sheets[0]!.formats.push(userFormat);
    const port = createOfficePort(runnerFor(wb));
    const analyse = (snap: Parameters<Parameters<typeof port.checkAndFlag>[0]>[0]) =>
      flagsFromIssues(validateWorkbook(snap).issues);
    await port.checkAndFlag(analyse);
    await port.checkAndFlag(analyse);
    const live = wb.sheets[0]!.formats.filter((f) => !f.deleted);
    expect(live.filter((f) => f.type === "Custom")).toHaveLength(4);
    expect(live).toContain(userFormat);
    expect(await port.clearFlags()).toBe(4);
    expect(wb.sheets[0]!.formats.filter((f) => !f.deleted)).toEqual([userFormat]);
  });

  test("before ExcelApi 1.14, the add-in's flags are told apart with one more round trip", async () => {
    const wb = fakeWorkbook([faulty()], { v112: true, v113: false });
    const port = createOfficePort(runnerFor(wb));
    const analyse = (snap: Parameters<Parameters<typeof port.checkAndFlag>[0]>[0]) =>
      flagsFromIssues(validateWorkbook(snap).issues);
    await port.checkAndFlag(analyse);
    expect(wb.syncs()).toBe(3); // no custom format yet: nothing to tell apart
    await port.checkAndFlag(analyse);
    expect(wb.syncs()).toBe(3 + 4);
    expect(wb.sheets[0]!.formats.filter((f) => !f.deleted)).toHaveLength(4);
  });

  test("Tổng hợp writes only sheets the add-in owns, marks them, and replaces them in place on a re-run", async () => {
    const wb = fakeWorkbook([commune(1), commune(2), levelSheet({ name: "Tổng hợp", rows: xuanThangUnits() })]);
    const port = createOfficePort(runnerFor(wb));
    const build = (
      snap: Parameters<Parameters<typeof port.summarizeInto>[0]>[0],
      names: { all: readonly string[]; owned: readonly string[] },
    ) =>
      summarizeWorkbooks([{ name: "", snapshot: snap }], {
        linkSources: true,
        takenSheetNames: names.all.filter((n) => !names.owned.includes(n)),
      }).layouts;
    const first = await port.summarizeInto(build);
    // The user's own sheet called "Tổng hợp" is not touched: the summary takes another name.
    expect(first).toEqual(["Tổng hợp (2)", "Tình hình nộp biểu", "Đoạn báo cáo"]);
    expect(wb.syncs()).toBe(3);
    expect(wb.sheets.slice(0, 3).flatMap((s) => s.writes)).toEqual([]);
    expect(wb.sheets.slice(3).map((s) => [s.name, s.customProperties.get("xeploai")])).toEqual([
      ["Tổng hợp (2)", "summary"],
      ["Tình hình nộp biểu", "summary"],
      ["Đoạn báo cáo", "summary"],
    ]);
    const before = wb.sheets.length;
    const second = await port.summarizeInto(build);
    expect(second).toEqual(first);
    expect(wb.sheets).toHaveLength(before);
    expect(wb.sheets[3]!.writes.filter((w) => w.startsWith("clear"))).toEqual(["clear sheet"]);
  });

  test("where custom properties are missing (before ExcelApi 1.12), a defined name marks the add-in's sheets", async () => {
    const wb = fakeWorkbook([commune(1), commune(2)], { v112: false, v113: false });
    const port = createOfficePort(runnerFor(wb));
    await port.summarizeInto((snap) => summarizeWorkbooks([{ name: "", snapshot: snap }]).layouts);
    expect(wb.sheets.slice(2).map((s) => [s.name, [...s.names]])).toEqual([
      ["Tổng hợp", ["xeploai_owned"]],
      ["Tình hình nộp biểu", ["xeploai_owned"]],
      ["Đoạn báo cáo", ["xeploai_owned"]],
    ]);
    expect(port.capabilities.importSheets).toBe(false);
    await expect(port.importWorkbooks([{ name: "a.xlsx", bytes: new Uint8Array([1]) }])).rejects.toThrow(
      /ExcelApi 1.13/,
    );
  });

  test("selects a cell, and imports the level sheets of a file with insertWorksheetsFromBase64", async () => {
    const wb = fakeWorkbook([commune(1)]);
    const port = createOfficePort(runnerFor(wb));
    await port.selectCell("Xã 1", { row: 9, col: 12 });
    expect(wb.activated).toEqual(["Xã 1"]);
    expect(wb.selected).toEqual(["Xã 1!M10"]);
    const added = await port.importWorkbooks([
      { name: "b.xlsx", bytes: new Uint8Array([80, 75, 3, 4]), sheetNames: ["Xuân Thắng"] },
    ]);
    expect(added).toEqual(["Imported 1"]);
    expect(wb.inserted[0]).toEqual({
      base64: "UEsDBA==",
      options: { positionType: "End", sheetNamesToInsert: ["Xuân Thắng"] },
    });
  });
});
