import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { makeStamp } from "../../src/core/stamp/makeStamp";
import { stampFromXml, stampToXml } from "../../src/core/stamp/stampXml";
import { describeStamp, readStamps, stampJudge } from "../../src/core/stamp/stampStatus";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { addStampPart, readStampParts } from "../../src/xlsx/stampParts";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";

const BY = { checker: "Nguyễn Thị Mai", time: "2022-11-20T08:30:00.000Z" };
const xuanThang = (change = 0): WorkbookSnapshot => {
  const rows = xuanThangUnits();
  rows[0] = { ...rows[0]!, good: rows[0]!.good + change };
  return { sheets: [levelSheet({ name: "Xuân Thắng", organisation: "ĐẢNG ỦY XÃ XUÂN THẮNG", year: 2022, rows })] };
};
const levelOf = (s: WorkbookSnapshot) => validateWorkbook(s).sheets[0] as LevelSheet;

describe("the check stamp", () => {
  test("made when Kiểm tra finds no error: checker, time, program, rule set, one digest per level sheet", () => {
    const stamp = makeStamp(validateWorkbook(xuanThang()), BY)!;
    expect(stamp).toMatchObject({
      checker: "Nguyễn Thị Mai",
      time: BY.time,
      program: "xeploai 0.1.0",
      ruleSets: ["HD21"],
    });
    expect(stamp.sheets).toHaveLength(1);
    expect(stamp.sheets[0]).toMatchObject({ sheet: "Xuân Thắng", organisation: "ĐẢNG ỦY XÃ XUÂN THẮNG" });
    expect(stamp.sheets[0]!.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  test("not made when there is an error, or no checker's name", () => {
    const broken = xuanThang();
    const rows = xuanThangUnits();
    rows[0]!.set = { good: "" };
    broken.sheets[0] = levelSheet({ organisation: "ĐẢNG ỦY XÃ XUÂN THẮNG", year: 2022, rows });
    expect(validateWorkbook(broken).issues.some((i) => i.severity === "error")).toBe(true);
    expect(makeStamp(validateWorkbook(broken), BY)).toBeNull();
    expect(makeStamp(validateWorkbook(xuanThang()), { ...BY, checker: "  " })).toBeNull();
  });

  test("XML round trip, with names that need escaping; anything else reads as no stamp", () => {
    const stamp = makeStamp(validateWorkbook(xuanThang()), { ...BY, checker: 'Lê "Bé" <Tư> & Cộng sự' })!;
    expect(stampFromXml(stampToXml(stamp))).toEqual(stamp);
    expect(stampFromXml("<other xmlns='urn:x'/>")).toBeNull();
    expect(stampFromXml(stampToXml(stamp).replace(/digest="[0-9a-f]+"/, 'digest="xyz"'))).toBeNull();
  });

  test("judged at the level above: checked, changed after the check (which sheet), not checked", () => {
    const stamps = readStamps([stampToXml(makeStamp(validateWorkbook(xuanThang()), BY)!)]);
    const judge = stampJudge(stamps);
    expect(judge(levelOf(xuanThang()))).toEqual({
      state: "checked",
      checker: BY.checker,
      time: BY.time,
      changedSheets: [],
    });
    const changed = judge(levelOf(xuanThang(1)));
    expect(changed).toEqual({ state: "changed", checker: BY.checker, time: BY.time, changedSheets: ["Xuân Thắng"] });
    expect(describeStamp(changed, "vi")).toBe("đã sửa sau khi kiểm tra (Nguyễn Thị Mai, 20/11/2022): Xuân Thắng");
    expect(stampJudge([])(levelOf(xuanThang())).state).toBe("unchecked");
  });

  test("summarize: the completeness rows and stampOf carry each unit's state", () => {
    const xml = stampToXml(makeStamp(validateWorkbook(xuanThang()), BY)!);
    const ok = summarizeWorkbooks([{ name: "xt.xlsx", snapshot: { ...xuanThang(), stamps: [xml] } }]);
    expect(ok.stampOf(ok.root!)?.state).toBe("checked");
    const edited = summarizeWorkbooks([{ name: "xt.xlsx", snapshot: { ...xuanThang(2), stamps: [xml] } }]);
    expect(edited.stampOf(edited.root!)?.state).toBe("changed");
    const none = summarizeWorkbooks([{ name: "xt.xlsx", snapshot: xuanThang() }]);
    expect(none.stampOf(none.root!)?.state).toBe("unchecked");
  });
});

describe("the stamp inside an .xlsx package (a custom XML part)", () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Xuân Thắng").getCell("B2").value = "ô người dùng gõ";
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  test("written and read back; the cells are as they were, for ExcelJS and SheetJS", async () => {
    const xml = stampToXml(makeStamp(validateWorkbook(xuanThang()), BY)!);
    const stamped = await addStampPart(await workbook(), xml);
    expect(await readStampParts(stamped)).toEqual([xml]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(stamped as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Xuân Thắng")!.getCell("B2").value).toBe("ô người dùng gõ");
    const sj = XLSX.read(stamped, { type: "array" });
    expect(sj.Sheets["Xuân Thắng"]!.B2!.v).toBe("ô người dùng gõ");
    expect((await readWorkbookBytes(stamped, "x.xlsx")).stamps).toEqual([xml]);
  });

  test("a second stamp is added beside the first, or replaces it when told to", async () => {
    const first = stampToXml(makeStamp(validateWorkbook(xuanThang()), BY)!);
    const second = stampToXml(makeStamp(validateWorkbook(xuanThang()), { ...BY, time: "2022-11-21T00:00:00.000Z" })!);
    const once = await addStampPart(await workbook(), first);
    expect(await readStampParts(await addStampPart(once, second))).toEqual([first, second]);
    expect(await readStampParts(await addStampPart(once, second, () => true))).toEqual([second]);
  });

  test("a file without stamps reads as none", async () => {
    expect(await readStampParts(await workbook())).toEqual([]);
    expect((await readWorkbookBytes(await workbook(), "x.xlsx")).stamps).toBeUndefined();
  });
});
