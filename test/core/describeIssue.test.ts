import { describeIssue } from "../../src/core/issues/describeIssue";
import type { Issue, IssueParams, RuleId } from "../../src/core/issues/Issue";
import { RULE_CATALOG, RULE_IDS } from "../../src/core/issues/catalog";
import { formatNumber } from "../../src/core/issues/formatNumber";
import { a1, parseA1 } from "../../src/core/issues/a1";

// One sample of every rule's parameters: the compiler insists on each rule being here.
const SAMPLES: { [R in RuleId]: IssueParams[R] } = {
  "TPL-NOT-TEMPLATE": {},
  "TPL-HEADER-MISSING": { column: "notRated" },
  "TPL-HEADER-DUPLICATE": { column: "members", cols: [2, 22] },
  "TPL-NO-TOTAL-ROW": {},
  "TPL-UNIT-DUPLICATE": { unit: "Chi bộ ấp A", firstRow: 8 },
  "TPL-LEGACY-ENCODING": { encoding: "tcvn3", cells: 40, from: "Tæng sè", to: "Tổng số" },
  "TPL-OLD-CATEGORIES": { text: "Trong sạch, vững mạnh" },
  "TPL-YEAR-UNKNOWN": { ruleSet: "QD366" },
  "CELL-REQUIRED": { column: "good", unit: "" },
  "CELL-NUMBER-AS-TEXT": { column: "members", unit: "Chi bộ ấp A", text: "3.675", parsed: 3675 },
  "CELL-NOT-NUMBER": { column: "exempt", unit: "Chi bộ ấp A", text: "không" },
  "CELL-NOT-WHOLE": { column: "members", unit: "Chi bộ ấp A", actual: 3.675, suggestion: 3675 },
  "CELL-NEGATIVE": { column: "suspended", unit: "Chi bộ ấp A", actual: -1 },
  "CELL-ERROR-VALUE": { column: "subject", unit: "Chi bộ ấp A", code: "#REF!" },
  "CELL-BAD-RATING": { column: "unitRating", unit: "Chi bộ ấp A", text: "Khá" },
  "SUM-SUBJECT": { unit: "Chi bộ ấp A", expected: 17, actual: 18, members: 20, exempt: 2, suspended: 0, newMembers: 1 },
  "SUM-RATED": { unit: "Chi bộ ấp A", expected: 15, actual: 16, subject: 16, notRated: 1 },
  "SUM-CATEGORIES": { unit: "Chi bộ ấp A", expected: 17, actual: 23, excellent: 2, good: 20, complete: 1, fail: 0 },
  "SUM-REASON": { unit: "Chi bộ ấp A", notRated: 2 },
  "SUM-DISCIPLINED": { unit: "Chi bộ ấp A", disciplined: 13, limit: 12 },
  "SUM-TOTAL-ROW": { column: "rated", expected: 3675, actual: 3674 },
  "PCT-MISMATCH": { column: "goodPct", unit: "Chi bộ ấp A", expected: 91.566, actual: 91.6, decimals: 1 },
  "PCT-OVER-100": { column: "goodPct", unit: "Chi bộ ấp A", actual: 104.5 },
  "QUOTA-MEMBERS": { unit: "Đảng bộ xã A", base: "good", baseCount: 10, cap: 0.2, limit: 2, actual: 3 },
  "QUOTA-UNITS": { unit: "Đảng bộ xã A", level: "cells", base: "good", baseCount: 8, cap: 0.2, limit: 1, actual: 3 },
  "ORG-EXCELLENT-WITH-FAIL": { unit: "Chi bộ ấp A", fail: 1 },
  "ORG-EXCELLENT-BELOW-80": { unit: "Chi bộ ấp A", goodOrAbove: 7, rated: 10, share: 0.7 },
  "ORG-PARENT-EXCELLENT": {
    unit: "Đảng bộ xã A",
    failing: ["Chi bộ ấp B"],
    goodOrAbove: 10,
    rated: 11,
    share: 10 / 11,
  },
  "ORG-NEW-RATED": { unit: "Chi bộ Công ty B", rating: "good" },
  "ORG-FAIL-DISCIPLINED": { unit: "Chi bộ ấp A", disciplined: 2, fail: 1 },
  "HIER-NOT-REPORTED": { unit: "Đảng bộ xã Tân Thạnh", parent: "Huyện ủy Thới Lai" },
  "HIER-UNKNOWN-UNIT": { unit: "Chi bộ ấp Z" },
  "HIER-CHILD-MISMATCH": {
    unit: "Đảng bộ xã Xuân Thắng",
    column: "rated",
    expected: 166,
    actual: 165,
    childSheet: "Xuân Thắng",
  },
  "HIER-CELL-COUNT": { unit: "Đảng bộ xã Xuân Thắng", expected: 11, actual: 10 },
  "HIER-DOUBLE-COUNT": { unit: "Chi bộ Trường THPT Thới Lai", otherParent: "Huyện ủy Thới Lai" },
  "HIER-AMBIGUOUS": { unit: "ĐẢNG ỦY XÃ XUÂN THẮNG", otherSheet: "Xuân Thắng" },
  "HIER-CYCLE": { unit: "ĐẢNG ỦY XÃ A", parent: "ĐẢNG ỦY XÃ B" },
  "HIER-NO-PARENT": { unit: "ĐẢNG ỦY XÃ A" },
  "HOST-SHEET-SKIPPED": { reason: "protected" },
  "OFF-TYPE-UNKNOWN": { units: ["Chi bộ Hạt Giống"] },
  "OFF-BLOCK-SUM": { row: "1. Số có đến cuối năm (1=2+3)", column: "Xã", expected: 43, actual: 44 },
  "OFF-RATED-SUM": { row: "2. Số được ĐG, XL chất lượng", column: "Tổng số", expected: 206, actual: 207 },
  "OFF-TYPE-SUM": {
    row: "4. Số đã KĐ, ĐG, XL chất lượng",
    column: "Tổng số",
    expected: 3674,
    actual: 3675,
    parts: "3…20",
  },
  "OFF-PART-OVER": { row: "- Trong đó: Số mới thành lập dưới 6 tháng", column: "Xã", whole: 1, actual: 2 },
  "OFF-MISMATCH": { unit: "HUYỆN ỦY THỚI LAI", row: "4. Số đã KĐ, ĐG, XL chất lượng", expected: 3675, actual: 3674 },
  "OFF-NOT-NUMBER": { row: "2. Số được miễn KĐ, ĐG, XL chất lượng", column: "Công an", text: "ba" },
  "PREV-EXCELLENT-FAIL-TWICE": { unit: "Chi bộ ấp A", fail: 1 },
  "PREV-MEMBER-JUMP": { unit: "ĐẢNG ỦY XÃ A", before: 150, now: 166, admitted: 4 },
  "TPL-ROW-UNREAD": { label: "Chi bộ ấp C", numbers: 12, sum: 64, reason: "afterTotal" },
  "TPL-COLUMN-UNREAD": { header: "Số chuyển đi", numbers: 3, sum: 5 },
  "CELL-RATING-TYPO": { unit: "Chi bộ A", column: "unitRating", text: "HTSXNV", meant: "HTXSNV" },
  "CELL-NOT-CALCULATED": { cells: 3 },
  "TPL-NO-ORGANISATION": { sheetName: "Sheet1" },
  "HIER-SAME-NAME": { unit: "Đảng bộ xã Tân Ân", otherParent: "HUYỆN ỦY NGỌC HIỂN" },
  "ORG-RATING-DIFFERS": { unit: "Chi bộ A", self: "HTXSNV", decided: "HTTNV" },
  "SUM-IMPOSSIBLE": {
    unit: "Chi bộ A",
    what: { kind: "ratingsAboveRated", ratings: 30, rated: 12 },
    rows: 2,
    columns: [{ key: "rated", letter: "J", header: "Đã xếp loại" }],
  },
  "HIER-SECTION-SUM": { unit: "Đảng bộ bộ phận Khoa Y", column: "good", expected: 20, actual: 22, sections: 3 },
};

