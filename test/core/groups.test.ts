import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import { levelSheet, type GroupSpec, type LevelSheetSpec, type UnitFigures } from "../builders/levelSheet";
import { ofRule } from "../builders/validateSpec";
import { accountSheet } from "../builders/accounting";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";

/** `n` TCCSĐ with figures that differ from row to row. */
function units(n: number, prefix: string, from = 0): UnitFigures[] {
  return Array.from({ length: n }, (_, i) => ({
    unit: `Đảng bộ ${prefix} ${i + 1 + from}`,
    excellent: (i + from) % 3,
    good: 10 + ((i + from) % 5),
    complete: (i + from) % 2,
    notRated: i % 4 === 0 ? 1 : 0,
    notRatedReason: i % 4 === 0 ? "ốm" : "",
  }));
}

function memberSum(rows: UnitFigures[], key: "excellent" | "good"): number {
  return rows.reduce((s, u) => s + u[key], 0);
}

/** A district sheet as REAL-FORMS §2 shows it: roman groups, a `Cộng` after each, a `Tổng cộng`. */
function districtSpec(groups: GroupSpec[], extra: Partial<LevelSheetSpec> = {}): LevelSheetSpec {
  return {
    name: "Huyện",
    parent: "TỈNH ỦY CÀ MAU",
    organisation: "HUYỆN ỦY NĂM CĂN",
    year: 2018,
    rows: [],
    groups,
    blankBetween: 1,
    totalLabel: "Tổng cộng",
    ...extra,
  };
}

const GROUPS: GroupSpec[] = [
  { heading: { stt: "I", label: "Khối xã, thị trấn" }, rows: units(17, "xã"), subtotal: true },
  { heading: { stt: "II", label: "Khối cơ quan" }, rows: units(9, "cơ quan"), subtotal: true },
  { heading: { stt: "III", label: "Khối lực lượng vũ trang" }, rows: units(5, "lực lượng"), subtotal: true },
];
const ALL_UNITS = GROUPS.flatMap((g) => g.rows);

function analyse(spec: LevelSheetSpec) {
  const analysis = validateWorkbook({ sheets: [levelSheet(spec)] });
  const sheet = analysis.sheets[0] as LevelSheet;
  return { sheet, issues: analysis.issues };
}

