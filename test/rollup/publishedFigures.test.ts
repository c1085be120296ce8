import fs from "fs";
import path from "path";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { goodOrAbove, shareOf } from "../../src/core/rollup/Figures";
import { summarizeWorkbooks, type SummaryResult } from "../../src/core/summarize";

// TEMPLATE.md §7, from the district's published report (28/11/2022): these numbers are the
// article's, written here by hand, not taken from the code's output.
const HUYEN_THOI_LAI = { tccsd: 44, cells: 207, cellsGoodOrAbove: 193, members: 3675, membersGoodOrAbove: 3410 };
const XUAN_THANG = { cells: 11, rated: 166, goodOrAbove: 152 };

const dir = path.resolve(__dirname, "../../seeds/thoi-lai-2022");
let result: SummaryResult;

beforeAll(async () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  const inputs = await Promise.all(
    files.map(async (f) => ({
      name: f,
      snapshot: await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, f))), f),
    })),
  );
  result = summarizeWorkbooks(inputs);
});

describe("the sample district summarises to the published figures of Huyện ủy Thới Lai, 2022", () => {
  test("44 TCCSĐ", () => {
    expect(result.root!.organisations.grassroots.total).toBe(HUYEN_THOI_LAI.tccsd);
  });

  test("207 chi bộ trực thuộc đảng ủy cơ sở, 193 of them HTTNV or above (93,24%, printed truncated as 93,23)", () => {
    const cells = result.root!.organisations.cells;
    expect(cells.total).toBe(HUYEN_THOI_LAI.cells);
    expect(cells.excellent + cells.good).toBe(HUYEN_THOI_LAI.cellsGoodOrAbove);
    const share = ((cells.excellent + cells.good) / cells.rated) * 100;
    expect(Math.round(share * 100) / 100).toBe(93.24);
    expect(Math.floor(share * 100) / 100).toBe(93.23);
  });

  test("3.675 members subject to rating, 3.410 HTTNV or above (92,79%, printed as 92,8)", () => {
    const f = result.root!.figures;
    expect(f.subject).toBe(HUYEN_THOI_LAI.members);
    expect(goodOrAbove(f)).toBe(HUYEN_THOI_LAI.membersGoodOrAbove);
    expect(Math.round(shareOf(goodOrAbove(f), f.subject)! * 10000) / 100).toBe(92.79);
  });

  test("Đảng bộ xã Xuân Thắng: 11 chi bộ all HTTNV or above, 166 rated, 152 HTTNV or above (91,57%)", () => {
    const xt = result.nodes.find((n) => n.name === "ĐẢNG ỦY XÃ XUÂN THẮNG")!;
    expect(xt.organisations.cells.total).toBe(XUAN_THANG.cells);
    expect(xt.organisations.cells.excellent + xt.organisations.cells.good).toBe(XUAN_THANG.cells);
    expect(xt.figures.rated).toBe(XUAN_THANG.rated);
    expect(goodOrAbove(xt.figures)).toBe(XUAN_THANG.goodOrAbove);
    expect(Math.round(shareOf(goodOrAbove(xt.figures), xt.figures.rated)! * 10000) / 100).toBe(91.57);
    expect(xt.ownRating).toBe("excellent"); // proposed for HTXSNV
  });

  test("the sample obeys every rule: no error and no warning", () => {
    expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("Chi bộ Phòng Nội vụ huyện is among the chi bộ of the district's agencies", () => {
    expect(result.nodes.some((n) => n.name === "Chi bộ Phòng Nội vụ huyện" && n.level === "cell")).toBe(true);
  });
});
