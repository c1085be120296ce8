import { summarizeWorkbooks } from "../../src/core/summarize";
import { levelSheet, type UnitFigures } from "../builders/levelSheet";

const unit = (name: string, good: number, rating = "Hoàn thành tốt nhiệm vụ"): UnitFigures => ({
  unit: name,
  excellent: 1,
  good,
  complete: 1,
  unitRating: rating,
});
const school = [unit("Chi bộ Tổ Toán", 8), unit("Chi bộ Tổ Văn", 7), unit("Chi bộ Hành chính", 5)];
const schoolSum = (k: "good") => school.reduce((s, u) => s + u[k], 0);

describe("a commune since 2025: TCCSĐ rows and chi bộ rows on one sheet (REAL-FORMS §4)", () => {
  const commune = levelSheet({
    name: "Tân Ân",
    parent: "TỈNH ỦY CÀ MAU",
    organisation: "ĐẢNG ỦY XÃ TÂN ÂN",
    year: 2025,
    rows: [
      { ...unit("Đảng bộ Trường THPT Tân Ân", schoolSum("good")), excellent: 3, complete: 3 },
      unit("Chi bộ cơ sở Công an xã", 9),
      unit("Chi bộ thôn 1", 12),
      unit("Chi bộ thôn 2", 10),
    ],
  });
  const trường = levelSheet({
    name: "THPT",
    parent: "ĐẢNG ỦY XÃ TÂN ÂN",
    organisation: "ĐẢNG BỘ TRƯỜNG THPT TÂN ÂN",
    year: 2025,
    rows: school,
  });

  test("TCCSĐ count as TCCSĐ (their chi bộ inside them), the commune's chi bộ as chi bộ trực thuộc", () => {
    const { root, issues } = summarizeWorkbooks([{ name: "tan-an.xlsx", snapshot: { sheets: [commune, trường] } }]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const r = root!;
    expect(r.name).toBe("ĐẢNG ỦY XÃ TÂN ÂN");
    const levels = r.children.map((c) => [c.name, c.level, c.children.length]);
    expect(levels).toEqual(
      expect.arrayContaining([
        ["ĐẢNG BỘ TRƯỜNG THPT TÂN ÂN", "grassroots", 3],
        ["Chi bộ cơ sở Công an xã", "grassroots", 0],
        ["Chi bộ thôn 1", "cell", 0],
        ["Chi bộ thôn 2", "cell", 0],
      ]),
    );
    expect(r.organisations.grassroots.total).toBe(2);
    // The commune's own chi bộ are direct children; the school's chi bộ are inside the school.
    expect(r.children.filter((c) => c.level === "cell")).toHaveLength(2);
    expect(r.figures.good).toBe(schoolSum("good") + 9 + 12 + 10);
  });
});

describe("a province sheet listing its communes directly, with its decided ratings (REAL-FORMS §4)", () => {
  const province = levelSheet({
    name: "Tỉnh",
    parent: null,
    organisation: "TỈNH ỦY CÀ MAU",
    year: 2025,
    unitLabel: "Đảng bộ trực thuộc",
    labels: { unitRating: "Xếp loại đảng bộ (BTV Tỉnh ủy quyết định)" },
    rows: [
      unit("Đảng bộ xã Tân Ân", 30, "Hoàn thành tốt nhiệm vụ"),
      unit("Đảng bộ phường An Xuyên", 40, "Hoàn thành xuất sắc nhiệm vụ"),
      unit("Đảng bộ đặc khu Hòn Khoai", 12, "Hoàn thành nhiệm vụ"),
      unit("Đảng bộ Khối các cơ quan tỉnh", 50, "Hoàn thành tốt nhiệm vụ"),
    ],
  });
  const tanAn = levelSheet({
    name: "Tân Ân",
    parent: "TỈNH ỦY CÀ MAU",
    organisation: "ĐẢNG ỦY XÃ TÂN ÂN",
    year: 2025,
    rows: [unit("Chi bộ thôn 1", 15), unit("Chi bộ thôn 2", 15)],
    ownRatingLine: "Đảng ủy đề nghị xếp loại: Hoàn thành xuất sắc nhiệm vụ",
  });

  test("the units roll up with the province's decided ratings kept (not the commune's proposal)", () => {
    const { root, issues } = summarizeWorkbooks([{ name: "ca-mau.xlsx", snapshot: { sheets: [province, tanAn] } }]);
    expect(issues.filter((i) => i.rule === "TPL-HEADER-MISSING")).toEqual([]);
    const r = root!;
    expect(r.children.map((c) => [c.name, c.rating])).toEqual(
      expect.arrayContaining([
        ["ĐẢNG ỦY XÃ TÂN ÂN", "good"],
        ["Đảng bộ phường An Xuyên", "excellent"],
        ["Đảng bộ đặc khu Hòn Khoai", "complete"],
        ["Đảng bộ Khối các cơ quan tỉnh", "good"],
      ]),
    );
    expect(r.organisations.grassroots).toMatchObject({ total: 4, excellent: 1, good: 2, complete: 1 });
    expect(r.children.find((c) => c.name === "ĐẢNG ỦY XÃ TÂN ÂN")!.ownRating).toBe("excellent");
  });
});
