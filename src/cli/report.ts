import type { WorkbookAnalysis } from "../core/validate";
import type { Issue, Severity } from "../core/issues/Issue";
import { describeIssue, type Lang } from "../core/issues/describeIssue";
import { a1, a1Range } from "../core/issues/a1";

export interface FileAnalysis {
  file: string;
  analysis: WorkbookAnalysis;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countIssues(issues: readonly Issue[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** `validate --json`: exactly one object, the shape the README documents. */
export function validateJson(results: readonly FileAnalysis[], lang: Lang) {
  const issues = results.flatMap(({ file, analysis }) =>
    analysis.issues.map((i) => ({
      rule: i.rule,
      severity: i.severity,
      file,
      sheet: i.sheet,
      ...(i.cell ? { cell: a1(i.cell) } : {}),
      ...(i.range ? { range: a1Range(i.range) } : {}),
      message: describeIssue(i, lang),
    })),
  );
  return {
    files: results.map(({ file, analysis }) => ({
      file,
      sheets: analysis.sheets.map((s) =>
        s.kind === "level"
          ? {
              name: s.name,
              kind: "level" as const,
              organisation: s.title.organisation?.display ?? null,
              parent: s.title.parent?.display ?? null,
              year: s.year,
              ruleSet: s.ruleSet,
            }
          : s.official
            ? {
                name: s.name,
                kind: "official" as const,
                form: `Biểu ${s.official.sheet.form}`,
                organisation: s.official.sheet.organisation?.display ?? null,
                parent: null,
                year: s.official.sheet.year,
                ruleSet: null,
              }
            : { name: s.name, kind: "other" as const, organisation: null, parent: null, year: null, ruleSet: null },
      ),
    })),
    issues,
    counts: countIssues(results.flatMap((r) => r.analysis.issues)),
  };
}

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "ghi chú" },
  en: { error: "error", warning: "warning", info: "note" },
};

/** The readable report: grouped by file and sheet, with cell addresses, and a tally at the end. */
export function validateText(results: readonly FileAnalysis[], lang: Lang): string {
  const vi = lang === "vi";
  const lines: string[] = [];
  let sheets = 0;
  for (const { file, analysis } of results) {
    lines.push(file);
    for (const sheet of analysis.sheets) {
      sheets++;
      const mine = analysis.issues.filter((i) => i.sheet === sheet.name);
      if (sheet.kind === "other" && sheet.official) {
        const { form, organisation, year } = sheet.official.sheet;
        const org = organisation?.display ?? (vi ? "(không rõ tên tổ chức)" : "(organisation not named)");
        const when = year === null ? (vi ? "không rõ năm" : "year unknown") : `${vi ? "năm" : "year"} ${year}`;
        lines.push(`  ${sheet.name} — Biểu ${form}, ${org}, ${when}`);
        if (mine.length === 0) lines.push(`    ${vi ? "Không có lỗi." : "No issues."}`);
        for (const issue of mine)
          lines.push(`    ${SEVERITY[lang][issue.severity].padEnd(9)} ${describeIssue(issue, lang)}  [${issue.rule}]`);
        continue;
      }
      if (sheet.kind === "other") {
        const what = sheet.unitList
          ? vi
            ? `danh mục đơn vị (${sheet.unitList.units} đơn vị), dùng khi tổng hợp`
            : `unit list (${sheet.unitList.units} units), used when summarising`
          : vi
            ? "không phải biểu theo mẫu, không kiểm tra"
            : "not a sheet of the template, not checked";
        lines.push(`  ${sheet.name} — ${what}`);
        // A unit list carries the hierarchy's findings (who has not reported).
        for (const issue of mine.filter((i) => i.rule !== "TPL-NOT-TEMPLATE")) {
          lines.push(`    ${SEVERITY[lang][issue.severity].padEnd(9)} ${describeIssue(issue, lang)}  [${issue.rule}]`);
        }
        continue;
      }
      const org = sheet.title.organisation?.display ?? (vi ? "(không rõ tên tổ chức)" : "(organisation not named)");
      const year =
        sheet.year === null ? (vi ? "không rõ năm" : "year unknown") : `${vi ? "năm" : "year"} ${sheet.year}`;
      lines.push(`  ${sheet.name} — ${org}, ${year} (${sheet.ruleSet})`);
      if (mine.length === 0) lines.push(`    ${vi ? "Không có lỗi." : "No issues."}`);
      for (const issue of mine) {
        lines.push(`    ${SEVERITY[lang][issue.severity].padEnd(9)} ${describeIssue(issue, lang)}  [${issue.rule}]`);
      }
    }
    lines.push("");
  }
  const c = countIssues(results.flatMap((r) => r.analysis.issues));
  lines.push(
    vi
      ? `Kết quả: ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} ghi chú trong ${results.length} tệp, ${sheets} trang.`
      : `Result: ${c.error} errors, ${c.warning} warnings, ${c.info} notes in ${results.length} files, ${sheets} sheets.`,
  );
  return lines.join("\n");
}
