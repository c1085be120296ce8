import { validateWorkbook } from "../../src/core/validate";
import { levelSheet, xuanThangUnits, type ColumnId, ALL_COLUMNS } from "../builders/levelSheet";
import { at, ofRule, validateSpec } from "../builders/validateSpec";
import { encodeTcvn3 } from "../../src/core/text/encodeLegacy";

describe("structure and text rules", () => {
  test("[TPL-NOT-TEMPLATE] lists a sheet without a recognisable header and does not validate it", () => {
    const notes = {
      name: "Ghi chú",
      origin: { row: 0, col: 0 },
      values: [["Việc cần làm"], ["Gọi các chi bộ"]],
      types: [["string" as const], ["string" as const]],
      numberFormats: [["General"], ["General"]],
      merges: [],
      fonts: [[null], [null]],
    };
    const { issues, sheets } = validateWorkbook({ sheets: [notes] });
    expect(sheets[0]!.kind).toBe("other");
    expect(issues).toEqual([{ rule: "TPL-NOT-TEMPLATE", severity: "info", sheet: "Ghi chú", params: {} }]);
  });

  test("[TPL-HEADER-MISSING] names each required column that is not found", () => {
    const columns = ALL_COLUMNS.filter((c) => c !== "notRated" && c !== "unitRating");
    const issues = ofRule(validateSpec({ columns, rows: xuanThangUnits() }), "TPL-HEADER-MISSING");
    expect(issues.map((i) => i.params)).toEqual([{ column: "notRated" }, { column: "unitRating" }]);
    expect(issues[0]!.severity).toBe("error");
  });

  test("[TPL-HEADER-MISSING] gates the rules that need the column: no cell issue per row", () => {
    const columns = ALL_COLUMNS.filter((c) => c !== "rated");
    const issues = validateSpec({ columns, rows: xuanThangUnits() });
    expect(ofRule(issues, "SUM-RATED")).toEqual([]);
    expect(ofRule(issues, "SUM-CATEGORIES")).toEqual([]);
    expect(ofRule(issues, "TPL-HEADER-MISSING")).toHaveLength(1);
  });

  test("[TPL-HEADER-DUPLICATE] flags two columns with the same label", () => {
    const issues = ofRule(
      validateSpec({ extra: [{ after: "note", label: "Tổng số đảng viên" }], rows: xuanThangUnits() }),
      "TPL-HEADER-DUPLICATE",
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.params).toEqual({ column: "members", cols: [2, ALL_COLUMNS.length] });
  });

  test("[TPL-NO-TOTAL-ROW] warns when there is no Cộng row", () => {
    const issues = ofRule(validateSpec({ total: "none", rows: xuanThangUnits() }), "TPL-NO-TOTAL-ROW");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe("warning");
    expect(ofRule(validateSpec({ rows: xuanThangUnits() }), "TPL-NO-TOTAL-ROW")).toEqual([]);
  });

  test("[TPL-UNIT-DUPLICATE] flags the same unit twice, compared after normalising text", () => {
    const units = xuanThangUnits();
    units[3]!.unit = "  CHI BỘ ẤP THỚI HOÀ A ".normalize("NFD"); // same as units[0] once folded
    const issues = ofRule(validateSpec({ rows: units }), "TPL-UNIT-DUPLICATE");
    expect(issues).toEqual([
      expect.objectContaining({
        cell: at("unit", 3),
        params: { unit: "CHI BỘ ẤP THỚI HOÀ A", firstRow: at("unit", 0).row },
      }),
    ]);
  });

  test("[TPL-LEGACY-ENCODING] warns once per sheet typed in TCVN3, with the decoded example", () => {
    const issues = ofRule(
      validateSpec({ encodeText: encodeTcvn3, font: ".VnTime", rows: xuanThangUnits() }),
      "TPL-LEGACY-ENCODING",
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.params).toMatchObject({ encoding: "tcvn3" });
    expect((issues[0]!.params as { cells: number }).cells).toBeGreaterThan(20);
  });

  test("[TPL-OLD-CATEGORIES] flags a pre-2018 rating typed in a current form once, not as a bad rating", () => {
    const units = xuanThangUnits();
    units[0]!.unitRating = "Trong sạch, vững mạnh";
    units[2]!.unitRating = "Yếu kém";
    units[1]!.set = { members: "" };
    const issues = validateSpec({ rows: units });
    expect(ofRule(issues, "TPL-OLD-CATEGORIES")).toEqual([
      expect.objectContaining({ cell: at("unitRating", 0), params: { text: "Trong sạch, vững mạnh" } }),
    ]);
    expect(ofRule(issues, "CELL-BAD-RATING")).toEqual([]);
    // The columns are the current ones, so the figures are still checked.
    expect(ofRule(issues, "CELL-REQUIRED")).toEqual([expect.objectContaining({ cell: at("members", 1) })]);
  });

  test("[TPL-OLD-CATEGORIES] an old header gates every detailed rule", () => {
    const issues = validateSpec({
      labels: { excellent: "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ" } as Partial<Record<ColumnId, string>>,
      rows: xuanThangUnits(),
    });
    expect(ofRule(issues, "TPL-OLD-CATEGORIES")).toHaveLength(1);
    expect(issues.filter((i) => i.rule.startsWith("CELL-") || i.rule.startsWith("SUM-"))).toEqual([]);
  });

  test("[TPL-YEAR-UNKNOWN] warns and names the default rule set when the title has no year", () => {
    const issues = ofRule(validateSpec({ year: null, rows: xuanThangUnits() }), "TPL-YEAR-UNKNOWN");
    expect(issues).toEqual([
      { rule: "TPL-YEAR-UNKNOWN", severity: "warning", sheet: "Xuân Thắng", params: { ruleSet: "QD366" } },
    ]);
    expect(ofRule(validateSpec({ year: null, rows: xuanThangUnits() }, { year: 2022 }), "TPL-YEAR-UNKNOWN")).toEqual(
      [],
    );
  });

  test("a clean sheet from Xuân Thắng's figures (166 rated, 152 good or above) raises no error", () => {
    const sheet = levelSheet({
      rows: xuanThangUnits(),
      ownRatingLine: "Đảng ủy đề nghị xếp loại: Hoàn thành xuất sắc nhiệm vụ",
    });
    const { issues } = validateWorkbook({ sheets: [sheet] });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues).toEqual([]);
  });
});
