import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "./inProcess";

const root = path.resolve(__dirname, "../..");
const district = fs
  .readdirSync(path.join(root, "seeds/thoi-lai-2022"))
  .sort()
  .map((f) => path.join("seeds/thoi-lai-2022", f));

describe("xeploai report", () => {
  test("prints the sample district's paragraph, the golden one, and writes no file", async () => {
    const before = fs.readdirSync(path.join(root, "seeds/thoi-lai-2022"));
    const r = await cli("report", ...district);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(`${r.out}\n`).toBe(fs.readFileSync(path.join(root, "test/golden/thoi-lai-2022.report.txt"), "utf8"));
    expect(fs.readdirSync(path.join(root, "seeds/thoi-lai-2022"))).toEqual(before);
  });

  test("-o is refused: report writes no file, and an ignored option would mislead", async () => {
    const before = fs.readdirSync(path.join(root, "seeds/thoi-lai-2022"));
    for (const out of ["-", "bao-cao.txt"]) {
      const r = await cli("report", ...district, "-o", out);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/-o goes with validate or summarize/);
    }
    expect(fs.readdirSync(path.join(root, "seeds/thoi-lai-2022"))).toEqual(before);
    expect(fs.existsSync(path.join(root, "bao-cao.txt"))).toBe(false);
  });

  test("sheets with errors: the paragraph is printed, a warning said, exit 1", async () => {
    const r = await cli("report", "seeds/faults/bieu-co-loi.xlsx");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Kết quả đánh giá, xếp loại/);
    expect(r.err).toMatch(/lỗi; số liệu trong đoạn báo cáo có thể chưa đúng/);
  });

  test("no sheet of the template: exit 2 with a message", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-report-"));
    const file = path.join(dir, "trong.xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "ghi chú";
    fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await cli("report", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("không có trang nào theo mẫu");
  });
});
