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
