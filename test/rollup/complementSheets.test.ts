import { summarizeWorkbooks } from "../../src/core/summarize";
import { validateWorkbook } from "../../src/core/validate";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";

const units = xuanThangUnits();
/** Member results only: every column but the units' ratings. */
const figures = levelSheet({
  name: "Đảng viên",
  rows: units,
  columns: [
    "stt",
    "unit",
    "members",
    "subject",
    "notRated",
    "rated",
    "excellent",
    "excellentPct",
    "good",
    "goodPct",
    "complete",
    "completePct",
    "fail",
    "failPct",
  ],
});
/** Organisation ratings only: one chi bộ HTXSNV, the others HTTNV. */
const ratings = levelSheet({
  name: "Tổ chức",
  rows: units.map((u, i) => ({
    ...u,
    unitRating: i === 3 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
  })),
  columns: ["stt", "unit", "unitRating", "note"],
  total: "none",
});

describe("organisation ratings on one sheet, member results on another (REAL-FORMS §2)", () => {
  test("read as one organisation: figures from one sheet, ratings from the other", () => {
    const analysis = validateWorkbook({ sheets: [ratings, figures] });
    expect((analysis.sheets[0] as LevelSheet).ratingsOnly).toBe(true);
    expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
    const { root, issues } = summarizeWorkbooks([{ name: "xt.xlsx", snapshot: { sheets: [ratings, figures] } }]);
    expect(issues.filter((i) => i.rule === "HIER-AMBIGUOUS")).toEqual([]);
    expect(root!.children).toHaveLength(11);
    expect(root!.figures.rated).toBe(166);
    expect(root!.organisations.cells).toMatchObject({ total: 11, rated: 11, excellent: 1, good: 10 });
  });

  test("[HIER-AMBIGUOUS] two sheets of member figures for one organisation: validate says so too", () => {
    const twice = { ...figures, name: "Đảng viên (2)" };
    const { issues } = validateWorkbook({ sheets: [figures, twice] });
    expect(issues.filter((i) => i.rule === "HIER-AMBIGUOUS").map((i) => i.sheet)).toEqual(["Đảng viên (2)"]);
    const summary = summarizeWorkbooks([{ name: "xt.xlsx", snapshot: { sheets: [figures, twice] } }]);
    expect(summary.issues.filter((i) => i.rule === "HIER-AMBIGUOUS")).toHaveLength(1);
    expect(summary.root!.figures.rated).toBe(166); // counted once
  });
});
