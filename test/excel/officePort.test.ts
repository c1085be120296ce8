/** @jest-environment jsdom */
import { createOfficePort } from "../../src/excel/officePort";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { validateWorkbook } from "../../src/core/validate";
import { flagsFromIssues } from "../../src/core/flags";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { recordingHost } from "./recordingHost/recordingHost";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

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
const analyse = (snap: WorkbookSnapshot) => flagsFromIssues(validateWorkbook(snap).issues);
const live = (host: ReturnType<typeof recordingHost>, i = 0) => host.model.sheets[i]!.formats.filter((f) => !f.deleted);

describe("the Office.js adapter, through Microsoft's Excel client and a model workbook", () => {
  test("reads every sheet with a number of requests that does not grow with the sheets", async () => {
    const one = recordingHost([commune(1)]);
    const a = await one.run((ctx) => readWorkbook(ctx, { withFlags: true }));
    const fifty = recordingHost(Array.from({ length: 50 }, (_, i) => commune(i + 1)));
    const b = await fifty.run((ctx) => readWorkbook(ctx, { withFlags: true }));
    expect(a.snapshot.sheets).toHaveLength(1);
    expect(b.snapshot.sheets).toHaveLength(50);
    expect(one.requests).toHaveLength(2);
    expect(fifty.requests).toHaveLength(2);
  });

  test("a workbook over Excel on the web's answer limit is read again in blocks, to the same snapshot", async () => {
    const units = Array.from({ length: 12_000 }, (_, i) => ({
      unit: `Chi bộ ${i + 1}`,
      excellent: 1,
      good: 10,
      complete: 1,
    }));
    const big = levelSheet({ name: "Lớn", rows: units });
    const normal = recordingHost([big, commune(1)], { limitBytes: Infinity });
    const whole = await normal.run((ctx) => readWorkbook(ctx, { withFlags: true }));
    const limited = recordingHost([big, commune(1)]);
    const chunked = await limited.run((ctx) => readWorkbook(ctx, { withFlags: true }));
    expect(chunked.snapshot).toEqual(whole.snapshot);
    expect(chunked.owned).toEqual([]);
    // The list; the request refused; the sizes and marks; blocks of at most 100.000 cells; the
    // merged areas; the conditional formats.
    expect(limited.requests).toHaveLength(1 + 1 + 1 + Math.ceil(((12_000 + 10) * 21) / 100_000) + 1 + 1);
    expect(limited.requests.filter((r) => r.refused).map((r) => r.refused)).toEqual([
      "ResponsePayloadSizeLimitExceeded",
    ]);
    expect(Math.max(...limited.requests.filter((r) => !r.refused).map((r) => r.responseBytes))).toBeLessThan(5_000_000);
  });

  test("the snapshot it reads is the one the .xlsx adapter reads from the same workbook (parity)", async () => {
    const sheets = [commune(1), faulty()];
    const host = recordingHost(sheets);
    const fromOffice = (await host.run((ctx) => readWorkbook(ctx, { withFlags: false }))).snapshot;
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

  test("Kiểm tra takes 3 requests for 1 sheet and for 50, paints the flagged cells, and changes no cell", async () => {
    for (const n of [1, 50]) {
      const host = recordingHost([faulty(), ...Array.from({ length: n - 1 }, (_, i) => commune(i + 1))]);
      await createOfficePort(host.run).checkAndFlag(analyse);
      expect(host.requests).toHaveLength(3);
      // A blank good count (M8), members typed as text (C9) and what follows from it: subject
      // no longer matches (G9), and the Cộng row's SUM skips the text (C19).
      expect(live(host).map((f) => [f.address, f.custom.rule.formula, f.custom.format.fill.color])).toEqual([
        ["M8", '=AND(N("xeploai")=0,LEN(TRIM(M8))=0)', "#FFC7CE"],
        ["C9", '=N("xeploai")=0', "#FFC7CE"],
        ["G9", '=N("xeploai")=0', "#FFC7CE"],
        ["C19", '=N("xeploai")=0', "#FFC7CE"],
      ]);
      expect(host.model.sheets.flatMap((s) => s.writes.filter((w) => !w.startsWith("conditionalFormat")))).toEqual([]);
    }
  });

  test("a second Kiểm tra replaces the add-in's flags and keeps the user's own formats; Xóa đánh dấu is exact", async () => {
    const host = recordingHost([faulty()]);
    const port = createOfficePort(host.run);
    const userFormats = [
      {
        type: "ColorScale",
        address: "C9:C19",
        custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
        deleted: false,
      },
      {
        type: "Custom",
        address: "B9",
        custom: { rule: { formula: "=B9>100" }, format: { fill: { color: "#00FF00" }, font: { color: "" } } },
        deleted: false,
      },
    ];
    host.model.sheets[0]!.formats.push(...userFormats);
    await port.checkAndFlag(analyse);
    await port.checkAndFlag(analyse);
    expect(live(host).filter((f) => f.custom.rule.formula.includes("xeploai"))).toHaveLength(4);
    expect(live(host)).toEqual(expect.arrayContaining(userFormats));
    expect(await port.clearFlags()).toBe(4);
    expect(live(host)).toEqual(userFormats);
  });

  test("Tổng hợp writes only sheets the add-in owns, marks them, and replaces them in place on a re-run", async () => {
    const host = recordingHost([commune(1), commune(2), levelSheet({ name: "Tổng hợp", rows: xuanThangUnits() })]);
    const port = createOfficePort(host.run);
    const build = (snap: WorkbookSnapshot, names: { all: readonly string[]; owned: readonly string[] }) =>
      summarizeWorkbooks([{ name: "", snapshot: snap }], {
        linkSources: true,
        takenSheetNames: names.all.filter((n) => !names.owned.includes(n)),
      }).layouts;
    const first = await port.summarizeInto(build);
    // The user's own sheet called "Tổng hợp" is not touched: the summary takes another name.
    expect(first).toEqual(["Tổng hợp (2)", "Tình hình nộp biểu", "Đoạn báo cáo", "Biểu 6", "Biểu 7"]);
    expect(host.requests).toHaveLength(3);
    expect(host.model.sheets.slice(0, 3).flatMap((s) => s.writes)).toEqual([]);
    expect(host.model.sheets.slice(3).map((s) => [s.name, s.customProperties.get("xeploai")])).toEqual([
      ["Tổng hợp (2)", "summary"],
      ["Tình hình nộp biểu", "summary"],
      ["Đoạn báo cáo", "summary"],
      ["Biểu 6", "summary"],
      ["Biểu 7", "summary"],
    ]);
    const before = host.model.sheets.length;
    const second = await port.summarizeInto(build);
    expect(second).toEqual(first);
    expect(host.model.sheets).toHaveLength(before);
    expect(host.model.sheets[3]!.writes.filter((w) => w.startsWith("clear"))).toEqual(["clear sheet"]);
  });

  test("where custom properties are missing (before ExcelApi 1.12), a defined name marks the add-in's sheets", async () => {
    const host = recordingHost([commune(1), commune(2)], { api: "1.11" });
    const port = createOfficePort(host.run);
    await port.summarizeInto((snap) => summarizeWorkbooks([{ name: "", snapshot: snap }]).layouts);
    expect(host.model.sheets.slice(2).map((s) => [s.name, [...s.names]])).toEqual([
      ["Tổng hợp", ["xeploai_owned"]],
      ["Tình hình nộp biểu", ["xeploai_owned"]],
      ["Đoạn báo cáo", ["xeploai_owned"]],
      ["Biểu 6", ["xeploai_owned"]],
      ["Biểu 7", ["xeploai_owned"]],
    ]);
    expect(port.capabilities.importSheets).toBe(false);
    await expect(port.importWorkbooks([{ name: "a.xlsx", bytes: new Uint8Array([1]) }])).rejects.toThrow(
      /ExcelApi 1.13/,
    );
  });

  test("selects a cell, and imports the level sheets of a file with insertWorksheetsFromBase64", async () => {
    const host = recordingHost([commune(1)]);
    const port = createOfficePort(host.run);
    await port.selectCell("Xã 1", { row: 9, col: 12 });
    expect(host.model.activated).toEqual(["Xã 1"]);
    expect(host.model.sheets[0]!.writes).toEqual(["select M10"]);
    const added = await port.importWorkbooks([
      { name: "b.xlsx", bytes: new Uint8Array([80, 75, 3, 4]), sheetNames: ["Xuân Thắng"] },
    ]);
    expect(added).toEqual(["Xuân Thắng"]);
    expect(host.model.inserted[0]).toEqual({
      base64: "UEsDBA==",
      options: { positionType: "End", sheetNamesToInsert: ["Xuân Thắng"] },
    });
  });
});
