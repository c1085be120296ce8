import type { Lang } from "../core/issues/describeIssue";

/** The pane's words, Vietnamese first. */
export const STRINGS = {
  vi: {
    title: "Xếp loại đảng viên",
    subtitle: "Kiểm tra và tổng hợp biểu đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên",
    validate: "Kiểm tra",
    summarize: "Tổng hợp",
    running: "Đang xử lý…",
    idle: "Bấm Kiểm tra để soát mọi trang theo mẫu và quy định.",
    noIssues: "Không có lỗi nào. Các biểu đã đúng mẫu và khớp số liệu.",
    issues: "Danh sách lỗi",
    errors: "lỗi",
    warnings: "cảnh báo",
    infos: "ghi chú",
    all: "Tất cả",
    sheetsChecked: "trang đã kiểm tra",
    officeError: "Excel báo lỗi",
    language: "English",
  },
  en: {
    title: "Party rating review",
    subtitle: "Validates and summarises the year-end quality rating of party organisations and members",
    validate: "Validate",
    summarize: "Summarize",
    running: "Working…",
    idle: "Click Validate to check every sheet against the template and the rules.",
    noIssues: "No issues. The sheets follow the template and their figures agree.",
    issues: "Issues",
    errors: "errors",
    warnings: "warnings",
    infos: "notes",
    all: "All",
    sheetsChecked: "sheets checked",
    officeError: "Excel reported an error",
    language: "Tiếng Việt",
  },
} satisfies Record<Lang, Record<string, string>>;

export type Strings = (typeof STRINGS)["vi"];
