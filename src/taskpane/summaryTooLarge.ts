import type { Lang } from "../core/issues/describeIssue";
import { formatNumber } from "../core/issues/formatNumber";

/**
 * The most rows holding data that the pane rolls up in one Tổng hợp. The pane lays the summary out
 * whole and writes it through Office.js or, in the browser, through ExcelJS's in-memory model
 * (100.000 rows took 3,5 GB there): past this, a tab or Excel's web view would run out of memory
 * after minutes. Real summaries are far smaller (a province has thousands of units); the command
 * line writes row by row and takes up to 500.000 (src/cli/summaryLimit.ts).
 */
export const PANE_SUMMARY_ROW_LIMIT = 20_000;

/** Thrown before any work when the open workbooks are too large: the pane shows `describe`. */
export class SummaryTooLarge {
  constructor(readonly rows: number) {}

  describe(lang: Lang): string {
    const n = formatNumber(this.rows, lang);
    const max = formatNumber(PANE_SUMMARY_ROW_LIMIT, lang);
    return lang === "vi"
      ? `Các trang có ${n} dòng số liệu, quá lớn để tổng hợp trong ngăn này (tối đa ${max} dòng); không ghi trang nào. ` +
          "Hãy tổng hợp từng phần (mỗi đảng bộ cấp dưới một lần), hoặc dùng dòng lệnh xeploai summarize. Kiểm tra vẫn dùng được."
      : `The sheets have ${n} rows of data, too many to summarise in this pane (at most ${max}); no sheet written. ` +
          "Summarise in parts (one subordinate organisation at a time), or use the command line's xeploai summarize. Checking still works.";
  }
}
