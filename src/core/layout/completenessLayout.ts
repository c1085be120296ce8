import type { SheetLayout, LayoutCell } from "./SheetLayout";
import { describeStamp, type StampStatus } from "../stamp/stampStatus";

export type ReportStatus = "reported" | "missing" | "incomplete" | "errors";

export const STATUS_LABEL: Record<ReportStatus, { vi: string; en: string }> = {
  reported: { vi: "đã nộp", en: "reported" },
  missing: { vi: "chưa nộp", en: "not reported" },
  incomplete: { vi: "thiếu số liệu", en: "incomplete" },
  errors: { vi: "có lỗi", en: "has errors" },
};

export interface CompletenessRow {
  unit: string;
  parent: string;
  /** The sheet its figures come from ("" when it sent nothing). */
  sheet: string;
  status: ReportStatus;
  errors: number;
  warnings: number;
  /** A TCCSĐ's loại hình (Biểu 6/7) and where it came from (read or inferred from the name). */
  type?: string;
  typeSource?: string;
  /** The unit's check stamp, judged against its sheet now (absent when it sent no sheet). */
  stamp?: StampStatus;
}

const HEADERS = [
  "STT",
  "Đơn vị",
  "Trực thuộc",
  "Trang tính",
  "Tình trạng",
  "Số lỗi",
  "Số cảnh báo",
  "Loại hình",
  "Nguồn loại hình",
  "Dấu kiểm tra",
];
const WIDTHS = [5, 40, 34, 24, 16, 8, 10, 30, 24, 44];

/** "Tình hình nộp biểu": every expected unit with its status and its error and warning counts. */
export function completenessLayout(rows: readonly CompletenessRow[], sheetName: string, title: string): SheetLayout {
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: title, bold: true },
    {
      row: 1,
      col: 0,
      value: `Đã nộp đủ: ${rows.filter((r) => r.status === "reported").length}/${rows.length}; chưa nộp: ${rows.filter((r) => r.status === "missing").length}; thiếu số liệu: ${rows.filter((r) => r.status === "incomplete").length}; có lỗi: ${rows.filter((r) => r.status === "errors").length}.`,
      italic: true,
    },
  ];
  HEADERS.forEach((h, c) =>
    cells.push({ row: 3, col: c, value: h, bold: true, header: true, border: true, align: "center", wrap: true }),
  );
  rows.forEach((r, i) => {
    const row = 4 + i;
    const values = [
      i + 1,
      r.unit,
      r.parent,
      r.sheet,
      STATUS_LABEL[r.status].vi,
      r.errors,
      r.warnings,
      r.type ?? "",
      r.typeSource ?? "",
      r.stamp ? describeStamp(r.stamp, "vi") : "",
    ];
    values.forEach((v, c) =>
      cells.push({
        row,
        col: c,
        value: v,
        border: true,
        ...(c === 5 || c === 6 ? { numFmt: "#,##0" } : {}),
        ...(c === 4 && r.status !== "reported" ? { bold: true } : {}),
      }),
    );
  });
  return {
    name: sheetName,
    cells,
    merges: [{ top: 0, bottom: 0, left: 0, right: HEADERS.length - 1 }],
    columnWidths: WIDTHS,
    frozenRows: 4,
  };
}
