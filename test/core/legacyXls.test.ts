import { summarizeWorkbooks } from "../../src/core/summarize";
import { validateWorkbook } from "../../src/core/validate";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import { decodeTcvn3 } from "../../src/core/text/legacyEncoding";
import { encodeTcvn3 } from "../../src/core/text/encodeLegacy";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";

describe("legacy text without font names (an .xls re-saved by another program)", () => {
  test("a word whose other letters are capitals is in capitals (.VnTimeH text read without its font)", () => {
    expect(decodeTcvn3("§¶NG Bé HUYÖN")).toBe("ĐẢNG BỘ HUYỆN");
    expect(decodeTcvn3("§¶NG Bé")).toBe("ĐẢNG BỘ");
    expect(decodeTcvn3("§¶ng bé x· Xu©n Th¾ng")).toBe("Đảng bộ xã Xuân Thắng");
    expect(decodeTcvn3("Chi bé Êp Thíi Hßa B")).toBe("Chi bộ ấp Thới Hòa B");
  });

  test("a TCVN3 sheet saved as .xls by SheetJS, no fonts: the same figures as the Unicode sheet", async () => {
    const spec = {
      rows: xuanThangUnits(),
      parent: "ĐẢNG BỘ HUYỆN THỚI LAI",
      organisation: "ĐẢNG ỦY XÃ XUÂN THẮNG",
      ownRatingLine: "Đảng ủy tự xếp loại: Hoàn thành xuất sắc nhiệm vụ",
    };
    const unicode = levelSheet(spec);
    const legacy = levelSheet({ ...spec, encodeText: encodeTcvn3, font: null });
    expect(legacy.values.flat()).toContain("Céng"); // the total row's label, as the old font left it
    const bytes = writeWithSheetJS([legacy], "biff8");
    const snapshot = await readWorkbookBytes(bytes, "xuan-thang.xls");
    expect(snapshot.sheets[0]!.fonts.flat().every((f) => f === null)).toBe(true);
    const sheet = validateWorkbook(snapshot).sheets[0] as LevelSheet;
    expect(sheet.kind).toBe("level");
    expect(sheet.rows).toHaveLength(11);
    expect(sheet.totalRow).not.toBeNull();
    const a = summarizeWorkbooks([{ name: "u.xlsx", snapshot: { sheets: [unicode] } }]).root!;
    const b = summarizeWorkbooks([{ name: "xuan-thang.xls", snapshot }]).root!;
    expect(b.name).toBe(a.name);
    expect(b.figures).toEqual(a.figures);
    expect(b.organisations).toEqual(a.organisations);
    expect(b.children.map((c) => c.name)).toEqual(a.children.map((c) => c.name));
  });
});
