import type { FileAnalysis } from "./report";
import type { Issue } from "../core/issues/Issue";
import { writeAtomically } from "./writeAtomically";

/**
 * `xeploai validate … -o loi.xlsx`: the findings as a workbook (đơn vị, ô, lỗi, cách sửa), the
 * same as the pane's "Xuất danh sách lỗi"; written whole or not at all, to the file or, made
 * whole first, to `toStdout` (`-o -`).
 */
export async function writeFindings(
  results: readonly FileAnalysis[],
  out: string,
  perUnit = false,
  toStdout?: (bytes: Uint8Array) => void,
): Promise<number> {
  const unitOf = new Map<Issue, string>();
  const issues: Issue[] = [];
  for (const { file, analysis } of results) {
    const units = new Map<string, string>();
    for (const s of analysis.sheets)
      if (s.kind === "level" && s.title.organisation) units.set(s.name, s.title.organisation.display);
    for (const issue of analysis.issues) {
      const named = { ...issue, workbook: results.length > 1 ? file : issue.workbook } as Issue;
      unitOf.set(named, units.get(issue.sheet) ?? issue.sheet);
      issues.push(named);
    }
  }
  // Loaded only when a workbook is written (src/xlsx/writeLayouts.ts, row by row; no ExcelJS).
  const { findingsWorkbook } = await import("../xlsx/findingsWorkbook");
  const bytes = await findingsWorkbook(issues, {
    unitOf: (i) => unitOf.get(i) ?? i.sheet,
    perUnit,
    title: "DANH SÁCH LỖI CẦN SỬA",
  });
  if (toStdout) toStdout(bytes);
  else writeAtomically(out, bytes);
  return issues.length;
}