describe("groups and totals (REAL-FORMS §2)", () => {
  test("a district sheet with a `Cộng` after each group reads all 31 units, the last total is the total", () => {
    const { sheet, issues } = analyse(districtSpec(GROUPS));
    expect(sheet.rows).toHaveLength(31);
    expect(sheet.groups.map((g) => [g.label, g.units.length, g.checks.length])).toEqual([
      ["Khối xã, thị trấn", 17, 1],
      ["Khối cơ quan", 9, 1],
      ["Khối lực lượng vũ trang", 5, 1],
    ]);
    expect(sheet.grid.text(sheet.totalRow!.row, 1)).toBe("Tổng cộng");
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const summary = summarizeWorkbooks([{ name: "", snapshot: { sheets: [levelSheet(districtSpec(GROUPS))] } }]);
    expect(summary.root!.children).toHaveLength(31);
    expect(summary.root!.figures.excellent).toBe(memberSum(ALL_UNITS, "excellent"));
    expect(summary.root!.figures.good).toBe(memberSum(ALL_UNITS, "good"));
  });

  test("[SUM-TOTAL-ROW] a group's wrong `Cộng` names the group; the units are still counted once", () => {
    const groups = GROUPS.map((g, i) => (i === 1 ? { ...g, subtotal: { overrides: { good: 1 } } } : g));
    const { issues } = analyse(districtSpec(groups));
    const wrong = ofRule(issues, "SUM-TOTAL-ROW");
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.params).toEqual({
      column: "good",
      expected: memberSum(GROUPS[1]!.rows, "good"),
      actual: 1,
      group: "Khối cơ quan",
    });
  });

  test("[SUM-TOTAL-ROW] typed sums on the heading rows (merged communes' old names) are checked", () => {
    const groups: GroupSpec[] = [
      { heading: { label: "Khu vực xã Tân Ân (cũ)", sums: true }, rows: units(3, "ấp") },
      { heading: { label: "Khu vực xã Tân Ân Tây (cũ)", sums: true }, rows: units(4, "ấp", 3) },
    ];
    const { sheet, issues } = analyse(districtSpec(groups, { totalLabel: "Cộng", blankBetween: 0 }));
    expect(sheet.rows).toHaveLength(7);
    expect(sheet.groups.map((g) => g.checks.length)).toEqual([1, 1]);
    expect(ofRule(issues, "SUM-TOTAL-ROW")).toEqual([]);
    const bad = analyse(
      districtSpec(
        [
          groups[0]!,
          { ...groups[1]!, rows: [...groups[1]!.rows.slice(0, 3), { ...groups[1]!.rows[3]!, set: { good: 99 } }] },
        ],
        { totalLabel: "Cộng", blankBetween: 0 },
      ),
    );
    expect(ofRule(bad.issues, "SUM-TOTAL-ROW").map((i) => i.params)).toEqual(
      expect.arrayContaining([expect.objectContaining({ column: "good", group: "Khu vực xã Tân Ân Tây (cũ)" })]),
    );
  });

  test("`Cộng` rows without headings, separated by blank rows, each check the units above them", () => {
    const groups: GroupSpec[] = [
      { rows: units(4, "A"), subtotal: true },
      { rows: units(3, "B", 4), subtotal: { overrides: { excellent: 50 } } },
    ];
    const { sheet, issues } = analyse(districtSpec(groups));
    expect(sheet.rows).toHaveLength(7);
    expect(ofRule(issues, "SUM-TOTAL-ROW").map((i) => i.params)).toEqual([
      { column: "excellent", expected: memberSum(groups[1]!.rows, "excellent"), actual: 50, group: "Cộng" },
    ]);
  });

  test("[TPL-ROW-UNREAD] a unit typed under the `Tổng cộng` is reported with its figures, not counted", () => {
    const late: UnitFigures = { unit: "Chi bộ Kho bạc", excellent: 1, good: 6, complete: 1 };
    const { sheet, issues } = analyse(districtSpec(GROUPS, { afterTotal: [late] }));
    expect(sheet.rows).toHaveLength(31);
    const unread = ofRule(issues, "TPL-ROW-UNREAD");
    expect(unread).toHaveLength(1);
    expect(unread[0]!.params).toMatchObject({ label: "Chi bộ Kho bạc", reason: "afterTotal" });
    expect(unread[0]!.severity).toBe("error");
  });

  test("[TPL-ROW-UNREAD] figures after a long run of blank rows are reported, not read", () => {
    const late: UnitFigures = { unit: "Chi bộ Ngân hàng", excellent: 0, good: 5 };
    const { sheet, issues } = analyse({
      rows: units(3, "X"),
      total: "none",
      afterTotal: [late],
      gapBeforeAfterTotal: 12,
    });
    expect(sheet.rows.map((r) => r.unit)).not.toContain("Chi bộ Ngân hàng");
    expect(ofRule(issues, "TPL-ROW-UNREAD").map((i) => i.params)).toEqual([
      expect.objectContaining({ label: "Chi bộ Ngân hàng", reason: "afterTable" }),
    ]);
  });

  test("[TPL-COLUMN-UNREAD] a column of numbers under an unknown header is reported once, quoting it", () => {
    const rows = units(5, "Y").map((u, i) => ({ ...u, extraValues: [i + 1] }));
    const { issues } = analyse({ rows, extra: [{ after: "disciplined", label: "Số đảng viên chuyển đi" }] });
    const unread = ofRule(issues, "TPL-COLUMN-UNREAD");
    expect(unread).toHaveLength(1);
    expect(unread[0]!.params).toEqual({ header: "Số đảng viên chuyển đi", numbers: 5, sum: 15 });
    expect(unread[0]!.severity).toBe("warning");
  });

  test("every number of each fixture is used or reported (the accounting identity)", () => {
    const specs: LevelSheetSpec[] = [
      districtSpec(GROUPS),
      districtSpec(GROUPS, { afterTotal: [{ unit: "Chi bộ Kho bạc", excellent: 1, good: 6 }] }),
      {
        rows: units(3, "X"),
        total: "none",
        afterTotal: [{ unit: "Z", excellent: 1, good: 2 }],
        gapBeforeAfterTotal: 12,
      },
      {
        rows: units(5, "Y").map((u, i) => ({ ...u, extraValues: [i + 1] })),
        extra: [{ after: "disciplined", label: "Số đảng viên chuyển đi" }],
      },
    ];
    for (const spec of specs) {
      const { sheet, issues } = analyse(spec);
      const acc = accountSheet(sheet, issues);
      expect(acc.lost).toEqual([]);
      expect(acc.used.sum + acc.reported.sum).toBeCloseTo(acc.all.sum, 6);
      expect(acc.all.cells).toBeGreaterThan(0);
    }
  });

  test("read through the real .xlsx adapter (a second writer), the grouped sheet gives the same figures", async () => {
    const bytes = writeWithSheetJS([levelSheet(districtSpec(GROUPS))], "xlsx");
    const snapshot = await readWorkbookBytes(bytes, "nam-can.xlsx");
    const summary = summarizeWorkbooks([{ name: "nam-can.xlsx", snapshot }]);
    expect(summary.root!.children).toHaveLength(31);
    expect(summary.root!.figures.good).toBe(memberSum(ALL_UNITS, "good"));
    // Its TCCSĐ have no sheets of their own here: "chưa nộp" is the only error.
    expect(summary.issues.filter((i) => i.severity === "error" && i.rule !== "HIER-NOT-REPORTED")).toEqual([]);
  });
});

