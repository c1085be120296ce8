import type { LayoutCell, SheetLayout } from "../layout/SheetLayout";
import { COUNT_FORMAT } from "../layout/SheetLayout";
import { RATING_CODES } from "../model/Rating";
import type { PreviousRow, RatingChange } from "./comparePrevious";

export const PREVIOUS_SHEET = "So sánh năm trước";

const HEADERS = [
  "STT",
  "Đơn vị",
  "ĐV đã đánh giá, xếp loại (năm trước)",
  "ĐV đã đánh giá, xếp loại (năm nay)",
  "ĐV HTTNV trở lên (năm trước)",
  "ĐV HTTNV trở lên (năm nay)",
  "Xếp loại năm trước",
  "Xếp loại năm nay",
  "Thay đổi",
  "Ghi chú",
];
const WIDTHS = [5, 40, 14, 14, 14, 14, 12, 12, 9, 44];
export const CHANGE_MARK: Record<RatingChange, string> = { up: "↑", down: "↓", same: "=" };

/** The note of a line: new, gone, merged (with the old units), or nothing. */
export function previousNote(r: PreviousRow): string {
  if (r.status === "new") return "mới (năm trước không có)";
  if (r.status === "gone") return "năm nay không có";
  if (r.status === "merged")
    return r.node ? `gồm cả ${r.previousUnits.filter((u) => u !== r.unit).join(", ")} (sáp nhập)` : "đã sáp nhập";
  return "";
}

/**
 * `So sánh năm trước`: per unit, members rated and those good or above, the unit's rating, last
 * year beside this year, and the change (↑ ↓ =). An unknown figure is a blank cell, never 0.
 */
export function previousLayout(
  rows: readonly PreviousRow[],
  title: string,
  sheetName: string = PREVIOUS_SHEET,
): SheetLayout {
  const cells: LayoutCell[] = [{ row: 0, col: 0, value: title, bold: true }];
  HEADERS.forEach((h, c) =>
    cells.push({ row: 2, col: c, value: h, bold: true, header: true, border: true, align: "center", wrap: true }),
  );
  rows.forEach((r, i) => {
    const values: (string | number | null)[] = [
      i + 1,
      r.unit,
      r.previous?.rated ?? null,
      r.current?.rated ?? null,
      r.previous?.goodOrAbove ?? null,
      r.current?.goodOrAbove ?? null,
      r.previous?.rating ? RATING_CODES[r.previous.rating] : null,
      r.current?.rating ? RATING_CODES[r.current.rating] : null,
      r.change ? CHANGE_MARK[r.change] : null,
      previousNote(r),
    ];
    values.forEach((value, c) =>
      cells.push({
        row: 3 + i,
        col: c,
        value,
        border: true,
        ...(c >= 2 && c <= 5 ? { numFmt: COUNT_FORMAT } : {}),
        ...(c >= 6 && c <= 8 ? { align: "center" as const } : {}),
      }),
    );
  });
  return {
    name: sheetName,
    cells,
    merges: [{ top: 0, bottom: 0, left: 0, right: HEADERS.length - 1 }],
    columnWidths: WIDTHS,
    frozenRows: 3,
  };
}
