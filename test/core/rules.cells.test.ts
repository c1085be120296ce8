import { xuanThangUnits } from "../builders/levelSheet";
import { at, ofRule, validateSpec } from "../builders/validateSpec";

function withSet(index: number, set: NonNullable<ReturnType<typeof xuanThangUnits>[number]["set"]>) {
  const units = xuanThangUnits();
  units[index]!.set = set;
  return units;
}

describe("cell rules", () => {
  test("[CELL-REQUIRED] flags an empty required cell: blank is not zero", () => {
    const issues = ofRule(validateSpec({ rows: withSet(2, { good: "" }) }), "CELL-REQUIRED");
    expect(issues).toEqual([
      {
        rule: "CELL-REQUIRED",
        severity: "error",
        sheet: "Xuân Thắng",
        cell: at("good", 2),
        params: { column: "good", unit: "Chi bộ ấp Thới Hiệp A" },
      },
    ]);
  });

  test("[CELL-REQUIRED] accepts an explicit 0 and an empty percentage", () => {
    const issues = ofRule(validateSpec({ rows: withSet(2, { fail: 0, goodPct: "" }) }), "CELL-REQUIRED");
    expect(issues).toEqual([]);
  });

  test("[CELL-NUMBER-AS-TEXT] flags a count stored as text and offers the number", () => {
    const issues = ofRule(
      validateSpec({ rows: withSet(0, { members: "1.234", notRated: "0 " }) }),
      "CELL-NUMBER-AS-TEXT",
    );
    expect(issues.map((i) => [i.cell, i.params])).toEqual([
      [at("members", 0), { column: "members", unit: "Chi bộ ấp Thới Hòa A", text: "1.234", parsed: 1234 }],
      [at("notRated", 0), { column: "notRated", unit: "Chi bộ ấp Thới Hòa A", text: "0", parsed: 0 }],
    ]);
  });

  test("[CELL-NOT-NUMBER] flags a count that holds text that is not a number", () => {
    const issues = ofRule(validateSpec({ rows: withSet(1, { exempt: "không có" }) }), "CELL-NOT-NUMBER");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("exempt", 1),
        params: { column: "exempt", unit: "Chi bộ ấp Thới Hòa B", text: "không có" },
      }),
    ]);
  });

  test("[CELL-NOT-WHOLE] flags a fractional count and reads 3.675 as three thousands", () => {
    const issues = ofRule(validateSpec({ rows: withSet(0, { members: 3.675 }) }), "CELL-NOT-WHOLE");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("members", 0),
        params: { column: "members", unit: "Chi bộ ấp Thới Hòa A", actual: 3.675, suggestion: 3675 },
      }),
    ]);
  });

  test("[CELL-NEGATIVE] flags a count below zero", () => {
    const issues = ofRule(validateSpec({ rows: withSet(4, { suspended: -1 }) }), "CELL-NEGATIVE");
    expect(issues).toEqual([
      expect.objectContaining({ cell: at("suspended", 4), params: expect.objectContaining({ actual: -1 }) }),
    ]);
  });

  test("[CELL-ERROR-VALUE] flags a formula error in a read cell", () => {
    const issues = ofRule(validateSpec({ rows: withSet(5, { subject: { error: "#REF!" } }) }), "CELL-ERROR-VALUE");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("subject", 5),
        params: { column: "subject", unit: "Chi bộ ấp Thới Xuân", code: "#REF!" },
      }),
    ]);
  });

  test("[CELL-BAD-RATING] flags a rating that is none of the four", () => {
    const units = xuanThangUnits();
    units[0]!.unitRating = "Khá";
    units[1]!.unitRating = "tốt"; // an accepted short form
    units[2]!.unitRating = "HTXSNV"; // an accepted code
    units[3]!.unitRating = "hoan thanh nhiem vu"; // without diacritics
    units[4]!.unitRating = "Chưa xếp loại"; // new cell
    const issues = ofRule(validateSpec({ rows: units }), "CELL-BAD-RATING");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("unitRating", 0),
        params: { column: "unitRating", unit: "Chi bộ ấp Thới Hòa A", text: "Khá" },
      }),
    ]);
  });
});