describe("merged communes (REAL-FORMS §4)", () => {
  const thon = (n: number, good: number): UnitFigures => ({
    unit: `Chi bộ thôn ${n}`,
    excellent: 1,
    good,
    complete: 0,
  });
  const commune = (second: UnitFigures[]) =>
    levelSheet({
      organisation: "ĐẢNG ỦY XÃ TÂN ÂN",
      parent: "TỈNH ỦY CÀ MAU",
      year: 2025,
      rows: [],
      groups: [
        { heading: { label: "Khu vực xã Tân Ân (cũ)", sums: true }, rows: [thon(1, 10), thon(2, 12)] },
        { heading: { label: "Khu vực xã Tân Ân Tây (cũ)", sums: true }, rows: second },
      ],
    });

  test("[TPL-UNIT-DUPLICATE] a chi bộ name repeated under two old communes is two units", () => {
    const sheet = commune([thon(1, 7), thon(3, 9)]);
    const { issues } = validateWorkbook({ sheets: [sheet] });
    expect(ofRule(issues, "TPL-UNIT-DUPLICATE")).toEqual([]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.children).toHaveLength(4);
    expect(root!.organisations.cells.total).toBe(4);
    expect(root!.figures.good).toBe(10 + 12 + 7 + 9);
  });

  test("[TPL-UNIT-DUPLICATE] the same row typed under both old communes (same figures) is one unit typed twice", () => {
    const { issues } = validateWorkbook({ sheets: [commune([thon(1, 10), thon(3, 9)])] });
    expect(ofRule(issues, "TPL-UNIT-DUPLICATE").map((i) => ("unit" in i.params ? i.params.unit : ""))).toEqual([
      "Chi bộ thôn 1",
    ]);
  });
});

describe("the quota on units, counted within groups under QĐ 366", () => {
  const cell = (n: number, rating: string): UnitFigures => ({
    unit: `Chi bộ ${n}`,
    excellent: 1,
    good: 10,
    unitRating: rating,
  });
  const spec = (year: number): LevelSheetSpec => ({
    year,
    rows: [],
    groups: [
      {
        heading: { stt: "I", label: "Khối thôn, ấp" },
        rows: [1, 2, 3]
          .map((i) => cell(i, "Hoàn thành xuất sắc nhiệm vụ"))
          .concat([4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((i) => cell(i, "Hoàn thành tốt nhiệm vụ"))),
        subtotal: true,
      },
      {
        heading: { stt: "II", label: "Khối cơ quan" },
        rows: [14, 15, 16, 17, 18, 19, 20, 21, 22, 23].map((i) => cell(i, "Hoàn thành tốt nhiệm vụ")),
        subtotal: true,
      },
    ],
    totalLabel: "Tổng cộng",
  });

  test("[QUOTA-UNITS] under QĐ 366 the cap is counted in each group, and the issue names its group, base and cap", () => {
    const issues = ofRule(validateWorkbook({ sheets: [levelSheet(spec(2025))] }).issues, "QUOTA-UNITS");
    expect(issues.map((i) => i.params)).toEqual([
      expect.objectContaining({ group: "Khối thôn, ấp", base: "good", cap: 0.2, baseCount: 10, limit: 2, actual: 3 }),
    ]);
    expect(issues[0]!.severity).toBe("warning");
  });

  test("[QUOTA-UNITS] under HD21 the sheet is one pool: 3 of 20 is within 20%", () => {
    expect(ofRule(validateWorkbook({ sheets: [levelSheet(spec(2022))] }).issues, "QUOTA-UNITS")).toEqual([]);
  });
});
