import type { Controller } from "./controller";
import { paneFindings } from "./paneFindings";

/** Base64 of bytes, without Node's Buffer. */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Xuất danh sách lỗi in Excel: the findings open as a new workbook (ExcelApi 1.8), which the user
 * saves where Excel saves; the open workbook is not touched.
 */
export async function exportInExcel(controller: Controller, perUnit: boolean): Promise<void> {
  try {
    const bytes = await paneFindings(controller, perUnit);
    await Excel.createWorkbook(toBase64(bytes));
    controller.note(
      controller.lang === "vi"
        ? "Đã mở danh sách lỗi trong một sổ làm việc mới: hãy lưu sổ đó."
        : "The issues opened as a new workbook: save it.",
    );
  } catch (err) {
    controller.fail(err);
  }
}
