import type { LoadedFile } from "./loadFiles";
import type { Lang } from "../core/issues/describeIssue";
import { formatNumber } from "../core/issues/formatNumber";
import { dataRows } from "../core/dataRows";

/**
 * The most rows a Tổng hợp takes in one run. The summary is written row by row (writeLayouts) and
 * its unit rows are laid out as they are written (SummarizeOptions.lazyRows), but the engine still
 * holds every unit's reading and node at once, under 2 KB a unit row: generated sheets of
 * 100.000 / 500.000 / 1.048.558 unit rows took 0,30 / 0,93 / 1,77 GB at their peak and 8 / 41 / 96 s
 * (`npm run bench`, section 8; `npm run test:heavy`). The limit keeps a run under 1 GB; past it the
 * run stops before any work, with a message that says how to proceed.
 * Real summaries are far smaller (a province has thousands of units); checking (`validate`) has
 * no such limit.
 */
export const SUMMARY_ROW_LIMIT = 500_000;

/** The rows holding anything, in every sheet of the inputs (see core's `dataRows`). */
export function inputRows(files: readonly LoadedFile[]): number {
  return files.reduce((n, f) => n + dataRows(f.snapshot), 0);
}

/** The refusal, naming the count and the way out; `null` when the inputs are within the limit. */
export function summaryTooLarge(files: readonly LoadedFile[], lang: Lang): string | null {
  const rows = inputRows(files);
  if (rows <= SUMMARY_ROW_LIMIT) return null;
  const n = formatNumber(rows, lang);
  const max = formatNumber(SUMMARY_ROW_LIMIT, lang);
  return lang === "vi"
    ? `xeploai: các tệp có ${n} dòng, quá lớn để tổng hợp trong một lần (tối đa ${max} dòng); không ghi tệp. ` +
        "Hãy tổng hợp từng phần (mỗi đảng bộ cấp dưới một lần), rồi tổng hợp các bảng tổng hợp đó. " +
        "Kiểm tra (validate) vẫn chạy được với tệp này."
    : `xeploai: the files have ${n} rows, too many to summarise in one run (at most ${max}); no file written. ` +
        "Summarise in parts (one subordinate organisation at a time), then summarise those summaries. " +
        "Checking (validate) still works on these files.";
}

/**
 * For `summarize` and `report`, before any work: `true` (the refusal said on standard error) when
 * the inputs are too large to roll up in one run.
 */
export function refusedAsTooLarge(files: readonly LoadedFile[], lang: Lang, err: (text: string) => void): boolean {
  const refusal = summaryTooLarge(files, lang);
  if (refusal) err(refusal);
  return refusal !== null;
}
