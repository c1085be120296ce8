import type { Issue, RuleId } from "./Issue";
import type { Lang } from "./describeIssue";

interface Advice {
  /** The kind of problem in a few plain words: the line a folded group of findings shows. */
  title: { vi: string; en: string };
  /** One sentence: what the clerk does to fix it. */
  fix: { vi: string; en: string };
}

/**
 * Each rule's plain title and "cách sửa" (how to fix), beside describeIssue. Partial on purpose:
 * a rule added on another branch still compiles; test/core/howToFix.test.ts wants every rule here.
 */
const ADVICE: Partial<Record<RuleId, Advice>> = {
  "TPL-NOT-TEMPLATE": {
    title: { vi: "trang không theo mẫu biểu", en: "sheet not in the template" },
    fix: {
      vi: "Nếu đây là biểu xếp loại, chép số liệu vào mẫu biểu hiện hành (giữ nguyên tiêu đề cột); nếu không, bỏ qua.",
      en: "If this is a rating sheet, copy its figures into the current form (keep the column headings); otherwise ignore it.",
    },
  },
  "TPL-HEADER-MISSING": {
    title: { vi: "thiếu cột bắt buộc", en: "required column missing" },
    fix: {
      vi: "Thêm lại cột theo mẫu biểu, đúng tên tiêu đề cột.",
      en: "Add the column back as in the form, with its heading as written there.",
    },
  },
  "TPL-HEADER-DUPLICATE": {
    title: { vi: "cột trùng lặp", en: "duplicate column" },
    fix: { vi: "Xóa cột thừa, chỉ giữ một cột cho mỗi chỉ tiêu.", en: "Delete the extra column; keep one per figure." },
  },
  "TPL-NO-TOTAL-ROW": {
    title: { vi: "không có dòng Cộng", en: "no total row" },
    fix: {
      vi: 'Thêm dòng "Cộng" ngay dưới đơn vị cuối cùng, cộng từng cột.',
      en: 'Add a "Cộng" row under the last unit, adding up each column.',
    },
  },
  "TPL-UNIT-DUPLICATE": {
    title: { vi: "đơn vị ghi hai lần", en: "unit listed twice" },
    fix: {
      vi: "Gộp hai dòng của đơn vị thành một, rồi xóa dòng thừa.",
      en: "Merge the unit's two rows into one and delete the other.",
    },
  },
  "TPL-LEGACY-ENCODING": {
    title: { vi: "chữ gõ bằng bảng mã cũ", en: "legacy text encoding" },
    fix: {
      vi: "Chuyển mã sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi dùng phông Times New Roman.",
      en: "Convert the text to Unicode (for example with Unikey's converter) and use Times New Roman.",
    },
  },
  "TPL-OLD-CATEGORIES": {
    title: { vi: "mẫu biểu cũ", en: "old form" },
    fix: {
      vi: "Dùng mẫu biểu hiện hành với bốn mức xếp loại mới.",
      en: "Use the current form with the four present rating categories.",
    },
  },
  "TPL-YEAR-UNKNOWN": {
    title: { vi: "không rõ năm đánh giá", en: "year unknown" },
    fix: {
      vi: 'Ghi năm vào dòng tiêu đề, ví dụ "NĂM 2022".',
      en: 'Put the year in the title line, for example "NĂM 2022".',
    },
  },
  "CELL-REQUIRED": {
    title: { vi: "ô chưa nhập", en: "cell not filled in" },
    fix: { vi: "Nhập số vào ô; nếu không có thì ghi 0.", en: "Type the figure in the cell; write 0 if there is none." },
  },
  "CELL-NUMBER-AS-TEXT": {
    title: { vi: "số đang là chữ", en: "number stored as text" },
    fix: {
      vi: "Gõ lại số vào ô (không có dấu nháy hay khoảng trắng), hoặc dùng Chuyển thành số của Excel.",
      en: "Retype the number (no apostrophe or spaces), or use Excel's Convert to Number.",
    },
  },
  "CELL-NOT-NUMBER": {
    title: { vi: "ô phải là số", en: "cell must be a number" },
    fix: { vi: "Thay chữ trong ô bằng con số.", en: "Replace the text in the cell with a number." },
  },
  "CELL-NOT-WHOLE": {
    title: { vi: "số không nguyên", en: "not a whole number" },
    fix: { vi: "Ghi số người là số nguyên, không có phần thập phân.", en: "Write head counts as whole numbers." },
  },
  "CELL-NEGATIVE": {
    title: { vi: "số âm", en: "negative number" },
    fix: { vi: "Sửa thành số không âm.", en: "Make it zero or more." },
  },
  "CELL-ERROR-VALUE": {
    title: { vi: "công thức báo lỗi", en: "formula error" },
    fix: {
      vi: "Sửa công thức trong ô (thường do tham chiếu ô đã xóa) hoặc nhập thẳng con số.",
      en: "Fix the formula (often a reference to a deleted cell) or type the figure instead.",
    },
  },
  "CELL-BAD-RATING": {
    title: { vi: "mức xếp loại không hợp lệ", en: "unknown rating" },
    fix: {
      vi: "Ghi đúng một trong bốn mức xếp loại theo quy định.",
      en: "Write exactly one of the four rating categories.",
    },
  },
  "SUM-SUBJECT": {
    title: { vi: "số thuộc diện đánh giá không khớp", en: "members subject to rating do not add up" },
    fix: {
      vi: "Sửa để: thuộc diện = tổng số − miễn − đình chỉ − mới kết nạp.",
      en: "Make subject = members − exempt − suspended − new members.",
    },
  },
  "SUM-RATED": {
    title: { vi: "số đã đánh giá không khớp", en: "members rated do not add up" },
    fix: {
      vi: "Sửa để: đã đánh giá = thuộc diện − chưa đánh giá.",
      en: "Make rated = subject − not rated.",
    },
  },
  "SUM-CATEGORIES": {
    title: { vi: "bốn mức xếp loại không cộng đúng", en: "ratings do not add up" },
    fix: {
      vi: "Sửa số ở bốn mức xếp loại để cộng lại bằng số đã đánh giá.",
      en: "Correct the four ratings so that they add up to the members rated.",
    },
  },
  "SUM-REASON": {
    title: { vi: "thiếu lý do chưa đánh giá", en: "reason not given" },
    fix: { vi: "Ghi lý do chưa đánh giá vào cột Ghi chú.", en: "Write why they are not rated in the notes column." },
  },
  "SUM-DISCIPLINED": {
    title: { vi: "số bị kỷ luật quá lớn", en: "too many disciplined" },
    fix: {
      vi: "Kiểm tra lại số bị kỷ luật: không thể nhiều hơn số đảng viên.",
      en: "Check the number disciplined: it cannot exceed the members.",
    },
  },
  "SUM-TOTAL-ROW": {
    title: { vi: "dòng Cộng sai", en: "total row wrong" },
    fix: {
      vi: "Sửa dòng Cộng bằng tổng các đơn vị (nên dùng công thức SUM).",
      en: "Make the total row the sum of the units (a SUM formula is best).",
    },
  },
  "PCT-MISMATCH": {
    title: { vi: "tỷ lệ tính sai", en: "percentage wrong" },
    fix: {
      vi: "Tính lại tỷ lệ từ các con số (nên dùng công thức).",
      en: "Recompute the percentage from the counts (a formula is best).",
    },
  },
  "PCT-OVER-100": {
    title: { vi: "tỷ lệ quá 100%", en: "percentage over 100" },
    fix: { vi: "Sửa tỷ lệ về khoảng 0–100%.", en: "Bring the percentage within 0–100%." },
  },
  "QUOTA-MEMBERS": {
    title: { vi: "vượt tỷ lệ xuất sắc", en: "above the excellence quota" },
    fix: {
      vi: "Giảm số đảng viên Hoàn thành xuất sắc nhiệm vụ xuống trong mức tối đa, hoặc ghi rõ lý do được cấp trên chấp thuận.",
      en: "Lower the members rated excellent to the cap, or note the superior's approval.",
    },
  },
  "QUOTA-UNITS": {
    title: { vi: "vượt tỷ lệ tổ chức xuất sắc", en: "above the unit quota" },
    fix: {
      vi: "Giảm số tổ chức Hoàn thành xuất sắc nhiệm vụ xuống trong mức tối đa.",
      en: "Lower the organisations rated excellent to the cap.",
    },
  },
  "ORG-EXCELLENT-WITH-FAIL": {
    title: { vi: "xuất sắc nhưng có đảng viên không hoàn thành", en: "excellent with a failing member" },
    fix: {
      vi: "Hạ mức xếp loại của chi bộ, hoặc kiểm tra lại số Không hoàn thành nhiệm vụ.",
      en: "Lower the cell's rating, or check the number of failing members.",
    },
  },
  "ORG-EXCELLENT-BELOW-80": {
    title: { vi: "xuất sắc nhưng dưới 80%", en: "excellent below 80%" },
    fix: {
      vi: "Hạ mức xếp loại của chi bộ, hoặc kiểm tra lại số đảng viên.",
      en: "Lower the cell's rating, or check its members' figures.",
    },
  },
  "ORG-PARENT-EXCELLENT": {
    title: { vi: "xuất sắc nhưng đơn vị trực thuộc chưa đạt", en: "excellent with weak units" },
    fix: {
      vi: "Xem lại mức xếp loại của tổ chức hoặc của các đơn vị trực thuộc.",
      en: "Review the organisation's rating or its units' ratings.",
    },
  },
  "ORG-NEW-RATED": {
    title: { vi: "đơn vị mới lại có xếp loại", en: "new unit rated" },
    fix: {
      vi: "Xóa mức xếp loại của đơn vị mới thành lập chưa đủ 6 tháng.",
      en: "Remove the rating of a unit set up less than 6 months ago.",
    },
  },
  "ORG-FAIL-DISCIPLINED": {
    title: { vi: "bị kỷ luật mà không xếp loại thấp", en: "disciplined but not failing" },
    fix: {
      vi: "Kiểm tra lại: đảng viên bị kỷ luật trong năm thường xếp Không hoàn thành nhiệm vụ.",
      en: "Check again: members disciplined in the year are normally rated as failing.",
    },
  },
  "HIER-NOT-REPORTED": {
    title: { vi: "đơn vị chưa nộp biểu", en: "unit has not reported" },
    fix: {
      vi: "Đề nghị đơn vị gửi biểu, rồi mở cùng các biểu khác và tổng hợp lại.",
      en: "Ask the unit for its sheet, then open it with the others and summarise again.",
    },
  },
  "HIER-UNKNOWN-UNIT": {
    title: { vi: "đơn vị không có trong danh mục", en: "unit not in the list" },
    fix: {
      vi: "Sửa tên đơn vị cho đúng danh mục, hoặc thêm đơn vị vào danh mục.",
      en: "Correct the unit's name to match the list, or add it to the list.",
    },
  },
  "HIER-CHILD-MISMATCH": {
    title: { vi: "khác biểu của đơn vị", en: "differs from the unit's sheet" },
    fix: {
      vi: "Đối chiếu với biểu riêng của đơn vị và sửa bên sai.",
      en: "Compare with the unit's own sheet and correct whichever is wrong.",
    },
  },
  "HIER-CELL-COUNT": {
    title: { vi: "số chi bộ khác danh mục", en: "cell count differs from the list" },
    fix: {
      vi: "Đối chiếu số chi bộ trong biểu với danh mục đơn vị.",
      en: "Compare the party cells in the sheet with the unit list.",
    },
  },
  "HIER-DOUBLE-COUNT": {
    title: { vi: "đơn vị tính hai lần", en: "unit counted twice" },
    fix: {
      vi: "Để đơn vị ở đúng một tổ chức cấp trên, xóa dòng ở nơi còn lại.",
      en: "Keep the unit under one superior and delete the other row.",
    },
  },
  "HIER-AMBIGUOUS": {
    title: { vi: "hai biểu cùng một tổ chức", en: "two sheets for one organisation" },
    fix: { vi: "Giữ một biểu cho mỗi tổ chức, bỏ bản thừa.", en: "Keep one sheet per organisation; drop the extra." },
  },
  "HIER-CYCLE": {
    title: { vi: "cấp trên vòng lặp", en: "superiors form a cycle" },
    fix: {
      vi: "Sửa dòng cấp trên trong tiêu đề của một trong hai biểu.",
      en: "Correct the superior named in the title of one of the two sheets.",
    },
  },
  "HIER-NO-PARENT": {
    title: { vi: "không ghi cấp trên", en: "no superior named" },
    fix: {
      vi: "Ghi tên cấp trên ở dòng đầu bên trái của tiêu đề, ví dụ ĐẢNG BỘ HUYỆN THỚI LAI.",
      en: "Name the superior in the title's first line on the left, for example ĐẢNG BỘ HUYỆN THỚI LAI.",
    },
  },
};

/** The rules that have advice (a test holds it equal to the catalogue). */
export const RULES_WITH_ADVICE = Object.keys(ADVICE) as RuleId[];

/** The issue's kind in a few plain words ("số đang là chữ"); the rule ID when none is written. */
export function ruleTitle(rule: RuleId, lang: Lang): string {
  return ADVICE[rule]?.title[lang] ?? rule;
}

/** One sentence on how to fix the issue, or "" when none is written. */
export function howToFix(issue: Pick<Issue, "rule">, lang: Lang): string {
  return ADVICE[issue.rule]?.fix[lang] ?? "";
}
