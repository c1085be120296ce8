import fs from "fs";
import path from "path";
import { loadFiles } from "../../src/cli/loadFiles";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { writeAtomically } from "../../src/cli/writeAtomically";
import { countIssues, validateText } from "../../src/cli/report";
import { validateWorkbook } from "../../src/core/validate";
import { goodOrAbove, shareOf } from "../../src/core/rollup/Figures";
import { formatNumber } from "../../src/core/issues/formatNumber";

// The published figures (TEMPLATE.md §7, from seeds' source article of 28/11/2022): what the
// sample district must roll up to. Percentages as the article prints them.
const PUBLISHED = [
  ["Tổ chức cơ sở đảng", 44, "tccsd"],
  ["Chi bộ trực thuộc đảng ủy cơ sở", 207, "cells"],
  ["Chi bộ HTTNV trở lên", 193, "cellsGood"],
  ["Đảng viên thuộc diện đánh giá", 3675, "members"],
  ["Đảng viên HTTNV trở lên", 3410, "membersGood"],
] as const;

const pct = (n: number | null, d: number | null) => {
  const s = shareOf(n, d);
  return s === null ? "—" : formatNumber(s * 100, "vi");
};

/** `npm run demo`: validates and summarises the sample district, beside the published figures. */
async function main() {
  const root = path.resolve(__dirname, "../../..");
  const dir = path.join(root, "seeds", "thoi-lai-2022");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join("seeds", "thoi-lai-2022", f));
  process.chdir(root);
  const loaded = await loadFiles(files);
  const result = summarizeWorkbooks(loaded.map((f) => ({ name: f.file, snapshot: f.snapshot })));
  const counts = countIssues(result.issues);
  console.log(
    `Kiểm tra ${files.length} tệp của Huyện ủy Thới Lai (năm 2022): ${counts.error} lỗi, ${counts.warning} cảnh báo.`,
  );
  if (!result.root) throw new Error("the sample district has no level sheet");
  const r = result.root;
  const actual = {
    tccsd: r.organisations.grassroots.total,
    cells: r.organisations.cells.total,
    cellsGood: r.organisations.cells.excellent + r.organisations.cells.good,
    members: r.figures.subject,
    membersGood: goodOrAbove(r.figures),
  };
  console.log(`\nTổng hợp: ${r.name}`);
  console.log(`${"".padEnd(34)}${"Tổng hợp".padStart(10)}${"Báo đăng".padStart(10)}`);
  let agree = true;
  for (const [label, published, key] of PUBLISHED) {
    const mine = actual[key];
    agree &&= mine === published;
    console.log(
      `${label.padEnd(34)}${(mine === null ? "—" : formatNumber(mine, "vi")).padStart(10)}${formatNumber(published, "vi").padStart(10)}  ${mine === published ? "khớp" : "KHÔNG KHỚP"}`,
    );
  }
  console.log(`Tỷ lệ đảng viên HTTNV trở lên: ${pct(actual.membersGood, actual.members)}% (báo đăng 92,8%)`);
  console.log(`Tỷ lệ chi bộ HTTNV trở lên: ${pct(actual.cellsGood, actual.cells)}% (báo đăng 93,23%, cắt bớt chữ số)`);
  const xt = result.nodes.find((n) => n.name === "ĐẢNG ỦY XÃ XUÂN THẮNG");
  if (xt)
    console.log(
      `Đảng bộ xã Xuân Thắng: ${xt.children.length} chi bộ, ${xt.figures.rated} đảng viên, ${goodOrAbove(xt.figures)} HTTNV trở lên (${pct(goodOrAbove(xt.figures), xt.figures.rated)}%; báo đăng 91,56%)`,
    );

  const outDir = path.join(root, "demo-output");
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, "tong-hop-thoi-lai-2022.xlsx");
  writeAtomically(out, await writeLayouts(result.layouts));
  console.log(`\nĐã ghi bảng tổng hợp: ${path.relative(root, out)} (${result.layouts.map((l) => l.name).join(", ")})`);

  const faults = await loadFiles([path.join("seeds", "faults", "bieu-co-loi.xlsx")]);
  console.log("\nBộ biểu có lỗi mẫu (seeds/faults):\n");
  console.log(
    validateText(
      faults.map((f) => ({ file: f.file, analysis: validateWorkbook(f.snapshot) })),
      "vi",
    ),
  );
  if (!agree) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
});
