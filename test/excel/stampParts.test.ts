import { createOfficePort } from "../../src/excel/officePort";
import { summarizeWorkbooks, type SummaryResult } from "../../src/core/summarize";
import { validateWorkbook } from "../../src/core/validate";
import { makeStamp } from "../../src/core/stamp/makeStamp";
import { stampToXml, stampFromXml } from "../../src/core/stamp/stampXml";
import { STAMP_NAMESPACE } from "../../src/core/stamp/CheckStamp";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { fakeWorkbook, runnerFor, type FakeWorkbook } from "./fakeExcel";
import { Controller } from "../../src/taskpane/controller";
import { addStampPart } from "../../src/xlsx/stampParts";
import { writeWithSheetJS } from "../builders/sheetjsFixture";

/** The model workbook's custom XML parts (ExcelApi 1.5), in the stamp namespace. */
function withCustomXml(wb: FakeWorkbook): { readonly parts: { ns: string; xml: string }[] } {
  return {
    get parts() {
      return wb.host.model.customXmlParts.filter((p) => p.ns === STAMP_NAMESPACE);
    },
  };
}

const xuanThang = (rows = xuanThangUnits()) =>
  levelSheet({ name: "Xuân Thắng", organisation: "ĐẢNG ỦY XÃ XUÂN THẮNG", year: 2022, rows });
const make = (checker: string) => (snapshot: WorkbookSnapshot) => {
  const stamp = makeStamp(validateWorkbook(snapshot), { checker, time: "2022-11-20T08:00:00.000Z" });
  return stamp ? stampToXml(stamp) : null;
};

describe("the check stamp in Excel (custom XML parts, ExcelApi 1.5)", () => {
  test("Đóng dấu after a clean check keeps one stamp part, and no cell is written", async () => {
    const wb = fakeWorkbook([xuanThang()]);
    const store = withCustomXml(wb);
    const port = createOfficePort(runnerFor(wb));
    expect(await port.stampCheck!(make("Nguyễn Thị Mai"))).toBe(true);
    expect(store.parts).toHaveLength(1);
    expect(stampFromXml(store.parts[0]!.xml)?.checker).toBe("Nguyễn Thị Mai");
    expect(wb.sheets.flatMap((s) => s.writes)).toEqual([]);
    // Stamped again: the new stamp supersedes the old one of the same sheet.
    expect(await port.stampCheck!(make("Trần Văn B"))).toBe(true);
    expect(store.parts.map((p) => stampFromXml(p.xml)?.checker)).toEqual(["Trần Văn B"]);
  });

  test("an error found: no stamp", async () => {
    const rows = xuanThangUnits();
    rows[0]!.set = { good: "" };
    const wb = fakeWorkbook([xuanThang(rows)]);
    const store = withCustomXml(wb);
    expect(await createOfficePort(runnerFor(wb)).stampCheck!(make("A"))).toBe(false);
    expect(store.parts).toEqual([]);
  });

  test("Tổng hợp reads the stamps: checked while the figures stay, changed once one moves", async () => {
    const wb = fakeWorkbook([xuanThang()]);
    withCustomXml(wb);
    const port = createOfficePort(runnerFor(wb));
    await port.stampCheck!(make("Nguyễn Thị Mai"));
    let result: SummaryResult | null = null;
    const build = (snapshot: WorkbookSnapshot) => (result = summarizeWorkbooks([{ name: "", snapshot }])).layouts;
    await port.summarizeInto(build);
    expect(result!.stampOf(result!.root!)?.state).toBe("checked");
    const rows = xuanThangUnits();
    rows[2] = { ...rows[2]!, good: rows[2]!.good - 1, complete: (rows[2]!.complete ?? 0) + 1 };
    wb.sheets[0]!.snapshot = xuanThang(rows);
    await port.summarizeInto(build);
    expect(result!.stampOf(result!.root!)?.state).toBe("changed");
  });

  test("a workbook without stamps costs Tổng hợp no extra round trip", async () => {
    const plain = fakeWorkbook([xuanThang()]);
    await createOfficePort(runnerFor(plain)).summarizeInto(
      (s) => summarizeWorkbooks([{ name: "", snapshot: s }]).layouts,
    );
    const withParts = fakeWorkbook([xuanThang()]);
    withCustomXml(withParts);
    await createOfficePort(runnerFor(withParts)).summarizeInto(
      (s) => summarizeWorkbooks([{ name: "", snapshot: s }]).layouts,
    );
    expect(withParts.syncs()).toBe(plain.syncs());
  });
});

describe("Nhập biểu in Excel keeps the imported files' stamps", () => {
  test("a commune's stamped file: its sheet copied in, its stamp kept as a part of this workbook", async () => {
    const wb = fakeWorkbook([
      levelSheet({ name: "Huyện", organisation: "HUYỆN ỦY B", year: 2022, rows: xuanThangUnits() }),
    ]);
    const store = withCustomXml(wb);
    const port = createOfficePort(runnerFor(wb));
    const xml = make("Nguyễn Thị Mai")({ sheets: [xuanThang()] })!;
    const file = {
      name: "xuan-thang-da-kiem-tra.xlsx",
      bytes: await addStampPart(writeWithSheetJS([xuanThang()], "xlsx"), xml),
    };
    const plain = { name: "tan-thanh.xlsx", bytes: writeWithSheetJS([xuanThang()], "xlsx") };
    await new Controller(port).importFiles([file, plain], async () => ["Xuân Thắng"]);
    expect(wb.inserted).toHaveLength(2);
    expect(store.parts.map((p) => p.xml)).toEqual([xml]);
  });
});
