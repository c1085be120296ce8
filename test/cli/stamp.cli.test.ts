import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { cli } from "./inProcess";
import { validateWorkbook } from "../../src/core/validate";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { addStampPart, readStampParts } from "../../src/xlsx/stampParts";
import type { LevelSheet } from "../../src/core/model/SheetModel";

const seeds = path.resolve(__dirname, "../../seeds/thoi-lai-2022");
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-stamp-"));
  for (const f of ["13-xuan-thang.xlsx", "12-tan-thanh.xlsx", "11-truong-xuan-b.xlsx"])
    fs.copyFileSync(path.join(seeds, f), path.join(dir, f));
  process.env.XEPLOAI_CONFIG = path.join(dir, "config", "xeploai.json");
  delete process.env.XEPLOAI_CHECKER;
});
afterEach(() => {
  delete process.env.XEPLOAI_CONFIG;
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (f: string) => path.join(dir, f);

/** A unit's figure moved in Excel's way: the cells change, the package's other parts (the stamp) stay. */
async function editFigure(target: string): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(target));
  const stamps = await readStampParts(bytes);
  const sheet = validateWorkbook(await readWorkbookBytes(bytes, target)).sheets.find(
    (s) => s.kind === "level",
  ) as LevelSheet;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const cell = wb.getWorksheet(sheet.name)!.getCell(sheet.rows[0]!.row + 1, sheet.columns.good! + 1);
  cell.value = Number(cell.value) + 1;
  let edited: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
  for (const xml of stamps) edited = await addStampPart(edited, xml);
  fs.writeFileSync(target, edited);
}

describe("xeploai validate --stamp", () => {
  test("no error: a stamped copy beside each file, the file itself unchanged; the name is remembered", async () => {
    const before = fs.readFileSync(file("13-xuan-thang.xlsx"));
    const r = await cli(
      "validate",
      file("13-xuan-thang.xlsx"),
      file("12-tan-thanh.xlsx"),
      "--stamp",
      "--checker",
      "Nguyễn Thị Mai",
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain("Đã ghi bản có dấu kiểm tra (Nguyễn Thị Mai)");
    expect(fs.readFileSync(file("13-xuan-thang.xlsx")).equals(before)).toBe(true);
    const stamps = await readStampParts(new Uint8Array(fs.readFileSync(file("13-xuan-thang-da-kiem-tra.xlsx"))));
    expect(stamps).toHaveLength(1);
    expect(stamps[0]).toContain('checker="Nguyễn Thị Mai"');
    expect(stamps[0]).toContain('organisation="ĐẢNG ỦY XÃ XUÂN THẮNG"');
    // Next time, without --checker: the remembered name.
    const again = await cli("validate", file("11-truong-xuan-b.xlsx"), "--stamp");
    expect(again.code).toBe(0);
    expect(again.err).toContain("(Nguyễn Thị Mai)");
  });

  test("no checker's name anywhere: exit 2, nothing written", async () => {
    const r = await cli("validate", file("13-xuan-thang.xlsx"), "--stamp");
    expect(r.code).toBe(2);
    expect(r.err).toContain("cần tên người kiểm tra");
    expect(fs.existsSync(file("13-xuan-thang-da-kiem-tra.xlsx"))).toBe(false);
  });

  test("an error found: exit 1, no stamp, nothing written", async () => {
    const faults = path.resolve(__dirname, "../../seeds/faults/bieu-co-loi.xlsx");
    fs.copyFileSync(faults, file("loi.xlsx"));
    const r = await cli("validate", file("loi.xlsx"), file("13-xuan-thang.xlsx"), "--stamp", "--checker", "A");
    expect(r.code).toBe(1);
    expect(r.err).toContain("không đóng dấu");
    expect(fs.readdirSync(dir).filter((f) => f.includes("da-kiem-tra"))).toEqual([]);
  });

  test("the level above: summarize --json says per unit checked / changed after the check / not checked", async () => {
    await cli("validate", file("13-xuan-thang.xlsx"), file("12-tan-thanh.xlsx"), "--stamp", "--checker", "Trần Văn B");
    await editFigure(file("12-tan-thanh-da-kiem-tra.xlsx"));
    const r = await cli(
      "summarize",
      file("13-xuan-thang-da-kiem-tra.xlsx"),
      file("12-tan-thanh-da-kiem-tra.xlsx"),
      file("11-truong-xuan-b.xlsx"),
      "-o",
      file("tong-hop.xlsx"),
      "--json",
    );
    const root = JSON.parse(r.out).root as {
      children: { name: string; stamp?: { state: string; checker: string | null; changedSheets: string[] } }[];
    };
    const byName = new Map(root.children.map((c) => [c.name, c.stamp]));
    expect(byName.get("ĐẢNG ỦY XÃ XUÂN THẮNG")).toMatchObject({ state: "checked", checker: "Trần Văn B" });
    expect(byName.get("ĐẢNG ỦY XÃ TÂN THẠNH")).toMatchObject({ state: "changed", checker: "Trần Văn B" });
    expect(byName.get("ĐẢNG ỦY XÃ TÂN THẠNH")!.changedSheets).toHaveLength(1);
    expect(byName.get("ĐẢNG ỦY XÃ TRƯỜNG XUÂN B")).toMatchObject({ state: "unchecked" });
    // Tình hình nộp biểu says the same, in its last column.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("tong-hop.xlsx"));
    const texts: string[] = [];
    wb.getWorksheet("Tình hình nộp biểu")!.eachRow((row) => texts.push(String(row.getCell(10).value ?? "")));
    expect(texts.some((t) => /^đã kiểm tra, không sửa sau đó \(Trần Văn B, \d\d\/\d\d\/\d{4}\)$/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith("đã sửa sau khi kiểm tra (Trần Văn B"))).toBe(true);
    expect(texts).toContain("chưa kiểm tra");
  });
});
