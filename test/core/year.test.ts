import { validateWorkbook } from "../../src/core/validate";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import { levelSheet, xuanThangUnits, type LevelSheetSpec } from "../builders/levelSheet";
import { ofRule } from "../builders/validateSpec";
import { summarizeWorkbooks } from "../../src/core/summarize";

function read(spec: Partial<LevelSheetSpec>) {
  const analysis = validateWorkbook({ sheets: [levelSheet({ rows: xuanThangUnits(), ...spec })] });
  return { sheet: analysis.sheets[0] as LevelSheet, issues: analysis.issues };
}

describe("the evaluation year comes from the title, never from the date line", () => {
  test("a sheet dated in the following January: the title's NĂM 2018 is the year", () => {
    const { sheet, issues } = read({ year: 2018, dateLine: "Năm Căn, ngày 25 tháng 01 năm 2019" });
    expect(sheet.year).toBe(2018);
    expect(sheet.ruleSet).toBe("HD21");
    expect(ofRule(issues, "TPL-YEAR-UNKNOWN")).toEqual([]);
  });

  test("[TPL-YEAR-UNKNOWN] only a January date line: the year before, with a warning that says so", () => {
    const { sheet, issues } = read({ year: null, dateLine: "Năm Căn, ngày 25 tháng 01 năm 2019" });
    expect(sheet.year).toBe(2018);
    expect(sheet.ruleSet).toBe("HD21");
    expect(ofRule(issues, "TPL-YEAR-UNKNOWN").map((i) => i.params)).toEqual([
      { ruleSet: "HD21", dateLine: { year: 2018, month: 1, text: "Năm Căn, ngày 25 tháng 01 năm 2019" } },
    ]);
  });

  test("[TPL-YEAR-UNKNOWN] only a December date line: that year, with a warning", () => {
    const { sheet, issues } = read({ year: null, dateLine: "Thới Lai, ngày 20 tháng 12 năm 2023" });
    expect(sheet.year).toBe(2023);
    expect(sheet.ruleSet).toBe("QD124");
    expect(ofRule(issues, "TPL-YEAR-UNKNOWN")).toHaveLength(1);
  });

  test("[TPL-YEAR-UNKNOWN] a September date line says nothing sure: the default set, named", () => {
    const { sheet, issues } = read({ year: null, dateLine: "ngày 10 tháng 9 năm 2023" });
    expect(sheet.year).toBeNull();
    expect(ofRule(issues, "TPL-YEAR-UNKNOWN").map((i) => i.params)).toEqual([{ ruleSet: "QD366" }]);
  });

  test("the year chosen by the user wins over both", () => {
    const { sheet } = read({ year: null, dateLine: "ngày 25 tháng 01 năm 2019" });
    expect(sheet.title.dateLine?.year).toBe(2019);
    const chosen = validateWorkbook({ sheets: [levelSheet({ rows: xuanThangUnits(), year: null })] }, { year: 2020 });
    expect((chosen.sheets[0] as LevelSheet).year).toBe(2020);
  });
});

describe("a title the cells do not hold (typed in a text box)", () => {
  test("[TPL-NO-ORGANISATION] the sheet says so; at Tổng hợp the organisation is named after its file", () => {
    const sheet = levelSheet({ rows: xuanThangUnits(), organisation: null, parent: null, name: "Sheet1" });
    const { issues } = validateWorkbook({ sheets: [sheet] });
    expect(ofRule(issues, "TPL-NO-ORGANISATION").map((i) => [i.severity, i.params])).toEqual([
      ["warning", { sheetName: "Sheet1" }],
    ]);
    const { root } = summarizeWorkbooks([{ name: "bieu/xa-tan-an.xlsx", snapshot: { sheets: [sheet] } }]);
    expect(root!.name).toBe("xa-tan-an");
    expect(root!.figures.rated).toBe(166);
  });
});
