import { summarizeWorkbooks } from "../../src/core/summarize";
import { levelSheet, xuanThangUnits, type UnitFigures } from "../builders/levelSheet";
import type { SheetSnapshot } from "../../src/core/snapshot";
import type { RuleId } from "../../src/core/issues/Issue";

const run = (sheets: SheetSnapshot[]) => summarizeWorkbooks([{ name: "book.xlsx", snapshot: { sheets } }]);
const rules = (sheets: SheetSnapshot[], prefix = "HIER-") =>
  run(sheets)
    .issues.filter((i) => i.rule.startsWith(prefix))
    .map((i) => i.rule as RuleId);

const commune = (
  name: string,
  organisation: string,
  parent = "HUYỆN ỦY THỚI LAI",
  rows: UnitFigures[] = xuanThangUnits(),
) => levelSheet({ name, organisation, parent, rows });
const district = (rows: UnitFigures[], name = "Huyện") =>
  levelSheet({
    name,
    organisation: "HUYỆN ỦY THỚI LAI",
    parent: "THÀNH ỦY CẦN THƠ",
    rows,
    unitLabel: "Tên tổ chức đảng",
  });
const cbcs = (unit: string): UnitFigures => ({ unit, excellent: 1, good: 10, complete: 1 });

describe("tree assembly: every bad shape is an issue, never an exception", () => {
  test("a row of the parent and the unit's own sheet are one node", () => {
    const xt = commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG");
    // The district types Xuân Thắng's row with the figures of its sheet (166 rated).
    const { root, issues } = run([
      district([
        { unit: "Đảng bộ xã Xuân Thắng", excellent: 21, good: 131, complete: 14 },
        cbcs("Chi bộ Trường THPT Thới Lai"),
      ]),
      xt,
    ]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(root!.children).toHaveLength(2);
    expect(root!.figures.rated).toBe(166 + 12);
  });

  test("[HIER-CHILD-MISMATCH] a typed row that differs from the unit's own sheet", () => {
    const { issues } = run([
      district([{ unit: "Đảng bộ xã Xuân Thắng", excellent: 21, good: 130, complete: 14 }]),
      commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG"),
    ]);
    const mismatch = issues.filter((i) => i.rule === "HIER-CHILD-MISMATCH").map((i) => i.params);
    expect(mismatch).toContainEqual(
      expect.objectContaining({ column: "good", expected: 131, actual: 130, childSheet: "Xuân Thắng" }),
    );
    expect(mismatch).toContainEqual(expect.objectContaining({ column: "rated", expected: 166, actual: 165 }));
  });

  test("[HIER-AMBIGUOUS] two sheets for one organisation (its committee's name or its own)", () => {
    expect(rules([commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG"), commune("XT (2)", "ĐẢNG BỘ XÃ XUÂN THẮNG")])).toEqual(
      ["HIER-AMBIGUOUS"],
    );
  });

  test("[HIER-DOUBLE-COUNT] a unit under two parents", () => {
    const twice = [
      district([cbcs("Chi bộ Trường THPT Thới Lai")], "Huyện"),
      levelSheet({
        name: "Huyện B",
        organisation: "HUYỆN ỦY CỜ ĐỎ",
        parent: "THÀNH ỦY CẦN THƠ",
        rows: [cbcs("Chi bộ Trường THPT Thới Lai")],
        unitLabel: "Tên tổ chức đảng",
      }),
    ];
    expect(rules(twice)).toEqual(["HIER-DOUBLE-COUNT"]);
  });

  test("[HIER-SAME-NAME] one name under two parents with other figures: two units, both counted", () => {
    const other = { ...cbcs("Chi bộ Trường THPT Thới Lai"), good: 99 };
    const sheets = [
      district([cbcs("Chi bộ Trường THPT Thới Lai")], "Huyện"),
      levelSheet({
        name: "Huyện B",
        organisation: "HUYỆN ỦY CỜ ĐỎ",
        parent: "THÀNH ỦY CẦN THƠ",
        rows: [other],
        unitLabel: "Tên tổ chức đảng",
      }),
    ];
    const { issues, root } = run(sheets);
    expect(issues.filter((i) => i.rule.startsWith("HIER-")).map((i) => [i.rule, i.severity])).toEqual([
      ["HIER-SAME-NAME", "warning"],
    ]);
    expect(root!.organisations.grassroots.total).toBe(2);
  });

  test("[HIER-DOUBLE-COUNT] a chi bộ cơ sở counted both as a TCCSĐ and as a chi bộ trực thuộc", () => {
    const units = xuanThangUnits();
    units.push({ unit: "Chi bộ Trường THPT Thới Lai", excellent: 1, good: 10 });
    const { issues, root } = run([
      district([cbcs("Chi bộ Trường THPT Thới Lai")]),
      commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG", "HUYỆN ỦY THỚI LAI", units),
    ]);
    expect(issues.filter((i) => i.rule === "HIER-DOUBLE-COUNT")).toEqual([
      expect.objectContaining({
        sheet: "Xuân Thắng",
        params: expect.objectContaining({ unit: "Chi bộ Trường THPT Thới Lai" }),
      }),
    ]);
    expect(root!.organisations.cells.total).toBe(11); // counted once, as a TCCSĐ
    expect(root!.organisations.grassroots.total).toBe(2);
  });

  test("[HIER-CYCLE] two organisations that name each other as superior", () => {
    const a = levelSheet({
      name: "A",
      organisation: "ĐẢNG ỦY XÃ AN BÌNH",
      parent: "ĐẢNG ỦY XÃ BÌNH AN",
      rows: xuanThangUnits(),
    });
    const b = levelSheet({
      name: "B",
      organisation: "ĐẢNG ỦY XÃ BÌNH AN",
      parent: "ĐẢNG ỦY XÃ AN BÌNH",
      rows: xuanThangUnits(),
    });
    expect(() => run([a, b])).not.toThrow();
    expect(rules([a, b])).toContain("HIER-CYCLE");
  });

  test("[HIER-NO-PARENT] a sheet whose title names no superior, beside others that do", () => {
    const lost = levelSheet({ name: "Lạc", organisation: "ĐẢNG ỦY XÃ AN BÌNH", parent: null, rows: xuanThangUnits() });
    const { issues, root } = run([commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG"), lost]);
    expect(issues.filter((i) => i.rule === "HIER-NO-PARENT")).toEqual([expect.objectContaining({ sheet: "Lạc" })]);
    expect(root!.figures.rated).toBe(2 * 166); // still summed, under a common top
  });

  test("[HIER-NOT-REPORTED] a đảng bộ named as a row of the district's sheet that sent no sheet", () => {
    const issues = run([
      district([
        cbcs("Chi bộ Trường THPT Thới Lai"),
        { unit: "Đảng bộ xã Tân Thạnh", excellent: 2, good: 100, complete: 8 },
      ]),
    ]).issues;
    expect(issues.filter((i) => i.rule === "HIER-NOT-REPORTED")).toEqual([
      expect.objectContaining({ params: { unit: "Đảng bộ xã Tân Thạnh", parent: "HUYỆN ỦY THỚI LAI" } }),
    ]);
  });

  test("the district's own sheet and its communes' sheets make one tree of any depth", () => {
    const { root } = run([
      district([cbcs("Chi bộ Trường THPT Thới Lai")]),
      commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG"),
      commune("Thới Tân", "ĐẢNG ỦY XÃ THỚI TÂN"),
    ]);
    expect(root!.name).toBe("HUYỆN ỦY THỚI LAI");
    expect(root!.organisations.grassroots.total).toBe(3);
    expect(root!.organisations.cells.total).toBe(22);
  });
});

/** A "Danh mục đơn vị" sheet: Mã, Tên đơn vị, Cấp, Trực thuộc, Loại hình. */
function unitList(rows: [string, string, string, string][]): SheetSnapshot {
  const values = [["Mã", "Tên đơn vị", "Cấp", "Trực thuộc"], ...rows];
  return {
    name: "Danh mục đơn vị",
    origin: { row: 0, col: 0 },
    values,
    types: values.map((r) => r.map((v) => (v === "" ? "empty" : "string"))),
    numberFormats: values.map((r) => r.map(() => "General")),
    merges: [],
    fonts: values.map((r) => r.map(() => null)),
  };
}

describe("with a unit list (Danh mục đơn vị)", () => {
  const list = unitList([
    ["H", "Huyện ủy Thới Lai", "Huyện", ""],
    ["H.1", "Đảng ủy xã Xuân Thắng", "Cơ sở", "H"],
    ["H.2", "Đảng ủy xã Tân Thạnh", "Cơ sở", "H"],
    ["H.3", "Chi bộ Trường THPT Thới Lai", "Cơ sở", "H"],
  ]);

  test("[HIER-NOT-REPORTED] a listed unit that sent nothing is chưa nộp, in the completeness table too", () => {
    const result = run([
      list,
      district([cbcs("Chi bộ Trường THPT Thới Lai")]),
      commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG"),
    ]);
    expect(result.issues.filter((i) => i.rule.startsWith("HIER-"))).toEqual([
      expect.objectContaining({
        rule: "HIER-NOT-REPORTED",
        sheet: "Danh mục đơn vị",
        cell: { row: 3, col: 1 },
        params: { unit: "Đảng ủy xã Tân Thạnh", parent: "Huyện ủy Thới Lai" },
      }),
    ]);
    expect(result.completeness.find((r) => r.unit === "Đảng ủy xã Tân Thạnh")).toMatchObject({
      status: "missing",
      sheet: "",
    });
    expect(result.completeness.find((r) => r.unit === "ĐẢNG ỦY XÃ XUÂN THẮNG")).toMatchObject({
      status: "reported",
      sheet: "Xuân Thắng",
    });
  });

  test("[HIER-UNKNOWN-UNIT] a sheet or row that the list does not know", () => {
    const result = run([
      list,
      district([cbcs("Chi bộ Trường THPT Thới Lai"), cbcs("Chi bộ Bưu điện huyện")]),
      commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG"),
      commune("Tân Thạnh", "ĐẢNG ỦY XÃ TÂN THẠNH"),
    ]);
    expect(result.issues.filter((i) => i.rule.startsWith("HIER-"))).toEqual([
      expect.objectContaining({ rule: "HIER-UNKNOWN-UNIT", params: { unit: "Chi bộ Bưu điện huyện" } }),
    ]);
  });

  test("[HIER-CELL-COUNT] a TCCSĐ whose sheet has another number of chi bộ than the list", () => {
    const withCells = unitList([
      ["X", "Đảng ủy xã Xuân Thắng", "Cơ sở", ""],
      ["X.1", "Chi bộ ấp Thới Hòa A", "Chi bộ", "X"],
      ["X.2", "Chi bộ ấp Thới Hòa B", "Chi bộ", "X"],
    ]);
    const units = xuanThangUnits().slice(0, 3);
    const issues = run([withCells, commune("Xuân Thắng", "ĐẢNG ỦY XÃ XUÂN THẮNG", "HUYỆN ỦY THỚI LAI", units)]).issues;
    expect(issues.filter((i) => i.rule === "HIER-CELL-COUNT")).toEqual([
      expect.objectContaining({ params: { unit: "ĐẢNG ỦY XÃ XUÂN THẮNG", expected: 2, actual: 3 } }),
    ]);
    expect(issues.filter((i) => i.rule === "HIER-UNKNOWN-UNIT").map((i) => i.params)).toEqual([
      { unit: "Chi bộ ấp Thới Hiệp A" },
    ]);
  });
});
