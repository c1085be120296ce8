import { summarizeWorkbooks } from "../../src/core/summarize";
import { inferTypeFromName, parseTypeLabel } from "../../src/core/official/unitType";
import { levelSheet, type UnitFigures } from "../builders/levelSheet";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { columnOf, FIRST_DATA_ROW } from "../../src/core/official/formLayout";
import { FORM6_ROWS } from "../../src/core/official/formRows";
import type { ColumnId } from "../../src/core/official/columns";

describe("the loại hình of a TCCSĐ, inferred from its name (issue 14's list)", () => {
  test.each([
    ["Đảng ủy xã Xuân Thắng", "xa"],
    ["Đảng ủy phường An Hòa", "phuong"],
    ["Đảng ủy thị trấn Thới Lai", "thiTran"],
    ["Đảng bộ Công an huyện", "police"],
    ["Đảng bộ Quân sự huyện", "army"],
    ["Chi bộ Trường THPT Thới Lai", "servicePublic"],
    ["Chi bộ Trung tâm Y tế huyện", "servicePublic"],
    ["Chi bộ Bệnh viện Đa khoa huyện", "servicePublic"],
    ["Chi bộ Ngân hàng Nông nghiệp chi nhánh Thới Lai", "enterprise"],
    ["Chi bộ Công ty Cấp thoát nước", "enterprise"],
    ["Chi bộ Hợp tác xã Nông nghiệp Thới Lai", "coop"],
    ["Đảng bộ các cơ quan Đảng - đoàn thể huyện", "partyMass"],
    ["Chi bộ Mặt trận Tổ quốc huyện", "partyMass"],
    ["Đảng bộ Cơ quan Chính quyền huyện", "state"],
    ["Chi bộ UBND huyện", "state"],
    ["Chi bộ Tòa án nhân dân huyện", "state"],
    ["Chi bộ Viện Kiểm sát nhân dân huyện", "state"],
    ["Chi bộ Kho bạc Nhà nước huyện", "state"],
    ["Chi bộ Chi cục Thuế khu vực", "state"],
    ["ĐẢNG ỦY XÃ TRƯỜNG XUÂN", "xa"], // "Trường" here is a place, not a school
  ])("%s → %s", (name, type) => {
    expect(inferTypeFromName(name)).toBe(type);
  });

  test("a name that says nothing gives no type", () => {
    expect(inferTypeFromName("Chi bộ Hạt Giống")).toBeNull();
  });

  test("a typed Loại hình reads the form's column names, long or short", () => {
    expect(parseTypeLabel("Xã")).toBe("xa");
    expect(parseTypeLabel("Đơn vị sự nghiệp ngoài công lập")).toBe("servicePrivate");
    expect(parseTypeLabel("Đơn vị sự nghiệp công lập")).toBe("servicePublic");
    expect(parseTypeLabel("Doanh nghiệp 100% vốn nhà nước")).toBe("soe100");
    expect(parseTypeLabel("Công ty cổ phần")).toBe("company");
    expect(parseTypeLabel("Cơ quan Nhà nước")).toBe("state");
    expect(parseTypeLabel("Cơ sở khác")).toBe("other");
    expect(parseTypeLabel("Tổ chức đảng ở ngoài nước")).toBe("abroad");
    expect(parseTypeLabel("gì đó")).toBeNull();
  });
});

const cbcs = (unit: string): UnitFigures => ({ unit, excellent: 1, good: 10, complete: 1 });
const district = (rows: UnitFigures[]) =>
  levelSheet({ name: "Huyện", organisation: "HUYỆN ỦY A", parent: "TỈNH ỦY B", rows, unitLabel: "Tên tổ chức đảng" });

