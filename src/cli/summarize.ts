import path from "path";
import { STDOUT, type CliArgs } from "./args";
import type { Io } from "./main";
import type { LoadedFile } from "./loadFiles";
import type { SummaryResult } from "../core/summarize";
import { rollUpFiles } from "./rollUpFiles";
import { writeAtomically } from "./writeAtomically";
import { nodeJson } from "./nodeJson";
import { checkOutput, fitName } from "./outputPath";
import { goodOrAbove, shareOf } from "../core/rollup/Figures";
import { countIssues, validateText } from "./report";
import { formatNumber, formatPercent } from "../core/issues/formatNumber";
import type { Lang } from "../core/issues/describeIssue";
import { previousJson, previousText } from "./previousJson";
import { refusedAsTooLarge } from "./summaryLimit";

/** The default output: next to the first input. */
export function defaultOutput(files: readonly string[]): string {
  const first = files[0]!;
  const dir = path.dirname(first);
  return files.length === 1
    ? path.join(dir, fitName(path.basename(first, path.extname(first)), "-tong-hop.xlsx"))
    : path.join(dir, "tong-hop.xlsx");
}

/** `xeploai summarize`: rolls the files up, writes the summary workbook, prints the result. */
export async function runSummarize(files: readonly LoadedFile[], args: CliArgs, io: Io): Promise<number> {
  if (refusedAsTooLarge(files, args.lang, io.err)) return 2;
  const result = await rollUpFiles(files, args);
  if (!result.root) {
    io.err(
      args.lang === "vi"
        ? "xeploai: không có trang nào theo mẫu để tổng hợp"
        : "xeploai: no sheet of the template to summarise",
    );
    return 2;
  }
  // A sheet whose header has no data rows gives a tree of one node and nothing to sum: the forms
  // and the completeness table alone would be an empty report that looks like a result.
  const summed =
    result.root.children.length > 0 ||
    result.analyses.some((a) => a.analysis.sheets.some((s) => s.kind === "other" && s.official !== undefined));
  if (result.layouts.length === 0 || !summed) {
    io.err(
      args.lang === "vi"
        ? "xeploai: không có số liệu nào để tổng hợp; không ghi tệp"
        : "xeploai: nothing to summarise; no file written",
    );
    return 2;
  }
  const out = args.out ?? defaultOutput(files.map((f) => f.file));
  // Loaded only when a workbook is written (src/xlsx/writeLayouts.ts, row by row; no ExcelJS).
  const { writeLayouts } = await import("../xlsx/writeLayouts");
  const bytes = await writeLayouts(result.layouts);
  if (out === STDOUT) io.bytes!(bytes);
  else {
    // Checked again just before writing: the path may have changed while the inputs were read.
    checkOutput(
      out,
      files.map((f) => f.file),
    );
    writeAtomically(out, bytes);
  }
  const extras = { stampOf: result.stampOf, ...(result.previous ? { previousOf: previousJson(result) } : {}) };
  if (args.json) io.out(JSON.stringify({ root: nodeJson(result.root, extras) }, null, 2));
  else io.out([summaryText(result, out, args.lang), previousText(result, args.lang)].filter(Boolean).join("\n"));
  return countIssues(result.issues).error > 0 ? 1 : 0;
}

export function summaryText(result: SummaryResult, out: string, lang: Lang): string {
  const vi = lang === "vi";
  const root = result.root!;
  const f = root.figures;
  // An unknown figure (null) shows as "—", never as 0.
  const pct = (n: number | null, d: number | null) => {
    const s = shareOf(n, d);
    return s === null ? "—" : formatPercent(s * 100, lang);
  };
  const n = (x: number | null) => (x === null ? "—" : formatNumber(x, lang));
  const cells = root.organisations.cells;
  const grassroots = root.organisations.grassroots;
  const report = validateText(
    result.analyses.map(({ name, analysis }) => ({
      file: name,
      analysis: { ...analysis, issues: result.issues.filter((i) => (i.workbook ?? "") === name) },
    })),
    lang,
  );
  const lines = [
    report,
    "",
    `${vi ? "Tổng hợp" : "Summary"}: ${root.name}`,
    `  ${vi ? "Đảng viên thuộc diện đánh giá" : "Members subject to rating"}: ${n(f.subject)}; ${vi ? "đã đánh giá" : "rated"}: ${n(f.rated)}`,
    `  ${vi ? "HTTNV trở lên" : "Good or above"}: ${n(goodOrAbove(f))} (${pct(goodOrAbove(f), f.rated)}); HTXSNV ${n(f.excellent)}, HTTNV ${n(f.good)}, HTNV ${n(f.complete)}, KHTNV ${n(f.fail)}`,
    `  ${vi ? "Tổ chức cơ sở đảng" : "Grassroots organisations"}: ${n(grassroots.total)}; ${vi ? "đã xếp loại" : "rated"} ${n(grassroots.rated)}, ${vi ? "HTTNV trở lên" : "good or above"} ${n(grassroots.excellent + grassroots.good)}`,
    `  ${vi ? "Chi bộ trực thuộc đảng ủy cơ sở" : "Party cells under grassroots committees"}: ${n(cells.total)}; ${vi ? "HTTNV trở lên" : "good or above"} ${n(cells.excellent + cells.good)} (${pct(cells.excellent + cells.good, cells.rated)})`,
    `${vi ? "Đã ghi" : "Written"}: ${out === STDOUT ? (vi ? "đầu ra chuẩn" : "standard output") : out}`,
  ];
  return lines.join("\n");
}
