import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import { nodeJson } from "../../src/cli/nodeJson";
import { derive, levelSheet, type UnitFigures } from "../builders/levelSheet";
import { ofRule } from "../builders/validateSpec";
import { accountSheet } from "../builders/accounting";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";

const chiBo = (name: string, good: number, excellent = 1): UnitFigures => ({
  unit: name,
  excellent,
  good,
  complete: 1,
  unitRating: "Hoàn thành tốt nhiệm vụ",
});

/** A đảng bộ bộ phận's row: the sums of its chi bộ (or `override`n figures), then its chi bộ. */
function section(name: string, stt: number, kids: UnitFigures[], style: "numbered" | "dash", override = {}) {
  const sum = (k: "excellent" | "good" | "complete") => kids.reduce((s, u) => s + (u[k] ?? 0), 0);
  const head: UnitFigures = {
    unit: name,
    stt,
    excellent: sum("excellent"),
    good: sum("good"),
    complete: sum("complete"),
    ...override,
  };
  const rows = kids.map((u, i) =>
    style === "numbered"
      ? { ...u, stt: `${stt}.${i + 1}`, notInTotal: true }
      : { ...u, stt: "", unit: `- ${u.unit}`, notInTotal: true },
  );
  return [head, ...rows];
}

const plain = [chiBo("Chi bộ Phòng Đào tạo", 10), chiBo("Chi bộ Phòng Tài chính", 8)];
const khoaY = [chiBo("Chi bộ Bộ môn Nội", 6), chiBo("Chi bộ Bộ môn Ngoại", 7), chiBo("Chi bộ Bộ môn Nhi", 5, 0)];
const khoaDuoc = [chiBo("Chi bộ Bộ môn Hóa dược", 4), chiBo("Chi bộ Bộ môn Bào chế", 9)];
const total = [...plain, ...khoaY, ...khoaDuoc];
const sum = (units: UnitFigures[], k: "rated" | "good") => units.reduce((s, u) => s + Number(derive(u)[k]), 0);

function school(style: "numbered" | "dash", override = {}) {
  return levelSheet({
    name: "Trường",
    parent: "ĐẢNG BỘ TỈNH CÀ MAU",
    organisation: "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC Y",
    rows: [
      { ...plain[0]!, stt: 1 },
      { ...plain[1]!, stt: 2 },
      ...section("Đảng bộ bộ phận Khoa Y", 3, khoaY, style, override),
      ...section("Đảng bộ Khoa Dược", 4, khoaDuoc, style),
    ],
  });
}

describe("đảng bộ bộ phận with their chi bộ (REAL-FORMS §2)", () => {
  test.each(["numbered", "dash"] as const)(
    "chi bộ %s under their section: counted once, as a section node",
    (style) => {
      const sheet = school(style);
      const analysis = validateWorkbook({ sheets: [sheet] });
      expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
      const level = analysis.sheets[0] as LevelSheet;
      expect(level.rows.filter((r) => r.sectionRows).map((r) => [r.unit, r.sectionRows!.length])).toEqual([
        ["Đảng bộ bộ phận Khoa Y", 3],
        ["Đảng bộ Khoa Dược", 2],
      ]);
      const result = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
      expect(result.issues.filter((i) => i.rule === "HIER-NOT-REPORTED")).toEqual([]);
      const root = result.root!;
      expect(root.figures.rated).toBe(sum(total, "rated"));
      expect(root.figures.good).toBe(sum(total, "good"));
      expect(root.children.map((c) => [c.name, c.level, c.children.length])).toEqual([
        ["Chi bộ Phòng Đào tạo", "cell", 0],
        ["Chi bộ Phòng Tài chính", "cell", 0],
        ["Đảng bộ bộ phận Khoa Y", "section", 3],
        ["Đảng bộ Khoa Dược", "section", 2],
      ]);
      expect(root.organisations.sections.total).toBe(2);
      expect(root.organisations.cells.total).toBe(7);
      const json = nodeJson(root);
      expect(json.organisations.sections.total).toBe(2);
      expect(json.children[2]!.level).toBe("section");
      expect(accountSheet(level, analysis.issues).lost).toEqual([]);
    },
  );

  test("[HIER-SECTION-SUM] a section's row that differs from its chi bộ is reported; the chi bộ are counted", () => {
    const sheet = school("numbered", { good: 99 });
    const { issues } = validateWorkbook({ sheets: [sheet] });
    const wrong = ofRule(issues, "HIER-SECTION-SUM");
    expect(wrong.map((i) => i.params)).toEqual(
      expect.arrayContaining([
        { unit: "Đảng bộ bộ phận Khoa Y", column: "good", expected: sum(khoaY, "good"), actual: 99, sections: 3 },
      ]),
    );
    // The total row adds the rows as typed (the section's 99 included): only the section is blamed.
    expect(ofRule(issues, "SUM-TOTAL-ROW")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.figures.good).toBe(sum(total, "good"));
  });

  test("read through the .xlsx adapter (SheetJS writer), with `18.1` typed as text", async () => {
    const bytes = writeWithSheetJS([school("numbered")], "xlsx");
    const snapshot = await readWorkbookBytes(bytes, "truong.xlsx");
    const { root } = summarizeWorkbooks([{ name: "truong.xlsx", snapshot }]);
    expect(root!.figures.rated).toBe(sum(total, "rated"));
    expect(root!.organisations.sections.total).toBe(2);
  });
});

describe("đảng bộ bộ phận marked in a Loại hình column", () => {
  test("[HIER-SECTION-SUM] rows typed `Chi bộ trực thuộc` under a `Đảng bộ bộ phận` are its chi bộ", () => {
    const head = { ...section("Đảng bộ Khoa Y", 3, khoaY, "numbered")[0]!, extraValues: ["Đảng bộ bộ phận"] };
    // By type alone a section's chi bộ and the TCCSĐ's own look alike: a section runs to the next
    // row of another type, so the TCCSĐ's own chi bộ come first, as on the forms.
    const rows = [
      { ...plain[0]!, extraValues: ["Chi bộ trực thuộc"] },
      { ...plain[1]!, extraValues: ["Chi bộ trực thuộc"] },
      head,
      ...khoaY.map((u) => ({ ...u, extraValues: ["Chi bộ trực thuộc"], notInTotal: true })),
    ];
    const sheet = levelSheet({ rows, extra: [{ after: "unit", label: "Loại hình" }] });
    const analysis = validateWorkbook({ sheets: [sheet] });
    const level = analysis.sheets[0] as LevelSheet;
    expect(level.rows.filter((r) => r.sectionRows).map((r) => [r.unit, r.sectionRows!.length])).toEqual([
      ["Đảng bộ Khoa Y", 3],
    ]);
    expect(ofRule(analysis.issues, "HIER-SECTION-SUM")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.organisations.sections.total).toBe(1);
    expect(root!.figures.rated).toBe(sum([...plain, ...khoaY], "rated"));
  });
});
