import fs from "fs";
import path from "path";
import { summarizeWorkbooks, type SummaryResult } from "../../src/core/summarize";
import { reportParagraph } from "../../src/core/report/reportParagraph";
import { REPORT_SHEET } from "../../src/core/report/reportLayout";
import { COUNTED_LEVELS, type OrgNode } from "../../src/core/rollup/OrgNode";
import { zeroCounts, zeroFigures, type Figures } from "../../src/core/rollup/Figures";
import { loadSample } from "./loadSample";

const GOLDEN = path.resolve(__dirname, "../golden/thoi-lai-2022.report.txt");
let result: SummaryResult;

beforeAll(async () => {
  result = summarizeWorkbooks(await loadSample());
});

describe("Đoạn báo cáo of the sample district (TEMPLATE.md §7), through the real .xlsx adapter", () => {
  test("states 44 TCCSĐ, 207 chi bộ with 193 good or above, 3.675 members with 3.410 good or above (92,79%)", () => {
    const text = result.paragraph!.text;
    expect(text).toContain("năm 2022 của Huyện ủy Thới Lai:");
    expect(text).toContain("Về tổ chức cơ sở đảng: có 44 tổ chức cơ sở đảng được đánh giá, xếp loại");
    expect(text).toContain("Về chi bộ trực thuộc đảng ủy cơ sở: có 207 chi bộ được đánh giá, xếp loại");
    expect(text).toContain("Có 193/207 chi bộ hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 93,24%.");
    expect(text).toContain("3.675 đồng chí thuộc diện đánh giá, xếp loại");
    expect(text).toContain("Có 3.410/3.675 đồng chí hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 92,79%.");
  });

  test("organisations come before members; Xuân Thắng's proposal for HTXSNV is named", () => {
    const lines = result.paragraph!.lines;
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(at("Về tổ chức cơ sở đảng")).toBeLessThan(at("Về chi bộ"));
    expect(at("Về chi bộ")).toBeLessThan(at("Về đảng viên"));
    expect(lines[lines.length - 1]).toContain("hoàn thành xuất sắc nhiệm vụ 1 (Đảng ủy xã Xuân Thắng)");
  });

  test("is the golden paragraph, reviewed by hand against TEMPLATE.md §7", () => {
    expect(`${result.paragraph!.text}\n`).toBe(fs.readFileSync(GOLDEN, "utf8"));
  });

  test("the summary workbook carries it as the sheet Đoạn báo cáo, one line per row", () => {
    const sheet = result.layouts.find((l) => l.name === REPORT_SHEET)!;
    const texts = sheet.cells.map((c) => c.value);
    for (const line of result.paragraph!.lines) expect(texts).toContain(line);
  });

  test("is the same on every run (deterministic)", async () => {
    const again = summarizeWorkbooks(await loadSample());
    expect(again.paragraph!.text).toBe(result.paragraph!.text);
  });
});

/** A hand-made node: Đảng ủy xã with 3 chi bộ, the members' ratings partly unknown. */
function node(figures: Partial<Record<keyof Figures, number | null>>): OrgNode {
  const organisations = Object.fromEntries(COUNTED_LEVELS.map((l) => [l, zeroCounts()])) as OrgNode["organisations"];
  organisations.cells = { total: 3, rated: 3, excellent: 0, good: 3, complete: 0, fail: 0 };
  return {
    key: "xa a",
    name: "ĐẢNG ỦY XÃ A",
    level: "grassroots",
    source: { kind: "virtual" },
    parentRow: null,
    rating: null,
    ownRating: null,
    // Figures become `number | null` where no source gives them (agreement with helper i10).
    figures: { ...zeroFigures(), ...figures } as unknown as Figures,
    organisations,
    children: [],
  };
}

describe("unknown figures are never stated as 0", () => {
  test("unknown ratings: 'chưa đủ số liệu', and no share computed from them", () => {
    const p = reportParagraph(
      node({ members: 50, subject: 50, rated: 50, excellent: null, good: 40, complete: 8, fail: 2 }),
      2024,
    );
    expect(p.text).toContain("hoàn thành xuất sắc nhiệm vụ: chưa đủ số liệu");
    expect(p.text).toContain("Số đồng chí hoàn thành tốt nhiệm vụ trở lên: chưa đủ số liệu.");
    expect(p.text).toContain("hoàn thành tốt nhiệm vụ 40 đồng chí, chiếm tỷ lệ 80,00%");
    expect(p.text).not.toMatch(/xuất sắc nhiệm vụ 0/);
  });

  test("an unknown number rated: counts stated, shares left out", () => {
    const p = reportParagraph(
      node({ members: 50, subject: 50, rated: null, excellent: 5, good: 40, complete: 5, fail: 0 }),
      null,
    );
    expect(p.text).toContain("đã đánh giá, xếp loại: chưa đủ số liệu");
    expect(p.text).toContain("hoàn thành xuất sắc nhiệm vụ 5 đồng chí;");
    const members = p.lines.find((l) => l.startsWith("Về đảng viên"))!;
    expect(members).not.toContain("chiếm tỷ lệ");
    expect(p.lines[0]).toBe("Kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên của Đảng ủy xã A:");
    expect(p.text).toContain("Về chi bộ trực thuộc đảng ủy cơ sở: có 3 chi bộ được đánh giá, xếp loại");
  });

  test("a zero is an answer: 'không có', not an unknown", () => {
    const p = reportParagraph(
      node({ members: 10, subject: 10, rated: 10, excellent: 0, good: 10, complete: 0, fail: 0 }),
      2024,
    );
    expect(p.text).toContain("hoàn thành xuất sắc nhiệm vụ: không có");
    expect(p.text).not.toContain("chưa đủ số liệu");
    expect(p.text).toContain("Có 10/10 đồng chí hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 100,00%.");
  });
});

describe("levels the rollup may count", () => {
  test("đảng bộ bộ phận, once counted, come between TCCSĐ and chi bộ", () => {
    const n = node({ members: 40, subject: 40, rated: 40, excellent: 4, good: 30, complete: 6, fail: 0 });
    const organisations = n.organisations as unknown as Record<string, unknown>;
    organisations.grassroots = { total: 1, rated: 1, excellent: 0, good: 1, complete: 0, fail: 0 };
    organisations.sections = { total: 2, rated: 2, excellent: 1, good: 1, complete: 0, fail: 0 };
    const lines = reportParagraph(n, 2025).lines;
    expect(lines[1]).toMatch(/^Về tổ chức cơ sở đảng: có 1 tổ chức cơ sở đảng/);
    expect(lines[2]).toBe(
      "Về đảng bộ bộ phận: có 2 đảng bộ bộ phận được đánh giá, xếp loại; trong đó hoàn thành xuất sắc nhiệm vụ 1, chiếm tỷ lệ 50,00%; hoàn thành tốt nhiệm vụ 1, chiếm tỷ lệ 50,00%; hoàn thành nhiệm vụ: không có; không hoàn thành nhiệm vụ: không có. Có 2/2 đảng bộ bộ phận hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 100,00%.",
    );
    expect(lines[3]).toMatch(/^Về chi bộ trực thuộc đảng ủy cơ sở: có 3 chi bộ/);
  });
});
