import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { ALL_COLUMNS, levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { ofRule } from "../builders/validateSpec";

const CODES = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

describe("two rating columns and ratings as marks (REAL-FORMS §2)", () => {
  test("[ORG-RATING-DIFFERS] the superior's decision is the rating; a notice where the self-rating differs", () => {
    const rows = xuanThangUnits().map((u, i) => ({
      ...u,
      unitRating: i === 0 ? "Hoàn thành tốt nhiệm vụ" : u.unitRating,
      extraValues: [i === 0 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ"],
    }));
    const sheet = levelSheet({
      rows,
      extra: [{ after: "disciplined", label: "Chi bộ tự xếp loại" }],
      labels: { unitRating: "Đảng ủy xếp loại" },
    });
    const { issues } = validateWorkbook({ sheets: [sheet] });
    expect(ofRule(issues, "ORG-RATING-DIFFERS").map((i) => i.params)).toEqual([
      { unit: rows[0]!.unit, self: "HTXSNV", decided: "HTTNV" },
    ]);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.organisations.cells.excellent).toBe(0);
    expect(root!.organisations.cells.good).toBe(11);
  });

  test("a sheet with only a self-rating column rates with it", () => {
    const sheet = levelSheet({ rows: xuanThangUnits(), labels: { unitRating: "Tự xếp loại" } });
    const level = validateWorkbook({ sheets: [sheet] }).sheets[0] as LevelSheet;
    expect(level.columns.unitRating).toBe(ALL_COLUMNS.indexOf("unitRating"));
  });

  test("ratings as marks under four code sub-columns are read as the row's rating", () => {
    const units = xuanThangUnits();
    const marks = units.map((_, i) => (i < 2 ? 0 : i === 10 ? 2 : 1)); // two HTXSNV, one HTNV
    const sheet = markedSheet(
      levelSheet({
        rows: units.map((u, i) => ({
          ...u,
          extraValues: CODES.map((_, k) => (k === marks[i] ? (i % 2 ? "x" : "X") : "")),
        })),
        columns: ALL_COLUMNS.filter((c) => c !== "unitRating" && c !== "note"),
        extra: CODES.map((code) => ({ after: "disciplined" as const, label: code })),
      }),
    );
    const analysis = validateWorkbook({ sheets: [sheet] });
    expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.organisations.cells).toMatchObject({ total: 11, rated: 11, excellent: 2, good: 8, complete: 1 });
  });
});

/** Turns the four code columns at the right into sub-columns under one "Xếp loại chi bộ" label. */
function markedSheet(s: SheetSnapshot): SheetSnapshot {
  const top = 5;
  const first = ALL_COLUMNS.filter((c) => c !== "unitRating" && c !== "note").length;
  const merges = s.merges.filter((m) => !(m.top === top && m.left >= first));
  const values = s.values.map((r) => [...r]);
  const types = s.types.map((r) => [...r]);
  for (let k = 0; k < 4; k++) {
    values[top]![first + k] = k === 0 ? "Xếp loại chi bộ" : "";
    types[top]![first + k] = k === 0 ? "string" : "empty";
    values[top + 1]![first + k] = CODES[k]!;
    types[top + 1]![first + k] = "string";
  }
  merges.push({ top, bottom: top, left: first, right: first + 3 });
  return { ...s, values, types, merges };
}
