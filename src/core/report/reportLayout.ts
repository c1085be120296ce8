import type { LayoutCell, SheetLayout } from "../layout/SheetLayout";
import type { ReportParagraph } from "./reportParagraph";

export const REPORT_SHEET = "Đoạn báo cáo";

/**
 * The sheet `Đoạn báo cáo`: the paragraph, one sentence group per row in one wide wrapped cell,
 * ready to copy into the report. Text only: the figures it states are those of `Tổng hợp`.
 */
export function reportLayout(paragraph: ReportParagraph, sheetName: string = REPORT_SHEET): SheetLayout {
  const cells: LayoutCell[] = [{ row: 0, col: 0, value: "ĐOẠN BÁO CÁO", bold: true }];
  paragraph.lines.forEach((line, i) => cells.push({ row: 2 + i, col: 0, value: line, wrap: true, align: "left" }));
  cells.push({
    row: 3 + paragraph.lines.length,
    col: 0,
    value: "Số liệu lấy từ trang Tổng hợp; tỷ lệ làm tròn đến hai chữ số thập phân.",
    italic: true,
  });
  return { name: sheetName, cells, merges: [], columnWidths: [120], frozenRows: 0 };
}
