import { validateWorkbook } from "../../src/core/validate";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import type { ColumnKey } from "../../src/core/model/template";
import { COLUMNS } from "../../src/core/model/template";
import { labelKey } from "../../src/core/text/labelKey";
import { parseRating } from "../../src/core/text/parseRating";
import { levelSheet, xuanThangUnits, type ColumnId } from "../builders/levelSheet";
import { summarizeWorkbooks } from "../../src/core/summarize";

/** Labels as the official forms and real sheets word them (REAL-FORMS §2), with their columns. */
const OFFICIAL: [ColumnId, string][] = [
  ["members", "Số có mặt đến thời điểm KĐ, ĐG, XL"],
  ["exempt", "Số được miễn KĐ, ĐG, XL"],
  ["notRated", "Số chưa được KĐ, ĐG, XL"],
  ["rated", "Số đã KĐ, ĐG, XL"],
  ["exempt", "Được miễn công tác, miễn sinh hoạt đảng"],
  ["exempt", "Miễn công tác, sinh hoạt đảng"],
  ["newMembers", "Mới kết nạp dưới 6 tháng"],
  ["newMembers", "Đảng viên dự bị chưa đủ 6 tháng"],
  ["subject", "Đảng viên thuộc diện đánh giá"],
  ["unit", "Tên tổ chức cơ sở đảng"],
  ["unit", "Đảng bộ trực thuộc"],
  ["stt", "Số TT"],
];

describe("official vocabulary (REAL-FORMS §2)", () => {
  test.each(OFFICIAL)("a %s column headed %p is recognised and its figures are read", (id, label) => {
    const sheet = levelSheet({ rows: xuanThangUnits(), labels: { [id]: label } });
    const analysis = validateWorkbook({ sheets: [sheet] });
    const level = analysis.sheets[0] as LevelSheet;
    expect(level.columns[id as ColumnKey]).toBeDefined();
    expect(analysis.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.figures.rated).toBe(166);
  });

  test("no label of the template is claimed by two columns", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const col of COLUMNS) {
      if (col.key.includes(".")) continue;
      for (const label of col.labels) {
        const key = labelKey(label);
        const other = owner.get(key);
        if (other && other !== col.key) clashes.push(`${label}: ${other} / ${col.key}`);
        owner.set(key, col.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  test.each([
    ["Không HTNV", "fail"],
    ["không HTNV", "fail"],
    ["Xuất sắc", "excellent"],
    ["Tốt", "good"],
    ["HTXSNV", "excellent"],
  ])("the rating %p reads as %s", (text, rating) => {
    expect(parseRating(text)).toEqual({ kind: "rating", rating });
  });

  test("rating columns headed by codes, `Không HTNV` included, are recognised", () => {
    const labels = { excellent: "HTXSNV", good: "HTTNV", complete: "HTNV", fail: "Không HTNV" } as const;
    const sheet = levelSheet({ rows: xuanThangUnits(), labels });
    const level = validateWorkbook({ sheets: [sheet] }).sheets[0] as LevelSheet;
    expect([level.columns.excellent, level.columns.good, level.columns.complete, level.columns.fail]).toEqual([
      10, 12, 14, 16,
    ]);
  });
});

describe("a misspelt rating", () => {
  test("[CELL-RATING-TYPO] `HTSXNV` reads as HTXSNV, with a notice, and counts as excellent", () => {
    const rows = xuanThangUnits().map((u, i) => (i === 0 ? { ...u, unitRating: "HTSXNV" } : u));
    const sheet = levelSheet({ rows });
    const { issues } = validateWorkbook({ sheets: [sheet] });
    expect(issues.filter((i) => i.rule === "CELL-RATING-TYPO").map((i) => [i.severity, i.params])).toEqual([
      ["info", { unit: rows[0]!.unit, column: "unitRating", text: "HTSXNV", meant: "HTXSNV" }],
    ]);
    expect(issues.filter((i) => i.rule === "CELL-BAD-RATING")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.organisations.cells.excellent).toBe(1);
  });
});
