/** A file that cannot be read as a workbook. The message names the file; never a stack trace. */
export type ReadErrorCode =
  | "unreadable"
  | "encrypted"
  | "not-a-workbook"
  | "corrupt"
  | "not-a-file"
  | "too-large"
  | "unsupported";

export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly code: ReadErrorCode,
    readonly detail = "",
  ) {
    super(`${file}: ${READ_ERROR_TEXT[code].en}${detail ? ` (${detail})` : ""}`);
    this.name = "ReadError";
  }

  /** The message in the user's language. */
  describe(lang: "vi" | "en"): string {
    // What was too large, or what the file is, is part of the message; other details are for logs.
    const shown = (this.code === "too-large" || this.code === "unsupported") && this.detail;
    return `${this.file}: ${READ_ERROR_TEXT[this.code][lang]}${shown ? ` (${this.detail})` : ""}`;
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
  "not-a-file": {
    vi: "không phải tệp thường (thư mục, thiết bị hay ống dẫn); hãy chọn tệp .xlsx hoặc .xls",
    en: "not a regular file (a folder, device or pipe); choose an .xlsx or .xls file",
  },
  "too-large": {
    vi: "tệp quá lớn để đọc, có thể là tệp hỏng hoặc tệp độc hại; hãy kiểm tra tệp",
    en: "the file is too large to read; it may be damaged or hostile, check it",
  },
  unsupported: {
    vi: "định dạng này chưa được hỗ trợ; hãy mở trong Excel và lưu lại dạng .xlsx",
    en: "this format is not supported; open it in Excel and save it as .xlsx",
  },
};
