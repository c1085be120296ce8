import type { Lang } from "../core/issues/describeIssue";

/** Office.js error codes, said plainly. Unknown codes show Excel's own message. */
const MESSAGES: Record<string, { vi: string; en: string }> = {
  AccessDenied: {
    vi: "Excel không cho phép thao tác này (trang tính hoặc sổ làm việc đang được bảo vệ?).",
    en: "Excel refused the operation (is the sheet or workbook protected?).",
  },
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.",
    en: "Excel is editing a cell: press Enter or Esc and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu quá lớn cho một lần gửi của Excel trên web; hãy chia sổ làm việc nhỏ hơn.",
    en: "The data is too large for one request of Excel on the web; split the workbook.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Dữ liệu quá lớn cho một lần đọc của Excel trên web; hãy chia sổ làm việc nhỏ hơn.",
    en: "The data is too large for one read of Excel on the web; split the workbook.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này không có chức năng cần dùng; hãy cập nhật Excel.",
    en: "This version of Excel lacks a needed feature; update Excel.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang tính hoặc vùng cần dùng (có thể vừa bị xóa hoặc đổi tên).",
    en: "A sheet or range was not found (deleted or renamed?).",
  },
  ItemAlreadyExists: { vi: "Đã có trang tính trùng tên.", en: "A sheet with that name already exists." },
  InsertDeleteConflict: {
    vi: "Excel không chèn hoặc xóa được vì xung đột với vùng gộp ô hoặc bảng.",
    en: "Excel could not insert or delete because of merged cells or a table.",
  },
};

/** A message for the pane from whatever Office.js threw. */
export function describeOfficeError(err: unknown, lang: Lang): string {
  // A file the page could not read (ReadError) says so itself, in the user's language, exactly
  // as the command line does.
  if (typeof err === "object" && err !== null && typeof (err as { describe?: unknown }).describe === "function")
    return (err as { describe: (l: Lang) => string }).describe(lang);
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
  const known = MESSAGES[code];
  if (known) return known[lang];
  const message = err instanceof Error ? err.message : String(err);
  return lang === "vi" ? `Excel báo lỗi: ${message}` : `Excel reported an error: ${message}`;
}
