import { levelSheet, xuanThangUnits, type UnitFigures } from "../builders/levelSheet";
import { at, ofRule, validateSpec } from "../builders/validateSpec";
import { validateWorkbook } from "../../src/core/validate";
import { DEFAULT_SETTINGS } from "../../src/core/rules/Rule";

const district = { parent: "THÀNH ỦY CẦN THƠ", organisation: "HUYỆN ỦY THỚI LAI", name: "Huyện" };
const tccsd = (
  name: string,
  excellent: number,
  good: number,
  rating = "Hoàn thành tốt nhiệm vụ",
  extra: Partial<UnitFigures> = {},
): UnitFigures => ({
  unit: name,
  excellent,
  good,
  complete: 2,
  unitRating: rating,
  ...extra,
});

describe("ratings, quotas and organisation rules", () => {
  test("[QUOTA-MEMBERS] on a TCCSĐ's sheet, warns when HTXSNV exceeds the floor of 20% of HTTNV", () => {
    // 10 good in total → at most 2 excellent; 3 is over.
    const rows = [tccsd("Chi bộ ấp A", 2, 5), tccsd("Chi bộ ấp B", 1, 5)];
    const issues = ofRule(validateSpec({ rows }), "QUOTA-MEMBERS");
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        cell: { row: at("excellent", 2).row, col: at("excellent", 0).col },
        params: { unit: "ĐẢNG ỦY XÃ XUÂN THẮNG", base: "good", baseCount: 10, cap: 0.2, limit: 2, actual: 3 },
      }),
    ]);
    expect(
      ofRule(validateSpec({ rows: [tccsd("Chi bộ ấp A", 1, 5), tccsd("Chi bộ ấp B", 1, 5)] }), "QUOTA-MEMBERS"),
    ).toEqual([]);
  });

  test("[QUOTA-MEMBERS] on a district sheet, counts each TCCSĐ (row) on its own", () => {
    const rows = [tccsd("Đảng bộ xã Xuân Thắng", 21, 131), tccsd("Đảng bộ xã Thới Tân", 12, 40)]; // limits 26 and 8
    const issues = ofRule(validateSpec({ ...district, rows }), "QUOTA-MEMBERS");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("excellent", 1),
        params: expect.objectContaining({ unit: "Đảng bộ xã Thới Tân", limit: 8, actual: 12 }),
      }),
    ]);
  });

  test("[QUOTA-MEMBERS] the base is a setting: goodOrAbove counts HTXSNV too, and the issue says so", () => {
    const settings = { quota: () => ({ base: "goodOrAbove" as const, cap: 0.2, outstandingCap: null }) };
    const rows = [tccsd("Chi bộ ấp A", 3, 12)];
    const withGood = ofRule(validateSpec({ rows }), "QUOTA-MEMBERS");
    const withGoodOrAbove = ofRule(validateSpec({ rows }, { settings }), "QUOTA-MEMBERS");
    expect(withGood).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({ base: "good", baseCount: 12, limit: 2, actual: 3 }),
      }),
    ]);
    expect(withGoodOrAbove).toEqual([]); // floor(0.2 × 15) = 3
  });

  test("[QUOTA-MEMBERS] QĐ 366 allows 25% for an outstanding unit that says so", () => {
    const rows = [tccsd("Chi bộ ấp A", 5, 20)]; // 20% of 20 = 4 < 5 ≤ 25% of 20 = 5
    expect(ofRule(validateSpec({ year: 2025, rows }), "QUOTA-MEMBERS")).toHaveLength(1);
    expect(
      ofRule(
        validateSpec({
          year: 2025,
          rows,
          ownRatingLine: "Đảng ủy tự xếp loại: Hoàn thành xuất sắc nhiệm vụ (đơn vị tiêu biểu)",
        }),
        "QUOTA-MEMBERS",
      ),
    ).toEqual([]);
    expect(
      ofRule(
        validateSpec({
          year: 2022,
          rows,
          ownRatingLine: "Đảng ủy tự xếp loại: Hoàn thành xuất sắc nhiệm vụ (đơn vị tiêu biểu)",
        }),
        "QUOTA-MEMBERS",
      ),
    ).toHaveLength(1);
  });

  test("[QUOTA-UNITS] warns when more chi bộ are HTXSNV than 20% of those HTTNV in the TCCSĐ", () => {
    const units = xuanThangUnits();
    units[0]!.unitRating = "Hoàn thành xuất sắc nhiệm vụ";
    units[1]!.unitRating = "Hoàn thành xuất sắc nhiệm vụ";
    units[2]!.unitRating = "Hoàn thành xuất sắc nhiệm vụ"; // 3 excellent, 8 good → at most 1
    const issues = ofRule(validateSpec({ rows: units }), "QUOTA-UNITS");
    expect(issues).toEqual([
      expect.objectContaining({
        params: {
          unit: "ĐẢNG ỦY XÃ XUÂN THẮNG",
          level: "cells",
          base: "good",
          baseCount: 8,
          cap: 0.2,
          limit: 1,
          actual: 3,
        },
      }),
    ]);
  });

  test("[ORG-EXCELLENT-WITH-FAIL] (HD21) a chi bộ rated HTXSNV with a member rated KHTNV", () => {
    const rows = [tccsd("Chi bộ ấp A", 1, 15, "Hoàn thành xuất sắc nhiệm vụ", { fail: 1 })];
    expect(ofRule(validateSpec({ year: 2022, rows }), "ORG-EXCELLENT-WITH-FAIL")).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: at("unitRating", 0),
        params: { unit: "Chi bộ ấp A", fail: 1 },
      }),
    ]);
    expect(ofRule(validateSpec({ year: 2024, rows }), "ORG-EXCELLENT-WITH-FAIL")).toEqual([]); // HD21 only
  });

  test("[ORG-EXCELLENT-BELOW-80] (HD21) a chi bộ rated HTXSNV with under 80% HTTNV or above", () => {
    const rows = [tccsd("Chi bộ ấp A", 1, 6, "Hoàn thành xuất sắc nhiệm vụ", { complete: 3 })]; // 7/10 = 70%
    expect(ofRule(validateSpec({ rows }), "ORG-EXCELLENT-BELOW-80")).toEqual([
      expect.objectContaining({ params: { unit: "Chi bộ ấp A", goodOrAbove: 7, rated: 10, share: 0.7 } }),
    ]);
    const exactly80 = [tccsd("Chi bộ ấp A", 1, 7, "Hoàn thành xuất sắc nhiệm vụ", { complete: 2 })]; // 8/10
    expect(ofRule(validateSpec({ rows: exactly80 }), "ORG-EXCELLENT-BELOW-80")).toEqual([]);
  });

  test("[ORG-PARENT-EXCELLENT] (HD21) an organisation proposed HTXSNV with a failing chi bộ", () => {
    const units = xuanThangUnits();
    units[4]!.unitRating = "Không hoàn thành nhiệm vụ";
    const issues = ofRule(
      validateSpec({ rows: units, ownRatingLine: "Đảng ủy đề nghị xếp loại: Hoàn thành xuất sắc nhiệm vụ" }),
      "ORG-PARENT-EXCELLENT",
    );
    expect(issues).toEqual([
      expect.objectContaining({
        params: {
          unit: "ĐẢNG ỦY XÃ XUÂN THẮNG",
          failing: ["Chi bộ ấp Thới Lộc"],
          goodOrAbove: 10,
          rated: 11,
          share: 10 / 11,
        },
      }),
    ]);
  });

  test("[ORG-PARENT-EXCELLENT] (HD21) under 80% of the children HTTNV or above", () => {
    const units = xuanThangUnits();
    for (const i of [0, 1, 2]) units[i]!.unitRating = "Hoàn thành nhiệm vụ"; // 8/11 = 72.7%
    const issues = ofRule(
      validateSpec({ rows: units, ownRatingLine: "Đảng ủy tự xếp loại: Hoàn thành xuất sắc nhiệm vụ" }),
      "ORG-PARENT-EXCELLENT",
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.params).toMatchObject({ failing: [], goodOrAbove: 8, rated: 11 });
  });

  test("[ORG-NEW-RATED] a unit marked new (under 6 months) carries a rating", () => {
    const rows = [
      tccsd("Chi bộ ấp A", 0, 5),
      tccsd("Chi bộ Công ty B", 0, 4, "Hoàn thành tốt nhiệm vụ", { note: "Mới thành lập chưa đủ 6 tháng" }),
      tccsd("Chi bộ Trường C", 0, 4, "Chưa xếp loại", { note: "Mới thành lập" }),
    ];
    expect(ofRule(validateSpec({ rows }), "ORG-NEW-RATED")).toEqual([
      expect.objectContaining({ cell: at("unitRating", 1), params: { unit: "Chi bộ Công ty B", rating: "good" } }),
    ]);
  });

  test("[ORG-NEW-RATED] a note about members admitted under 6 months is about members, not the unit", () => {
    const rows = [
      tccsd("Chi bộ ấp A", 0, 5, "Hoàn thành tốt nhiệm vụ", { note: "3 đồng chí mới kết nạp chưa đủ 6 tháng" }),
      tccsd("Chi bộ ấp D", 0, 5, "Hoàn thành tốt nhiệm vụ", { note: "Đảng viên dự bị dưới 6 tháng: 1" }),
      tccsd("Chi bộ Công ty E", 0, 4, "Hoàn thành tốt nhiệm vụ", { note: "Thành lập chưa đủ 6 tháng" }),
    ];
    expect(ofRule(validateSpec({ rows }), "ORG-NEW-RATED").map((i) => i.cell)).toEqual([at("unitRating", 2)]);
  });

  test("[ORG-FAIL-DISCIPLINED] (QD124, QD366) more members disciplined than rated KHTNV", () => {
    const rows = [tccsd("Chi bộ ấp A", 0, 10, "Hoàn thành tốt nhiệm vụ", { fail: 1, disciplined: 2 })];
    expect(ofRule(validateSpec({ year: 2023, rows }), "ORG-FAIL-DISCIPLINED")).toEqual([
      expect.objectContaining({ severity: "warning", params: { unit: "Chi bộ ấp A", disciplined: 2, fail: 1 } }),
    ]);
    expect(ofRule(validateSpec({ year: 2022, rows }), "ORG-FAIL-DISCIPLINED")).toEqual([]);
  });

  test("default quota settings follow RULES.md: good, 20%, 25% only under QD366", () => {
    expect(DEFAULT_SETTINGS.quota("HD21")).toEqual({ base: "good", cap: 0.2, outstandingCap: null });
    expect(DEFAULT_SETTINGS.quota("QD366")).toEqual({ base: "good", cap: 0.2, outstandingCap: 0.25 });
    expect(validateWorkbook({ sheets: [levelSheet({ rows: xuanThangUnits() })] }).issues).toEqual([]);
  });
});
