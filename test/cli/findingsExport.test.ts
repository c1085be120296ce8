import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "./inProcess";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { findingsLayout } from "../../src/core/layout/findingsLayout";
import { validateWorkbook } from "../../src/core/validate";
import { howToFix } from "../../src/core/issues/howToFix";

const root = path.resolve(__dirname, "../..");
const faults = path.join(root, "seeds/faults/bieu-co-loi.xlsx");

describe("Xuất danh sách lỗi: the findings as a workbook", () => {
  test("xeploai validate … -o loi.xlsx writes one row per finding: đơn vị, ô, lỗi, cách sửa", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-loi-"));
    const out = path.join(dir, "loi.xlsx");
    const json = await cli("validate", faults, "--json");
    const expected = (JSON.parse(json.out) as { issues: { rule: string; cell?: string }[] }).issues;
    const r = await cli("validate", faults, "-o", out);
    expect(r.code).toBe(1); // the fault set has errors: the exit code is unchanged by -o
    expect(r.err).toContain(`Đã ghi ${expected.length} lỗi vào ${out}`);
    const book = await readWorkbookBytes(new Uint8Array(fs.readFileSync(out)), "loi.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["Danh sách lỗi"]);
    const rows = book.sheets[0]!.values;
    expect(rows[2]!.slice(0, 6)).toEqual(["STT", "Đơn vị", "Ô", "Mức độ", "Lỗi", "Cách sửa"]);
    const body = rows.slice(3);
    expect(body).toHaveLength(expected.length);
    // Every finding with a cell is there with its cell; each row has its fix.
    const cells = body.map((row) => row[2]);
    for (const issue of expected.filter((i) => i.cell)) expect(cells).toContain(issue.cell);
    for (const row of body) expect(String(row[5])).toMatch(/\.$/);
    expect(body.map((row) => row[1])).toContain("ĐẢNG ỦY XÃ ĐÔNG BÌNH");
    expect(fs.readdirSync(dir)).toEqual(["loi.xlsx"]); // no temporary file left behind
  });

  test("one sheet per unit when asked: each finding lands on its unit's sheet, none lost or doubled", async () => {
    const snapshot = await readWorkbookBytes(new Uint8Array(fs.readFileSync(faults)), "bieu-co-loi.xlsx");
    const analysis = validateWorkbook(snapshot);
    const units = new Map<string, string>();
    for (const s of analysis.sheets)
      if (s.kind === "level" && s.title.organisation) units.set(s.name, s.title.organisation.display);
    const unitOf = (i: { sheet: string }) => units.get(i.sheet) ?? i.sheet;
    const layouts = findingsLayout(analysis.issues, { unitOf, perUnit: true, title: "DANH SÁCH LỖI" });
    expect(layouts.length).toBe(new Set(analysis.issues.map(unitOf)).size);
    let rows = 0;
    for (const layout of layouts) {
      const body = layout.cells.filter((c) => c.row >= 3 && c.col === 1);
      rows += body.length;
      expect(new Set(body.map((c) => c.value)).size).toBe(1); // one unit per sheet
      expect(layout.name.length).toBeLessThanOrEqual(31);
    }
    expect(rows).toBe(analysis.issues.length);
    const fixes = layouts.flatMap((l) => l.cells.filter((c) => c.row >= 3 && c.col === 5).map((c) => c.value));
    expect(fixes).toEqual(expect.arrayContaining([howToFix({ rule: "CELL-REQUIRED" }, "vi")]));
  });
});
