import fs from "fs";
import os from "os";
import path from "path";
import { execFileSync, spawnSync } from "child_process";
import { cli } from "./inProcess";
import { expectOpensInExcel } from "../hostile/writtenWorkbooks";

const root = path.resolve(__dirname, "../..");
const district = fs.readdirSync(path.join(root, "seeds/thoi-lai-2022")).map((f) => path.join("seeds/thoi-lai-2022", f));
const faults = "seeds/faults/bieu-co-loi.xlsx";

/** Golden files: when one is missing the test writes it and fails, so a reviewer can accept it. */
function golden(name: string, actual: unknown) {
  const file = path.join(__dirname, "../golden", name);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, text);
    throw new Error(`golden file ${name} was missing: written, review it and run again`);
  }
  expect(text).toBe(fs.readFileSync(file, "utf8"));
}

describe("xeploai validate", () => {
  test("the sample district: no error, exit 0, a tally at the end", async () => {
    const r = await cli("validate", ...district);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").pop()).toBe("Kết quả: 0 lỗi, 0 cảnh báo, 0 ghi chú trong 18 tệp, 19 trang.");
  });

  test("the fault set: exit 1 and the report grouped by file and sheet, with cell addresses", async () => {
    const r = await cli("validate", faults);
    expect(r.code).toBe(1);
    expect(r.out).toContain("  Đông Bình — ĐẢNG ỦY XÃ ĐÔNG BÌNH, năm 2022 (HD21)");
    expect(r.out).toContain(
      "Ô M10 (Chi bộ ấp Thới Hòa): chưa nhập số đảng viên Hoàn thành tốt nhiệm vụ  [CELL-REQUIRED]",
    );
    const en = await cli("validate", faults, "--lang", "en");
    expect(en.out).toContain("Cell M10 (Chi bộ ấp Thới Hòa): members rated good is not filled in  [CELL-REQUIRED]");
  });

  test("--json prints exactly one object; the fault set's report is the golden one", async () => {
    const r = await cli("validate", faults, "--json");
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(["files", "issues", "counts"]);
    expect(Object.keys(report.files[0].sheets[0])).toEqual([
      "name",
      "kind",
      "organisation",
      "parent",
      "year",
      "ruleSet",
    ]);
    for (const issue of report.issues) {
      expect(
        Object.keys(issue).filter(
          (k) => !["rule", "severity", "file", "sheet", "cell", "range", "message"].includes(k),
        ),
      ).toEqual([]);
    }
    golden("faults.validate.json", report);
  });

  test("--year chooses the rule set", async () => {
    const r = JSON.parse((await cli("validate", faults, "--json", "--year", "2025")).out);
    expect(
      r.files[0].sheets.filter((s: { kind: string }) => s.kind === "level").map((s: { ruleSet: string }) => s.ruleSet),
    ).toEqual(["QD366", "QD366", "QD366"]);
  });
});

describe("xeploai summarize", () => {
  test("writes the summary workbook and prints the tree as JSON", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-")), "tong-hop.xlsx");
    const r = await cli("summarize", ...district, "-o", out, "--json");
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expectOpensInExcel(out);
    const { root: node } = JSON.parse(r.out);
    expect(Object.keys(node)).toEqual([
      "name",
      "level",
      "rating",
      "members",
      "subject",
      "notRated",
      "rated",
      "excellent",
      "good",
      "complete",
      "fail",
      "goodOrAbove",
      "organisations",
      "children",
      "stamp",
    ]);
    expect(Object.keys(node.organisations.cells)).toEqual([
      "total",
      "rated",
      "excellent",
      "good",
      "complete",
      "fail",
      "goodOrAbove",
    ]);
    expect([
      node.name,
      node.subject,
      node.goodOrAbove,
      node.organisations.grassroots.total,
      node.organisations.cells.goodOrAbove,
    ]).toEqual(["HUYỆN ỦY THỚI LAI", 3675, 3410, 44, 193]);
    expect(node.children).toHaveLength(44);
    // Each TCCSĐ's own rating as decided; the top's, proposed under its table, or null.
    expect(
      node.children.every((c: { rating: unknown }) =>
        ["excellent", "good", "complete", "fail", null].includes(c.rating as string),
      ),
    ).toBe(true);
    expect(node.children.some((c: { rating: unknown }) => c.rating === "good")).toBe(true);
  });

  test("a failed run leaves no half-made file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-"));
    const out = path.join(dir, "missing-folder", "tong-hop.xlsx");
    const r = await cli("summarize", ...district, "-o", out);
    expect(r.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("the command line as a process", () => {
  const bin = path.join(root, "bin/xeploai");

  test("bad arguments: exit 2 with the usage", () => {
    const r = spawnSync(bin, ["validate", "--lang", "fr", faults], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--lang takes vi or en, not "fr"');
    expect(r.stderr).toContain("Cách dùng / Usage:");
  });

  test("an unreadable file: exit 2, a message naming it, no stack trace", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-"));
    const broken = path.join(dir, "hong.xlsx");
    fs.writeFileSync(broken, fs.readFileSync(path.join(root, faults)).subarray(0, 3000));
    const r = spawnSync(bin, ["validate", broken], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`xeploai: ${broken}: tệp Excel bị hỏng, không mở được`);
    const missing = spawnSync(bin, ["validate", "khong-co.xlsx"], { cwd: root, encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("khong-co.xlsx");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  test("exit 0 on the sample district, 1 on the fault set", () => {
    expect(() => execFileSync(bin, ["validate", ...district], { cwd: root })).not.toThrow();
    expect(spawnSync(bin, ["validate", faults], { cwd: root }).status).toBe(1);
  });
});

describe("xeploai summarize with units missing", () => {
  test("the unit list's findings are in the report: who has not sent a sheet", async () => {
    const some = district.filter((f) => /\/0[0-3]-/.test(f));
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-")), "tong-hop.xlsx");
    const r = await cli("summarize", ...some, "-o", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "Ô B7 (ĐẢNG ỦY XÃ THỚI THẠNH): chưa nộp biểu (trực thuộc Huyện ủy Thới Lai)  [HIER-NOT-REPORTED]",
    );
    expectOpensInExcel(out);
  });
});
