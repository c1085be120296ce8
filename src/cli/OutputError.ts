/**
 * An output that cannot or must not be written: the message names the path and says what to do,
 * in the user's language, never Node's own text (EISDIR, EACCES …).
 */
export type OutputErrorCode =
  | "same-as-input"
  | "not-a-file"
  | "is-folder"
  | "no-folder"
  | "not-folder"
  | "no-permission"
  | "read-only"
  | "name-too-long"
  | "disk-full"
  | "stdout"
  | "terminal"
  | "other";

export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly code: OutputErrorCode,
    readonly detail = "",
  ) {
    super(`${path}: ${OUTPUT_ERROR_TEXT[code].en}${detail ? ` (${detail})` : ""}`);
    this.name = "OutputError";
  }

  describe(lang: "vi" | "en"): string {
    const text = OUTPUT_ERROR_TEXT[this.code][lang];
    return this.code === "other" && this.detail ? `${this.path}: ${text} (${this.detail})` : `${this.path}: ${text}`;
  }
}

/** Maps a system error while writing `path` to what the user can do about it. */
export function outputErrorFrom(path: string, err: unknown): OutputError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const mapped: Record<string, OutputErrorCode> = {
    EISDIR: "is-folder",
    ENOENT: "no-folder",
    ENOTDIR: "not-folder",
    EACCES: "no-permission",
    EPERM: "no-permission",
    EROFS: "read-only",
    ENAMETOOLONG: "name-too-long",
    ENOSPC: "disk-full",
    EDQUOT: "disk-full",
    EFBIG: "disk-full",
  };
  const known = code ? mapped[code] : undefined;
  return new OutputError(
    path,
    known ?? "other",
    known ? "" : String(code ?? (err instanceof Error ? err.message : err)),
  );
}

const OUTPUT_ERROR_TEXT: Record<OutputErrorCode, { vi: string; en: string }> = {
  "same-as-input": {
    vi: "trùng với một tệp đầu vào; xeploai không ghi đè tệp đầu vào, hãy chọn tên khác cho -o",
    en: "is one of the input files; xeploai never overwrites an input, choose another name for -o",
  },
  "not-a-file": {
    vi: "không phải tệp thường (thư mục, thiết bị, liên kết hay ống dẫn); hãy cho -o một tên tệp .xlsx mới hoặc một tệp .xlsx có sẵn",
    en: "is not a regular file (a folder, device, link or pipe); give -o a new .xlsx name or an existing .xlsx file",
  },
  "is-folder": {
    vi: "là một thư mục; hãy ghi ra một tên tệp, ví dụ thư-mục/tong-hop.xlsx",
    en: "is a folder; write to a file name, e.g. folder/tong-hop.xlsx",
  },
  "no-folder": {
    vi: "thư mục chứa tệp không tồn tại; hãy tạo thư mục hoặc chọn chỗ khác, không có gì được ghi",
    en: "the folder does not exist; create it or choose another place, nothing was written",
  },
  "not-folder": {
    vi: "một phần của đường dẫn không phải thư mục; hãy kiểm tra lại đường dẫn",
    en: "part of the path is not a folder; check the path",
  },
  "no-permission": {
    vi: "không có quyền ghi vào đây; hãy chọn thư mục khác (ví dụ thư mục Documents của bạn)",
    en: "no permission to write here; choose another folder (e.g. your Documents)",
  },
  "read-only": {
    vi: "ổ đĩa chỉ cho đọc; hãy ghi ra ổ đĩa hoặc thư mục khác",
    en: "the drive is read-only; write to another drive or folder",
  },
  "name-too-long": {
    vi: "tên tệp quá dài; hãy chọn tên ngắn hơn với -o",
    en: "the file name is too long; choose a shorter name with -o",
  },
  "disk-full": {
    vi: "ổ đĩa đầy, không ghi được; không có gì được ghi, hãy giải phóng chỗ trống hoặc ghi ra chỗ khác",
    en: "the drive is full; nothing was written, free some space or write elsewhere",
  },
  stdout: {
    vi: "không ghi được kết quả ra đầu ra chuẩn (ổ đĩa đầy hoặc đã đóng); kết quả không đầy đủ",
    en: "the report could not be written to standard output (full or closed); the report is incomplete",
  },
  terminal: {
    vi: "bảng tính .xlsx là dữ liệu nhị phân, không ghi ra màn hình; hãy chuyển đầu ra chuẩn vào tệp hoặc ống dẫn (ví dụ: … -o - > tong-hop.xlsx) hoặc cho -o một tên tệp",
    en: "an .xlsx workbook is binary and is not written to a terminal; redirect standard output to a file or a pipe (e.g. … -o - > tong-hop.xlsx) or give -o a file name",
  },
  other: { vi: "không ghi được tệp", en: "the file cannot be written" },
};