function sample(rule: RuleId): Issue {
  return {
    rule,
    severity: RULE_CATALOG[rule].severity,
    sheet: "S",
    cell: { row: 9, col: 12 },
    params: SAMPLES[rule],
  } as Issue;
}

describe("describeIssue: the one place messages are written", () => {
  test("writes the issue's example sentence in Vietnamese", () => {
    expect(describeIssue(sample("CELL-REQUIRED"), "vi")).toBe("Ô M10: chưa nhập số đảng viên Hoàn thành tốt nhiệm vụ");
    expect(describeIssue(sample("CELL-REQUIRED"), "en")).toBe("Cell M10: members rated good is not filled in");
  });

  test("writes numbers the Vietnamese way in Vietnamese and the English way in English", () => {
    expect(describeIssue(sample("SUM-TOTAL-ROW"), "vi")).toContain("3.674");
    expect(describeIssue(sample("SUM-TOTAL-ROW"), "en")).toContain("3,674");
    expect(describeIssue(sample("PCT-MISMATCH"), "vi")).toContain("91,6%");
    expect(formatNumber(3675, "vi")).toBe("3.675");
    expect(formatNumber(91.566, "vi")).toBe("91,57");
  });

  test("names the unit after the cell", () => {
    expect(describeIssue(sample("CELL-NUMBER-AS-TEXT"), "vi")).toBe(
      'Ô M10 (Chi bộ ấp A): tổng số đảng viên "3.675" đang là chữ, không phải số; sửa thành số 3.675',
    );
  });

  test.each(RULE_IDS)("[%s] has a message in both languages", (rule) => {
    const vi = describeIssue(sample(rule), "vi");
    const en = describeIssue(sample(rule), "en");
    for (const text of [vi, en]) {
      expect(text.length).toBeGreaterThan(15);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(vi).not.toBe(en);
  });

  test("addresses round-trip", () => {
    expect(a1({ row: 9, col: 12 })).toBe("M10");
    expect(a1({ row: 0, col: 26 })).toBe("AA1");
    expect(parseA1("AA1")).toEqual({ row: 0, col: 26 });
  });
});
