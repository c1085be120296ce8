/** A file that cannot be read as a workbook. The message names the file; never a stack trace. */
export type ReadErrorCode = "unreadable" | "encrypted" | "not-a-workbook" | "corrupt";

export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly code: ReadErrorCode,
    detail = "",
  ) {
    super(`${file}: ${READ_ERROR_TEXT[code].en}${detail ? ` (${detail})` : ""}`);
    this.name = "ReadError";
  }

  /** The message in the user's language. */
  describe(lang: "vi" | "en"): string {
    return `${this.file}: ${READ_ERROR_TEXT[this.code][lang]}`;
  }
}

const READ_ERROR_TEXT: Record<ReadErrorCode, { vi: string; en: string }> = {
  unreadable: { vi: "không đọc được tệp", en: "the file cannot be read" },
  encrypted: {
    vi: "tệp có mật khẩu; hãy gỡ mật khẩu trong Excel rồi thử lại",
    en: "the file is password-protected; remove the password in Excel and try again",
  },
  "not-a-workbook": { vi: "không phải tệp Excel (.xlsx hoặc .xls)", en: "not an Excel workbook (.xlsx or .xls)" },
  corrupt: { vi: "tệp Excel bị hỏng, không mở được", en: "the workbook is damaged and cannot be opened" },
};
