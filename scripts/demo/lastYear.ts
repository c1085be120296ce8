import fs from "fs";
import path from "path";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { summarizeWorkbooks, type WorkbookInput } from "../../src/core/summarize";
import { recognizeSheet } from "../../src/core/recognize/recognizeSheet";
import type { ColumnKey } from "../../src/core/model/template";
import { loadFiles } from "../../src/cli/loadFiles";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { writeAtomically } from "../../src/cli/writeAtomically";

/** A cell of a sheet by absolute position, whatever the used range's origin. */
function setCell(s: SheetSnapshot, row: number, col: number, value: string | number) {
  s.values[row - s.origin.row]![col - s.origin.col] = value;
  s.types[row - s.origin.row]![col - s.origin.col] = typeof value === "number" ? "number" : "string";
}

function mapStrings(snapshot: WorkbookSnapshot, f: (text: string) => string): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      values: s.values.map((row) => row.map((v) => (typeof v === "string" ? f(v) : v))),
    })),
  };
}

/** Adds `by` to a column of a level sheet's first `rows` unit rows. */
function bump(snapshot: WorkbookSnapshot, key: ColumnKey, by: number, rows = 1) {
  for (const s of snapshot.sheets) {
    const sheet = recognizeSheet(s);
    if (sheet.kind !== "level") continue;
    for (const unit of sheet.rows.slice(0, rows)) {
      const col = sheet.columns[key]!;
      const v = s.values[unit.row - s.origin.row]![col - s.origin.col];
      setCell(s, unit.row, col, Number(v) + by);
    }
  }
}

/**
 * "Last year" of the sample district, made from this year's files with figures changed (the
 * article gives only 2022): the year is 2021; Xuân Thắng had 20 fewer members and rated itself
 * HTTNV (this year it proposes HTXSNV: ↑); Trường Xuân B was then Trường Long (merged into Trường
 * Xuân B, as `mergeSheet` states); Tân Thạnh had 3 more members, rated good.
 */
export function lastYearOf(inputs: readonly WorkbookInput[]): WorkbookInput[] {
  return inputs.map(({ name, snapshot }) => {
    let s = mapStrings(snapshot, (t) => t.replace(/2022/g, "2021"));
    if (name.includes("xuan-thang")) {
      // Only the line under the table ("Đảng ủy đề nghị xếp loại: …"), not the header's labels.
      s = mapStrings(s, (t) =>
        /xếp loại:/.test(t) ? t.replace("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ") : t,
      );
      bump(s, "members", -2, 10);
    }
    if (name.includes("truong-xuan-b")) s = mapStrings(s, (t) => t.replace(/TRƯỜNG XUÂN B/g, "TRƯỜNG LONG"));
    if (name.includes("tan-thanh")) {
      // Three more members, rated good: members, subject and rated grow with them, so the row stays
      // possible (more ratings than rated would make its figures unknown).
      for (const key of ["members", "subject", "rated", "good"] as const) bump(s, key, 3);
    }
    return { name: `2021-${path.basename(name)}`, snapshot: s };
  });
}

/** A sheet stating that Trường Long is now part of Trường Xuân B (`Đơn vị cũ` | `Nay thuộc`). */
export function mergeSheet(): SheetSnapshot {
  const values = [
    ["Đơn vị cũ", "Nay thuộc"],
    ["Đảng ủy xã Trường Long", "Đảng ủy xã Trường Xuân B"],
  ];
  return {
    name: "Sáp nhập",
    origin: { row: 0, col: 0 },
    values,
    types: values.map((r) => r.map(() => "string" as const)),
    numberFormats: values.map((r) => r.map(() => "General")),
    merges: [],
    fonts: values.map((r) => r.map(() => null)),
  };
}

/** `npm run last-year`: writes demo-output/tong-hop-2021.xlsx, last year's Tổng hợp for the examples. */
async function main() {
  const root = path.resolve(__dirname, "../../..");
  const dir = path.join(root, "seeds", "thoi-lai-2022");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
  const inputs = (await loadFiles(files)).map((f) => ({ name: f.file, snapshot: f.snapshot }));
  const out = path.join(root, "demo-output", "tong-hop-2021.xlsx");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  writeAtomically(out, await writeLayouts(summarizeWorkbooks(lastYearOf(inputs)).layouts));
  process.stdout.write(`Đã ghi bảng tổng hợp "năm trước" (2021, dựng từ mẫu): ${out}\n`);
}

if (require.main === module) void main();