describe("arithmetic rules", () => {
  test("[SUM-SUBJECT] subject = members − exempt − suspended − newMembers", () => {
    const units = xuanThangUnits();
    units[0]!.exempt = 2;
    units[0]!.newMembers = 1;
    units[0]!.set = { members: 20 }; // 20 − 2 − 0 − 1 = 17, but subject is 18
    const issues = ofRule(validateSpec({ rows: units }), "SUM-SUBJECT");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("subject", 0),
        params: {
          unit: "Chi bộ ấp Thới Hòa A",
          expected: 17,
          actual: 18,
          members: 20,
          exempt: 2,
          suspended: 0,
          newMembers: 1,
        },
      }),
    ]);
  });

  test("[SUM-SUBJECT] counts missing optional columns as 0", () => {
    const issues = validateSpec({
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
        "unitRating",
      ],
      rows: xuanThangUnits(),
    });
    expect(ofRule(issues, "SUM-SUBJECT")).toEqual([]);
  });

  test("[SUM-RATED] rated = subject − notRated", () => {
    const issues = ofRule(
      validateSpec({ rows: withSet(1, { notRated: 1, notRatedReason: "Đi làm ăn xa" }) }),
      "SUM-RATED",
    );
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("rated", 1),
        params: { unit: "Chi bộ ấp Thới Hòa B", expected: 15, actual: 16, subject: 16, notRated: 1 },
      }),
    ]);
  });

  test("[SUM-CATEGORIES] flags a row whose four ratings do not add up to rated", () => {
    const issues = ofRule(validateSpec({ rows: withSet(3, { good: 20 }) }), "SUM-CATEGORIES");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.params).toMatchObject({ expected: 17, actual: 2 + 20 + 1 + 0 });
    expect(issues[0]!.range).toEqual({
      top: at("rated", 3).row,
      bottom: at("rated", 3).row,
      left: at("rated", 3).col,
      right: at("fail", 3).col,
    });
  });

  test("[SUM-REASON] warns when members are not rated and no reason is given", () => {
    const units = xuanThangUnits();
    units[0]!.notRated = 2;
    units[1]!.notRated = 1;
    units[1]!.notRatedReason = "Ốm dài ngày";
    const issues = ofRule(validateSpec({ rows: units }), "SUM-REASON");
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        cell: at("notRatedReason", 0),
        params: { unit: "Chi bộ ấp Thới Hòa A", notRated: 2 },
      }),
    ]);
  });

  test("[SUM-DISCIPLINED] warns when more are disciplined than rated and not rated together", () => {
    const issues = ofRule(validateSpec({ rows: withSet(9, { disciplined: 13 }) }), "SUM-DISCIPLINED");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("disciplined", 9),
        params: { unit: "Chi bộ Cơ quan", disciplined: 13, limit: 12 },
      }),
    ]);
  });

  test("[SUM-TOTAL-ROW] flags a typed Cộng cell that differs from the sum of the units", () => {
    const issues = ofRule(validateSpec({ rows: xuanThangUnits(), total: { rated: 165, good: 131 } }), "SUM-TOTAL-ROW");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: { row: at("rated", 11).row, col: at("rated", 0).col },
        params: { column: "rated", expected: 166, actual: 165 },
      }),
    ]);
  });

  test("[PCT-MISMATCH] accepts 152/166 as 91,57 (rounded) or 91,56 (truncated), flags 91,6 at two decimals", () => {
    const one = [{ unit: "Chi bộ A", excellent: 0, good: 152, complete: 14 }];
    const ok1 = validateSpec({ rows: [{ ...one[0]!, set: { goodPct: "91,56" } }] });
    const ok2 = validateSpec({ rows: [{ ...one[0]!, set: { goodPct: 91.57 } }] });
    const bad = validateSpec({ rows: [{ ...one[0]!, set: { goodPct: "91,60" } }] });
    expect(ofRule(ok1, "PCT-MISMATCH")).toEqual([]);
    expect(ofRule(ok2, "PCT-MISMATCH")).toEqual([]);
    expect(ofRule(bad, "PCT-MISMATCH")).toEqual([
      expect.objectContaining({
        cell: at("goodPct", 0),
        params: expect.objectContaining({ actual: 91.6, decimals: 2 }),
      }),
    ]);
  });

  test("[PCT-MISMATCH] reads a share typed as a fraction: 0,9157 is 91,57%, 0,9 is 90%", () => {
    const unit = { unit: "Chi bộ A", excellent: 0, good: 152, complete: 14 };
    expect(ofRule(validateSpec({ rows: [{ ...unit, set: { goodPct: 0.9157 } }] }), "PCT-MISMATCH")).toEqual([]);
    expect(ofRule(validateSpec({ rows: [{ ...unit, set: { goodPct: 0.9 } }] }), "PCT-MISMATCH")).toHaveLength(1);
  });

  test("[PCT-OVER-100] flags a percentage above 100", () => {
    const issues = ofRule(validateSpec({ rows: withSet(0, { goodPct: 104.5 }) }), "PCT-OVER-100");
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: at("goodPct", 0),
        params: expect.objectContaining({ actual: 104.5 }),
      }),
    ]);
  });
});
