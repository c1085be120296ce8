import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { cli } from "./inProcess";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { lastYearOfSample } from "../previous/lastYear";

const root = path.resolve(__dirname, "../..");
const district = fs
  .readdirSync(path.join(root, "seeds/thoi-lai-2022"))
  .sort()
  .map((f) => path.join(root, "seeds/thoi-lai-2022", f));
let dir: string;
let lastYear: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-previous-"));
  // Last year's summary workbook, as this program wrote it then (Tổng hợp of the changed sample).
  lastYear = path.join(dir, "tong-hop-2021.xlsx");
  fs.writeFileSync(lastYear, await writeLayouts(summarizeWorkbooks(await lastYearOfSample()).layouts));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Node {
  name: string;
  previous?: {
    rated: number | null;
    goodOrAbove: number | null;
    rating: string | null;
    change: string | null;
    status: string;
  } | null;
  children: Node[];
}

describe("xeploai summarize --previous (last year's own Tổng hợp)", () => {
  test("--json: `previous` on every node; Xuân Thắng's rating rose, HTTNV → HTXSNV", async () => {
    const r = await cli("summarize", ...district, "--previous", lastYear, "-o", path.join(dir, "th.xlsx"), "--json");
    expect(r.code).toBe(0);
    const top = JSON.parse(r.out).root as Node;
    expect(top.previous).toMatchObject({ goodOrAbove: 3413, status: "both" });
    const xt = top.children.find((c) => c.name === "ĐẢNG ỦY XÃ XUÂN THẮNG")!;
    expect(xt.previous).toMatchObject({ rated: 166, goodOrAbove: 152, rating: "HTTNV", change: "↑", status: "both" });
    // Without a merge sheet, Trường Xuân B is new and Trường Long only last year's.
    const b = top.children.find((c) => c.name === "ĐẢNG ỦY XÃ TRƯỜNG XUÂN B")!;
    expect(b.previous).toBeNull();
  });

  test("the summary workbook has So sánh năm trước; the text says how the units moved", async () => {
    const out = path.join(dir, "th2.xlsx");
    const r = await cli("summarize", ...district, "--previous", lastYear, "-o", out);
    expect(r.out).toMatch(
      /So sánh năm trước \(2021\): \d+ dòng; xếp loại tăng 1, giảm 0, giữ nguyên \d+; đơn vị mới 1, không còn 1/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain("So sánh năm trước");
  });

  test("a last-year file that cannot be read stops the run, nothing written", async () => {
    const out = path.join(dir, "none.xlsx");
    const r = await cli("summarize", ...district, "--previous", path.join(dir, "missing.xlsx"), "-o", out);
    expect(r.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("--previous goes with summarize and report, not validate", async () => {
    expect((await cli("validate", district[0]!, "--previous", lastYear)).code).toBe(2);
    expect((await cli("report", ...district, "--previous", lastYear)).code).toBe(0);
  });
});
