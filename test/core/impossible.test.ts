import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { nodeJson } from "../../src/cli/nodeJson";
import { ALL_COLUMNS, levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { ofRule } from "../builders/validateSpec";

describe("nothing impossible reaches a summary", () => {
  // A "Đã xếp loại" column that holds 1 per row (the unit itself was rated), beside member counts.
  const rows = xuanThangUnits().map((u) => ({ ...u, set: { rated: 1 } }));
  const sheet = levelSheet({ rows, labels: { rated: "Đã xếp loại" }, total: "none" });

  test("[SUM-IMPOSSIBLE] ratings above rated (shares over 100%): one error naming the columns read", () => {
    const issues = ofRule(validateWorkbook({ sheets: [sheet] }).issues, "SUM-IMPOSSIBLE");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.params).toMatchObject({
      unit: rows[0]!.unit,
      rows: 11,
      what: { kind: "ratingsAboveRated", rated: 1 },
      columns: expect.arrayContaining([{ key: "rated", letter: "J", header: "Đã xếp loại" }]),
    });
  });

  test("the impossible rated is unknown in the tree, the JSON and the summary sheet: no share over 100%", () => {
    const result = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    const root = result.root!;
    expect(root.figures.rated).toBeNull();
    expect(nodeJson(root).rated).toBeNull();
    for (const layout of result.layouts) {
      for (const c of layout.cells) {
        if (c.numFmt === "0.00%" && typeof c.value === "number") expect(c.value).toBeLessThanOrEqual(1);
        if (typeof c.value === "number") expect(c.value).toBeGreaterThanOrEqual(0);
      }
    }
  });

  test("[SUM-IMPOSSIBLE] a subject derived below zero (no subject column) is reported, and unknown", () => {
    const units = xuanThangUnits().map((u, i) => (i === 0 ? { ...u, members: 3, exempt: 10 } : u));
    const s = levelSheet({ rows: units, columns: ALL_COLUMNS.filter((c) => c !== "subject" && c !== "notRated") });
    const issues = ofRule(validateWorkbook({ sheets: [s] }).issues, "SUM-IMPOSSIBLE");
    expect(issues.map((i) => ("what" in i.params ? i.params.what : null))).toEqual([
      { kind: "negative", figure: "subject", value: -7 },
    ]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [s] } }]);
    expect(root!.figures.subject).toBeNull();
  });
});
