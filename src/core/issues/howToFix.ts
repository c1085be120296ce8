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
  "HOST-SHEET-SKIPPED": {
    title: { vi: "trang chưa kiểm tra đầy đủ", en: "sheet not fully handled" },
    fix: {
      vi: "Nếu trang đang được bảo vệ thì bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang), nếu trang quá lớn thì xóa các hàng, cột thừa ở cuối trang, rồi Kiểm tra lại.",
      en: "Unprotect a protected sheet (Review › Unprotect Sheet), or delete the stray rows and columns at the end of an oversized one, then check again.",
    },
  },
  "OFF-TYPE-UNKNOWN": {
    title: { vi: "không rõ loại hình tổ chức cơ sở đảng", en: "organisation type unknown" },
    fix: {
      vi: 'Thêm cột "Loại hình" vào biểu hoặc danh mục đơn vị và ghi loại hình cho tổ chức đó.',
      en: 'Add a "Loại hình" column to the sheet or the unit list and give the organisation\'s type there.',
    },
  },
  "OFF-BLOCK-SUM": {
    title: { vi: "dòng đầu khối không khớp các dòng dưới", en: "block line does not add up" },
    fix: {
      vi: "Sửa để dòng đầu của mỗi khối bằng tổng các dòng thành phần bên dưới, ở từng cột.",
      en: "Make each block's first line equal the sum of its component lines, column by column.",
    },
  },
  "OFF-RATED-SUM": {
    title: { vi: "số đã xếp loại khác tổng bốn mức", en: "rated line differs from the ratings" },
    fix: {
      vi: "Sửa dòng đã xếp loại hoặc số ở bốn mức xếp loại để chúng khớp nhau, ở từng cột.",
      en: "Correct the rated line or the four ratings so that they agree, column by column.",
    },
  },
  "OFF-TYPE-SUM": {
    title: { vi: "tổng số khác tổng các loại hình", en: "total differs from the types" },
    fix: {
      vi: "Sửa để cột Tổng số (và tổng của từng nhóm) bằng tổng các cột loại hình thuộc nó.",
      en: "Make the Tổng số column (and each group's total) equal the sum of its type columns.",
    },
  },
  "OFF-PART-OVER": {
    title: { vi: 'dòng "trong đó" lớn hơn dòng chính', en: '"of which" line too large' },
    fix: {
      vi: 'Sửa để số ở dòng "trong đó" không lớn hơn số ở dòng chứa nó.',
      en: 'Make the "of which" figure no larger than the line it belongs to.',
    },
  },
  "OFF-NOT-NUMBER": {
    title: { vi: "ô không phải số đếm", en: "not a count" },
    fix: {
      vi: "Ghi vào ô một số nguyên không âm; nếu không có thì ghi 0.",
      en: "Enter a whole number of zero or more; write 0 if there is none.",
    },
  },
  "OFF-MISMATCH": {
    title: { vi: "biểu thống kê khác biểu tổng hợp", en: "statistical form differs from the summary" },
    fix: {
      vi: "Đối chiếu biểu thống kê với các biểu tổng hợp của tổ chức và sửa bên sai.",
      en: "Compare the statistical form with the organisation's summary sheets and correct whichever is wrong.",
    },
  },
  "PREV-EXCELLENT-FAIL-TWICE": {
    title: {
      vi: "xuất sắc hai năm liền nhưng có đảng viên không hoàn thành",
      en: "excellent two years running with a failing member",
    },
    fix: {
      vi: "Xem lại mức xếp loại năm nay của tổ chức, hoặc kiểm tra lại số Không hoàn thành nhiệm vụ.",
      en: "Review the organisation's rating for this year, or check the number of failing members.",
    },
  },
  "PREV-MEMBER-JUMP": {
    title: { vi: "số đảng viên tăng bất thường", en: "member count jumped" },
    fix: {
      vi: "Kiểm tra lại tổng số đảng viên; nếu có đảng viên chuyển sinh hoạt đến thì ghi rõ vào cột Ghi chú.",
      en: "Check the member count; if members transferred in, say so in the notes column.",
    },
  },
  "TPL-ROW-UNREAD": {
    title: { vi: "dòng nằm ngoài bảng", en: "row outside the table" },
    fix: {
      vi: "Đưa đơn vị lên trên dòng Cộng, hoặc xóa dòng nếu thừa; một bảng thứ hai thì chuyển sang trang riêng.",
      en: "Move the unit above the total row, or delete the row if it is not needed; move a second table to a sheet of its own.",
    },
  },
  "TPL-COLUMN-UNREAD": {
    title: { vi: "cột không có trong mẫu biểu", en: "column not in the form" },
    fix: {
      vi: "Sửa tiêu đề cột cho đúng tên trong mẫu biểu, hoặc xóa cột nếu mẫu biểu không có.",
      en: "Rename the heading as in the form, or delete the column if the form has no such column.",
    },
  },
  "TPL-NO-ORGANISATION": {
    title: { vi: "không ghi tên tổ chức", en: "organisation not named" },
    fix: {
      vi: "Gõ tên tổ chức vào một ô phía trên bảng, không đặt trong hộp văn bản.",
      en: "Type the organisation's name in a cell above the table, not in a text box.",
    },
  },
  "CELL-RATING-TYPO": {
    title: { vi: "mức xếp loại viết sai chính tả", en: "rating misspelt" },
    fix: {
      vi: "Gõ lại mức xếp loại cho đúng chính tả, ví dụ HTSXNV sửa thành HTXSNV.",
      en: "Retype the rating with the right spelling, for example HTXSNV instead of HTSXNV.",
    },
  },
  "CELL-NOT-CALCULATED": {
    title: { vi: "công thức chưa được tính", en: "formulas not calculated" },
    fix: {
      vi: "Mở tệp bằng Excel, lưu lại, rồi kiểm tra lại.",
      en: "Open the file in Excel, save it, then check it again.",
    },
  },
  "SUM-IMPOSSIBLE": {
    title: { vi: "số liệu không thể có", en: "impossible figures" },
    fix: {
      vi: "Kiểm tra các cột có đúng tiêu đề và đúng thứ tự như mẫu biểu không, rồi sửa số sai.",
      en: "Check that the columns carry the form's headings in the form's order, then correct the wrong figures.",
    },
  },
  "ORG-RATING-DIFFERS": {
    title: { vi: "tự xếp loại khác cấp trên quyết định", en: "self-rating differs from the decision" },
    fix: {
      vi: "Không cần sửa nếu quyết định của cấp trên là đúng; nếu không, kiểm tra lại hai cột xếp loại.",
      en: "Nothing to do if the superior's decision is right; otherwise check both rating columns.",
    },
  },
  "HIER-SECTION-SUM": {
    title: { vi: "đảng bộ bộ phận khác tổng các chi bộ", en: "section differs from its cells" },
    fix: {
      vi: "Sửa dòng đảng bộ bộ phận bằng tổng các chi bộ trực thuộc (nên dùng công thức SUM).",
      en: "Make the section's row the sum of its party cells (a SUM formula is best).",
    },
  },
  "HIER-SAME-NAME": {
    title: { vi: "hai đơn vị trùng tên", en: "two units share a name" },
    fix: {
      vi: "Nếu là một đơn vị thì xóa dòng ở nơi sai; nếu là hai đơn vị thì ghi thêm địa danh để phân biệt.",
      en: "If it is one unit, delete the row in the wrong place; if two, add a place name to tell them apart.",
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
