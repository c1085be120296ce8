import { summarizeWorkbooks, type SummaryResult } from "../../src/core/summarize";
import { PREVIOUS_SHEET } from "../../src/core/previous/previousLayout";
import { levelSheet, type UnitFigures } from "../builders/levelSheet";
import { loadSample } from "../report/loadSample";
import { lastYearOfSample, mergeSheet } from "./lastYear";

let result: SummaryResult;
const row = (unit: string) => result.previous!.rows.find((r) => r.unit === unit)!;

beforeAll(async () => {
  const inputs = await loadSample();
  inputs.push({ name: "sap-nhap.xlsx", snapshot: { sheets: [mergeSheet()] } });
  result = summarizeWorkbooks(inputs, { previous: await lastYearOfSample() });
});

describe("So sánh năm trước on the sample district, last year made from it with figures changed", () => {
  test("every unit of this year has its line, last year's figures beside this year's", () => {
    const rows = result.previous!.rows;
    expect(result.previous!.year).toBe(2021);
    const compared = rows.filter((r) => r.node);
    // The district and its 44 TCCSĐ, the communes that have chi bộ of their own among them.
    expect(compared[0]!.unit).toBe("HUYỆN ỦY THỚI LAI");
    expect(compared).toHaveLength(1 + result.root!.children.length);
    const top = row("HUYỆN ỦY THỚI LAI");
    expect(top.current!.goodOrAbove).toBe(3410);
    // Last year: 3 more rated good in Tân Thạnh (its first row).
    expect(top.previous!.goodOrAbove).toBe(3413);
  });

  test("a rating that rose is ↑, one that stayed is =", () => {
    expect(row("ĐẢNG ỦY XÃ XUÂN THẮNG")).toMatchObject({ status: "both", change: "up" });
    expect(row("ĐẢNG ỦY XÃ XUÂN THẮNG").previous!.rating).toBe("good");
    expect(row("ĐẢNG ỦY XÃ XUÂN THẮNG").current!.rating).toBe("excellent");
    expect(row("ĐẢNG ỦY XÃ ĐÔNG BÌNH")).toMatchObject({ status: "both", change: "same" });
  });

  test("a commune merged under a new name: matched through the merge sheet, not lost and not doubled", () => {
    const b = row("ĐẢNG ỦY XÃ TRƯỜNG XUÂN B");
    expect(b.status).toBe("merged");
    expect(b.previousUnits).toEqual(["ĐẢNG ỦY XÃ TRƯỜNG LONG"]);
    expect(b.previous!.rated).toBe(b.current!.rated);
    expect(result.previous!.rows.filter((r) => r.unit === "ĐẢNG ỦY XÃ TRƯỜNG LONG")).toEqual([]);
  });

  test("[PREV-MEMBER-JUMP] Xuân Thắng has 20 more members than last year, more than those admitted", () => {
    const jumps = result.issues.filter((i) => i.rule === "PREV-MEMBER-JUMP");
    expect(jumps.map((i) => i.params.unit)).toContain("ĐẢNG ỦY XÃ XUÂN THẮNG");
    const xt = jumps.find((i) => i.params.unit === "ĐẢNG ỦY XÃ XUÂN THẮNG")!;
    expect(xt.params).toMatchObject({ now: expect.any(Number), before: expect.any(Number) });
    if (xt.rule === "PREV-MEMBER-JUMP") expect(xt.params.now - xt.params.before).toBe(20);
  });

  test("the summary workbook gains the sheet So sánh năm trước, one line per unit", () => {
    const sheet = result.layouts.find((l) => l.name === PREVIOUS_SHEET)!;
    expect(sheet.cells.find((c) => c.row === 0)!.value).toBe(
      "SO SÁNH KẾT QUẢ XẾP LOẠI NĂM 2022 VỚI NĂM 2021 — HUYỆN ỦY THỚI LAI",
    );
    const xt = sheet.cells.filter((c) => c.row === sheet.cells.find((x) => x.value === "ĐẢNG ỦY XÃ XUÂN THẮNG")!.row);
    expect(xt.map((c) => c.value)).toEqual([
      expect.any(Number),
      "ĐẢNG ỦY XÃ XUÂN THẮNG",
      166,
      166,
      152,
      152,
      "HTTNV",
      "HTXSNV",
      "↑",
      "",
    ]);
  });

  test("Đoạn báo cáo adds a sentence with last year's share beside this year's", () => {
    expect(result.paragraph!.lines).toContain(
      "So với năm 2021: đảng viên hoàn thành tốt nhiệm vụ trở lên năm trước 3.413/3.678 đồng chí (92,79%), năm nay 3.410/3.675 đồng chí (92,79%).",
    );
  });

  test("without last year: no comparison, no sheet, no PREV issue", async () => {
    const plain = summarizeWorkbooks(await loadSample());
    expect(plain.previous).toBeNull();
    expect(plain.layouts.some((l) => l.name === PREVIOUS_SHEET)).toBe(false);
    expect(plain.issues.filter((i) => i.rule.startsWith("PREV-"))).toEqual([]);
    expect(plain.paragraph!.text).not.toContain("So với");
  });
});