function unitList(rows: string[][]): SheetSnapshot {
  const values = [["Mã", "Tên đơn vị", "Cấp", "Trực thuộc", "Loại hình"], ...rows];
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

const countIn = (result: ReturnType<typeof summarizeWorkbooks>, col: ColumnId): number | null => {
  const layout = result.layouts.find((l) => l.name === "Biểu 6")!;
  const row = FIRST_DATA_ROW + FORM6_ROWS.findIndex((r) => r.key === "partyCells.total");
  const v = layout.cells.find((c) => c.row === row && c.col === columnOf(col))!.value;
  return typeof v === "number" ? v : null;
};

describe("types at Tổng hợp", () => {
  test("[OFF-TYPE-UNKNOWN] units whose type nothing tells count as Cơ sở khác, with one notice listing them", () => {
    const result = summarizeWorkbooks([
      {
        name: "h.xlsx",
        snapshot: {
          sheets: [district([cbcs("Chi bộ Hạt Giống"), cbcs("Chi bộ Trạm Bơm"), cbcs("Chi bộ Trường THCS A")])],
        },
      },
    ]);
    expect(result.issues.filter((i) => i.rule === "OFF-TYPE-UNKNOWN")).toEqual([
      expect.objectContaining({
        sheet: "Huyện",
        workbook: "h.xlsx",
        severity: "info",
        params: { units: ["Chi bộ Hạt Giống", "Chi bộ Trạm Bơm"] },
      }),
    ]);
    expect(countIn(result, "other")).toBe(2);
    expect(countIn(result, "servicePublic")).toBe(1);
    expect(countIn(result, "total")).toBe(3);
  });

  test("the unit list's Loại hình overrides the name, and the completeness sheet says where each type came from", () => {
    const list = unitList([
      ["H", "Huyện ủy A", "Huyện", "", ""],
      ["H.1", "Chi bộ Hạt Giống", "Cơ sở", "H", "Doanh nghiệp 100% vốn nhà nước"],
      ["H.2", "Chi bộ Trường THCS A", "Cơ sở", "H", "Đơn vị sự nghiệp ngoài công lập"],
    ]);
    const result = summarizeWorkbooks([
      {
        name: "h.xlsx",
        snapshot: { sheets: [list, district([cbcs("Chi bộ Hạt Giống"), cbcs("Chi bộ Trường THCS A")])] },
      },
    ]);
    expect(result.issues.filter((i) => i.rule === "OFF-TYPE-UNKNOWN")).toEqual([]);
    expect(countIn(result, "soe100")).toBe(1);
    expect(countIn(result, "enterprise")).toBe(1);
    expect(countIn(result, "servicePrivate")).toBe(1);
    expect(countIn(result, "servicePublic")).toBe(0);
    expect(countIn(result, "other")).toBe(0);
    expect(result.completeness.find((r) => r.unit === "Chi bộ Hạt Giống")).toMatchObject({
      type: "Doanh nghiệp 100% vốn nhà nước",
      typeSource: "đọc từ danh mục đơn vị",
    });
    const sheet = result.layouts.find((l) => l.name === "Tình hình nộp biểu")!;
    expect(sheet.cells.filter((c) => c.row === 3).map((c) => c.value)).toContain("Nguồn loại hình");
    expect(sheet.cells.some((c) => c.value === "suy từ tên")).toBe(false);
  });

  test("a type inferred from the name is marked so on the completeness sheet", () => {
    const result = summarizeWorkbooks([
      { name: "h.xlsx", snapshot: { sheets: [district([cbcs("Chi bộ Trường THCS A")])] } },
    ]);
    expect(result.completeness.find((r) => r.unit === "Chi bộ Trường THCS A")).toMatchObject({
      type: "Đơn vị sự nghiệp công lập",
      typeSource: "suy từ tên",
    });
  });

  test("a Loại hình column of the level sheet is read, and the name fills in where it is blank", () => {
    const sheet = levelSheet({
      name: "Huyện",
      organisation: "HUYỆN ỦY A",
      parent: "TỈNH ỦY B",
      unitLabel: "Tên tổ chức đảng",
      rows: [cbcs("Chi bộ Hạt Giống"), cbcs("Chi bộ Trường THCS A")],
      extra: [{ after: "unit", label: "Loại hình" }],
    });
    const header = sheet.values.findIndex((r) => r.includes("Loại hình"));
    const col = sheet.values[header]!.indexOf("Loại hình");
    const row = sheet.values.findIndex((r) => r.includes("Chi bộ Hạt Giống"));
    sheet.values[row]![col] = "Hợp tác xã";
    sheet.types[row]![col] = "string";
    const result = summarizeWorkbooks([{ name: "h.xlsx", snapshot: { sheets: [sheet] } }]);
    expect(result.issues.filter((i) => i.rule === "OFF-TYPE-UNKNOWN")).toEqual([]);
    expect(countIn(result, "coop")).toBe(1);
    expect(countIn(result, "servicePublic")).toBe(1);
    expect(result.completeness.map((r) => [r.unit, r.type, r.typeSource])).toEqual(
      expect.arrayContaining([
        ["Chi bộ Hạt Giống", "Hợp tác xã", "đọc từ cột Loại hình"],
        ["Chi bộ Trường THCS A", "Đơn vị sự nghiệp công lập", "suy từ tên"],
      ]),
    );
  });
});