const commune = (year: number, rows: UnitFigures[]) => ({
  name: `${year}.xlsx`,
  snapshot: { sheets: [levelSheet({ organisation: "ĐẢNG ỦY XÃ A", parent: "HUYỆN ỦY B", year, rows })] },
});
const excellentWithFail: UnitFigures = {
  unit: "Chi bộ ấp 1",
  excellent: 2,
  good: 15,
  fail: 1,
  unitRating: "Hoàn thành xuất sắc nhiệm vụ",
};
const plainCell: UnitFigures = { unit: "Chi bộ ấp 2", excellent: 1, good: 10, unitRating: "Hoàn thành tốt nhiệm vụ" };

describe("the checks that need last year, on sheets written by hand", () => {
  test("[PREV-EXCELLENT-FAIL-TWICE] HTXSNV in 2023 and 2024 with a KHTNV member this year (QD124)", () => {
    const r = summarizeWorkbooks([commune(2024, [excellentWithFail, plainCell])], {
      previous: [commune(2023, [excellentWithFail, plainCell])],
    });
    const found = r.issues.filter((i) => i.rule === "PREV-EXCELLENT-FAIL-TWICE");
    expect(found).toHaveLength(1);
    expect(found[0]!.params.unit).toBe("Chi bộ ấp 1");
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.cell).toBeDefined();
  });

  test("[PREV-EXCELLENT-FAIL-TWICE] not when last year was lower, nor under HD21 (where ORG-EXCELLENT-WITH-FAIL says it)", () => {
    const lower = { ...excellentWithFail, unitRating: "Hoàn thành tốt nhiệm vụ" };
    const r1 = summarizeWorkbooks([commune(2024, [excellentWithFail])], { previous: [commune(2023, [lower])] });
    expect(r1.issues.filter((i) => i.rule === "PREV-EXCELLENT-FAIL-TWICE")).toEqual([]);
    const r2 = summarizeWorkbooks([commune(2022, [excellentWithFail])], {
      previous: [commune(2021, [excellentWithFail])],
    });
    expect(r2.issues.filter((i) => i.rule === "PREV-EXCELLENT-FAIL-TWICE")).toEqual([]);
    expect(r2.issues.some((i) => i.rule === "ORG-EXCELLENT-WITH-FAIL")).toBe(true);
  });

  test("[PREV-MEMBER-JUMP] 10 more members with 1 admitted warns; with 10 admitted it does not", () => {
    const before: UnitFigures = { unit: "Chi bộ ấp 2", members: 20, excellent: 2, good: 15, complete: 3 };
    const after = (newMembers: number): UnitFigures => ({
      unit: "Chi bộ ấp 2",
      members: 30,
      newMembers,
      excellent: 2,
      good: 20,
      complete: 8 - newMembers,
    });
    const jump = summarizeWorkbooks([commune(2024, [after(1)])], { previous: [commune(2023, [before])] });
    // The chi bộ, and its commune (the same 10 more members) on its own sheet.
    expect(jump.issues.filter((i) => i.rule === "PREV-MEMBER-JUMP").map((i) => i.params)).toEqual([
      { unit: "ĐẢNG ỦY XÃ A", before: 20, now: 30, admitted: 1 },
      { unit: "Chi bộ ấp 2", before: 20, now: 30, admitted: 1 },
    ]);
    const ok = summarizeWorkbooks([commune(2024, [after(10)])], { previous: [commune(2023, [before])] });
    expect(ok.issues.filter((i) => i.rule === "PREV-MEMBER-JUMP")).toEqual([]);
  });

  test("a unit only in one year: new, or gone, each on its line", () => {
    const r = summarizeWorkbooks([commune(2024, [plainCell])], { previous: [commune(2023, [excellentWithFail])] });
    expect(r.previous!.rows.map((x) => [x.unit, x.status])).toEqual([
      ["ĐẢNG ỦY XÃ A", "both"],
      ["Chi bộ ấp 2", "new"],
      ["Chi bộ ấp 1", "gone"],
    ]);
  });
});
