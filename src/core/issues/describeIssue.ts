import { columnDef, type ColumnKey } from "../model/template";
import { RATING_LABELS, RATING_LABELS_EN } from "../model/Rating";
import { a1, a1Range, columnLetters } from "./a1";
import { formatNumber, formatPercent } from "./formatNumber";
import type { Issue } from "./Issue";

export type Lang = "vi" | "en";

/** Ends an exhaustive switch: adding a rule without a message is a compile error. */
export function exhaustiveSwitchError(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

const col = (key: ColumnKey, lang: Lang) => (lang === "vi" ? columnDef(key).vi : columnDef(key).en);
const n = (value: number, lang: Lang) => formatNumber(value, lang);
const ENCODING = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };
const BASE_VI = { good: "Hoàn thành tốt nhiệm vụ", goodOrAbove: "Hoàn thành tốt nhiệm vụ trở lên" };
const BASE_EN = { good: "rated good", goodOrAbove: "rated good or above" };

/** Where the issue is, as a staff member reads it: "Ô M10 (Chi bộ ấp A)", "Dòng 12", "Trang tính". */
export function describeLocation(issue: Issue, lang: Lang): string {
  const unit = "unit" in issue.params && issue.params.unit ? ` (${issue.params.unit})` : "";
  if (issue.cell) return `${lang === "vi" ? "Ô" : "Cell"} ${a1(issue.cell)}${unit}`;
  if (issue.range) {
    const r = issue.range;
    if (r.top === r.bottom) return `${lang === "vi" ? "Dòng" : "Row"} ${r.top + 1}${unit}`;
    return `${lang === "vi" ? "Vùng" : "Range"} ${a1Range(r)}${unit}`;
  }
  return lang === "vi" ? "Trang tính" : "Sheet";
}

/** The issue's message alone, without its location. The only place a message is written. */
export function describeProblem(issue: Issue, lang: Lang): string {
  const vi = lang === "vi";
  switch (issue.rule) {
    case "TPL-NOT-TEMPLATE":
      return vi
        ? "không nhận ra tiêu đề cột của mẫu biểu: trang này không được kiểm tra"
        : "no header of the template was recognised: this sheet is not checked";
    case "TPL-HEADER-MISSING":
      return vi
        ? `thiếu cột bắt buộc "${col(issue.params.column, lang)}"`
        : `the required column "${col(issue.params.column, lang)}" is missing`;
    case "TPL-HEADER-DUPLICATE": {
      const cols = issue.params.cols.map(columnLetters).join(", ");
      return vi
        ? `cột "${col(issue.params.column, lang)}" xuất hiện nhiều lần (cột ${cols}); chỉ dùng cột đầu tiên`
        : `the column "${col(issue.params.column, lang)}" appears more than once (columns ${cols}); only the first is used`;
    }
    case "TPL-NO-TOTAL-ROW":
      return vi ? 'không có dòng "Cộng" dưới các đơn vị' : 'there is no "Cộng" (total) row under the units';
    case "TPL-UNIT-DUPLICATE":
      return vi
        ? `đơn vị này đã có ở dòng ${issue.params.firstRow + 1}; mỗi đơn vị chỉ ghi một dòng`
        : `this unit already appears in row ${issue.params.firstRow + 1}; each unit takes one row`;
    case "TPL-LEGACY-ENCODING":
      return vi
        ? `${n(issue.params.cells, lang)} ô gõ bằng bảng mã cũ ${ENCODING[issue.params.encoding]} (ví dụ "${issue.params.from}" là "${issue.params.to}"); đã tự giải mã để đối chiếu, nên chuyển sang Unicode`
        : `${n(issue.params.cells, lang)} cells are typed in the legacy ${ENCODING[issue.params.encoding]} encoding (for example "${issue.params.from}" reads "${issue.params.to}"); decoded for matching, converting to Unicode is advised`;
    case "TPL-OLD-CATEGORIES":
      return vi
        ? `biểu dùng cách xếp loại cũ (trước năm 2018): "${issue.params.text}"; hãy dùng mẫu biểu hiện hành`
        : `the sheet uses the pre-2018 rating categories ("${issue.params.text}"); use the current form`;
    case "TPL-YEAR-UNKNOWN":
      if (issue.params.dateLine) {
        const d = issue.params.dateLine;
        return vi
          ? `tiêu đề không ghi năm đánh giá; lấy năm ${d.year} theo dòng ngày ký "${d.text}" (tháng ${d.month}) và áp dụng bộ quy định ${issue.params.ruleSet}; hãy ghi "NĂM ${d.year}" vào tiêu đề hoặc chọn năm`
          : `the title gives no evaluation year; ${d.year} is taken from the date line "${d.text}" (month ${d.month}) and the ${issue.params.ruleSet} rule set applied; write "NĂM ${d.year}" in the title or choose the year`;
      }
      return vi
        ? `không thấy năm đánh giá trong tiêu đề ("NĂM …"); đang áp dụng bộ quy định ${issue.params.ruleSet}`
        : `no evaluation year in the title ("NĂM …"); the ${issue.params.ruleSet} rule set is applied`;
    case "CELL-REQUIRED":
      return vi ? `chưa nhập ${col(issue.params.column, lang)}` : `${col(issue.params.column, lang)} is not filled in`;
    case "CELL-NUMBER-AS-TEXT":
      return vi
        ? `${col(issue.params.column, lang)} "${issue.params.text}" đang là chữ, không phải số; sửa thành số ${n(issue.params.parsed, lang)}`
        : `${col(issue.params.column, lang)} "${issue.params.text}" is stored as text, not as a number; make it the number ${n(issue.params.parsed, lang)}`;
    case "CELL-NOT-NUMBER":
      return vi
        ? `${col(issue.params.column, lang)} phải là số, đang ghi "${issue.params.text}"`
        : `${col(issue.params.column, lang)} must be a number, it reads "${issue.params.text}"`;
    case "CELL-NOT-WHOLE": {
      const hint =
        issue.params.suggestion === null
          ? ""
          : vi
            ? ` (có phải ${n(issue.params.suggestion, lang)}?)`
            : ` (did you mean ${n(issue.params.suggestion, lang)}?)`;
      return vi
        ? `${col(issue.params.column, lang)} phải là số nguyên, đang là ${formatNumber(issue.params.actual, lang, 6)}${hint}`
        : `${col(issue.params.column, lang)} must be a whole number, it is ${formatNumber(issue.params.actual, lang, 6)}${hint}`;
    }
    case "CELL-NEGATIVE":
      return vi
        ? `${col(issue.params.column, lang)} không được âm (${n(issue.params.actual, lang)})`
        : `${col(issue.params.column, lang)} cannot be negative (${n(issue.params.actual, lang)})`;
    case "CELL-ERROR-VALUE":
      return vi
        ? `ô ${col(issue.params.column, lang)} báo lỗi công thức ${issue.params.code}`
        : `the ${col(issue.params.column, lang)} cell shows the formula error ${issue.params.code}`;
    case "CELL-BAD-RATING":
      return vi
        ? `"${issue.params.text}" không phải một mức xếp loại (Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ)`
        : `"${issue.params.text}" is not one of the four ratings (excellent, good, complete, fail)`;
    case "SUM-SUBJECT": {
      const p = issue.params;
      return vi
        ? `số đảng viên thuộc diện đánh giá là ${n(p.actual, lang)}, nhưng ${n(p.members, lang)} − ${n(p.exempt, lang)} − ${n(p.suspended, lang)} − ${n(p.newMembers, lang)} = ${n(p.expected, lang)}`
        : `members subject to rating is ${n(p.actual, lang)}, but ${n(p.members, lang)} − ${n(p.exempt, lang)} − ${n(p.suspended, lang)} − ${n(p.newMembers, lang)} = ${n(p.expected, lang)}`;
    }
    case "SUM-RATED": {
      const p = issue.params;
      return vi
        ? `số đảng viên đã đánh giá là ${n(p.actual, lang)}, nhưng ${n(p.subject, lang)} thuộc diện − ${n(p.notRated, lang)} chưa đánh giá = ${n(p.expected, lang)}`
        : `members rated is ${n(p.actual, lang)}, but ${n(p.subject, lang)} subject − ${n(p.notRated, lang)} not rated = ${n(p.expected, lang)}`;
    }
    case "SUM-CATEGORIES": {
      const p = issue.params;
      return vi
        ? `bốn mức xếp loại cộng lại ${n(p.excellent, lang)} + ${n(p.good, lang)} + ${n(p.complete, lang)} + ${n(p.fail, lang)} = ${n(p.actual, lang)}, khác số đã đánh giá ${n(p.expected, lang)}`
        : `the four ratings add up to ${n(p.excellent, lang)} + ${n(p.good, lang)} + ${n(p.complete, lang)} + ${n(p.fail, lang)} = ${n(p.actual, lang)}, not the ${n(p.expected, lang)} members rated`;
    }
    case "SUM-REASON":
      return vi
        ? `có ${n(issue.params.notRated, lang)} đảng viên chưa đánh giá nhưng chưa ghi lý do`
        : `${n(issue.params.notRated, lang)} members are not rated and no reason is given`;
    case "SUM-DISCIPLINED":
      return vi
        ? `số bị kỷ luật (${n(issue.params.disciplined, lang)}) nhiều hơn số đảng viên đã và chưa đánh giá (${n(issue.params.limit, lang)})`
        : `more members disciplined (${n(issue.params.disciplined, lang)}) than rated and not rated together (${n(issue.params.limit, lang)})`;
    case "SUM-TOTAL-ROW":
      if (issue.params.group !== undefined) {
        const g = issue.params.group;
        return vi
          ? `dòng cộng của nhóm "${g}" ghi ${n(issue.params.actual, lang)} ở cột "${col(issue.params.column, lang)}", nhưng các đơn vị của nhóm cộng lại là ${n(issue.params.expected, lang)}`
          : `the subtotal of the group "${g}" says ${n(issue.params.actual, lang)} in the "${col(issue.params.column, lang)}" column, but the group's units add up to ${n(issue.params.expected, lang)}`;
      }
      return vi
        ? `dòng Cộng ghi ${n(issue.params.actual, lang)} ở cột "${col(issue.params.column, lang)}", nhưng các đơn vị cộng lại là ${n(issue.params.expected, lang)}`
        : `the total row says ${n(issue.params.actual, lang)} in the "${col(issue.params.column, lang)}" column, but the units add up to ${n(issue.params.expected, lang)}`;
    case "PCT-MISMATCH": {
      const p = issue.params;
      return vi
        ? `${col(p.column, lang)} ghi ${formatPercent(p.actual, lang, Math.max(p.decimals, 0))}, tính đúng là ${formatPercent(p.expected, lang)}`
        : `${col(p.column, lang)} reads ${formatPercent(p.actual, lang, Math.max(p.decimals, 0))}, the counts give ${formatPercent(p.expected, lang)}`;
    }
    case "PCT-OVER-100":
      return vi
        ? `${col(issue.params.column, lang)} là ${formatPercent(issue.params.actual, lang)}, phải từ 0 đến 100`
        : `${col(issue.params.column, lang)} is ${formatPercent(issue.params.actual, lang)}, it must lie between 0 and 100`;
    case "QUOTA-MEMBERS": {
      const p = issue.params;
      return vi
        ? `cần giải trình: ${n(p.actual, lang)} đảng viên Hoàn thành xuất sắc nhiệm vụ, nhiều hơn mức ${n(p.limit, lang)} (tính ${formatPercent(p.cap * 100, lang, 0)} của ${n(p.baseCount, lang)} đảng viên ${BASE_VI[p.base]}, làm tròn xuống); nếu cấp có thẩm quyền đã chấp thuận thì ghi rõ căn cứ`
        : `to explain: ${n(p.actual, lang)} members rated excellent, more than ${n(p.limit, lang)} (counted as ${formatPercent(p.cap * 100, lang, 0)} of ${n(p.baseCount, lang)} members ${BASE_EN[p.base]}, rounded down); if the competent committee accepted it, note the grounds`;
    }
    case "QUOTA-UNITS": {
      const p = issue.params;
      const what = vi
        ? p.level === "cells"
          ? "chi bộ"
          : "tổ chức cơ sở đảng"
        : p.level === "cells"
          ? "party cells"
          : "grassroots organisations";
      const inGroup = p.group ? (vi ? ` trong nhóm "${p.group}"` : ` in the group "${p.group}"`) : "";
      return vi
        ? `cần giải trình: ${n(p.actual, lang)} ${what}${inGroup} Hoàn thành xuất sắc nhiệm vụ, nhiều hơn mức ${n(p.limit, lang)} (tính ${formatPercent(p.cap * 100, lang, 0)} của ${n(p.baseCount, lang)} ${what} ${BASE_VI[p.base]}, làm tròn xuống); nếu cấp có thẩm quyền đã chấp thuận thì ghi rõ căn cứ`
        : `to explain: ${n(p.actual, lang)} ${what}${inGroup} rated excellent, more than ${n(p.limit, lang)} (counted as ${formatPercent(p.cap * 100, lang, 0)} of ${n(p.baseCount, lang)} ${what} ${BASE_EN[p.base]}, rounded down); if the competent committee accepted it, note the grounds`;
    }
    case "ORG-EXCELLENT-WITH-FAIL":
      return vi
        ? `chi bộ xếp loại Hoàn thành xuất sắc nhiệm vụ nhưng có ${n(issue.params.fail, lang)} đảng viên Không hoàn thành nhiệm vụ`
        : `the cell is rated excellent but ${n(issue.params.fail, lang)} of its members failed`;
    case "ORG-EXCELLENT-BELOW-80": {
      const p = issue.params;
      return vi
        ? `chi bộ xếp loại Hoàn thành xuất sắc nhiệm vụ nhưng chỉ ${n(p.goodOrAbove, lang)}/${n(p.rated, lang)} đảng viên (${formatPercent(p.share * 100, lang)}) Hoàn thành tốt nhiệm vụ trở lên, dưới 80%`
        : `the cell is rated excellent but only ${n(p.goodOrAbove, lang)}/${n(p.rated, lang)} members (${formatPercent(p.share * 100, lang)}) are rated good or above, under 80%`;
    }
    case "ORG-PARENT-EXCELLENT": {
      const p = issue.params;
      if (p.failing.length > 0) {
        return vi
          ? `tổ chức được xếp hoặc đề nghị Hoàn thành xuất sắc nhiệm vụ nhưng có đơn vị trực thuộc Không hoàn thành nhiệm vụ: ${p.failing.join(", ")}`
          : `the organisation is rated or proposed excellent but a child organisation failed: ${p.failing.join(", ")}`;
      }
      return vi
        ? `tổ chức được xếp hoặc đề nghị Hoàn thành xuất sắc nhiệm vụ nhưng chỉ ${n(p.goodOrAbove, lang)}/${n(p.rated, lang)} đơn vị trực thuộc (${formatPercent(p.share * 100, lang)}) Hoàn thành tốt nhiệm vụ trở lên, dưới 80%`
        : `the organisation is rated or proposed excellent but only ${n(p.goodOrAbove, lang)}/${n(p.rated, lang)} child organisations (${formatPercent(p.share * 100, lang)}) are rated good or above, under 80%`;
    }
    case "ORG-NEW-RATED":
      return vi
        ? `đơn vị mới thành lập chưa đủ 6 tháng không xếp loại, nhưng đang ghi "${RATING_LABELS[issue.params.rating]}"`
        : `a unit set up less than 6 months ago is not rated, but it reads "${RATING_LABELS_EN[issue.params.rating]}"`;
    case "ORG-FAIL-DISCIPLINED":
      return vi
        ? `${n(issue.params.disciplined, lang)} đảng viên bị kỷ luật nhưng chỉ ${n(issue.params.fail, lang)} xếp loại Không hoàn thành nhiệm vụ`
        : `${n(issue.params.disciplined, lang)} members were disciplined but only ${n(issue.params.fail, lang)} are rated as failing`;
    case "HIER-NOT-REPORTED":
      // The location already names the unit.
      return vi
        ? `chưa nộp biểu${issue.params.parent ? ` (trực thuộc ${issue.params.parent})` : ""}`
        : `has not sent its sheet${issue.params.parent ? ` (under ${issue.params.parent})` : ""}`;
    case "HIER-UNKNOWN-UNIT":
      return vi
        ? `"${issue.params.unit}" không có trong danh mục đơn vị`
        : `"${issue.params.unit}" is not in the unit list`;
    case "HIER-CHILD-MISMATCH": {
      const p = issue.params;
      return vi
        ? `dòng này ghi ${n(p.actual, lang)} ở cột "${col(p.column, lang)}", nhưng biểu riêng của đơn vị (trang "${p.childSheet}") cộng lại là ${n(p.expected, lang)}`
        : `this row says ${n(p.actual, lang)} in the "${col(p.column, lang)}" column, but the unit's own sheet ("${p.childSheet}") adds up to ${n(p.expected, lang)}`;
    }
    case "HIER-CELL-COUNT":
      return vi
        ? `${issue.params.unit} có ${n(issue.params.actual, lang)} chi bộ trong biểu, danh mục ghi ${n(issue.params.expected, lang)}`
        : `${issue.params.unit} lists ${n(issue.params.actual, lang)} party cells, the unit list declares ${n(issue.params.expected, lang)}`;
    case "HIER-DOUBLE-COUNT":
      return vi
        ? `"${issue.params.unit}" đã được tính ở ${issue.params.otherParent}; một đơn vị chỉ được tính một lần`
        : `"${issue.params.unit}" is already counted under ${issue.params.otherParent}; a unit counts once`;
    case "HIER-AMBIGUOUS":
      return vi
        ? `tổ chức này đã có biểu ở trang "${issue.params.otherSheet}"; số liệu trang này không được cộng thêm lần nữa`
        : `this organisation already has a sheet ("${issue.params.otherSheet}"); this one is not summarised`;
    case "HIER-CYCLE":
      return vi
        ? `${issue.params.unit} và ${issue.params.parent} ghi nhau là cấp trên: vòng lặp, không tổng hợp được`
        : `${issue.params.unit} and ${issue.params.parent} name each other as superior: a cycle, not summarised`;
    case "HIER-NO-PARENT":
      return vi
        ? `tiêu đề không ghi cấp trên của ${issue.params.unit} (dòng đầu bên trái)`
        : `the title does not name the superior of ${issue.params.unit} (first line on the left)`;
    case "HOST-SHEET-SKIPPED":
      switch (issue.params.reason) {
        case "protected":
          return vi
            ? "trang đang được bảo vệ: đã kiểm tra nhưng không tô màu được ô lỗi; bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang) rồi Kiểm tra lại"
            : "the sheet is protected: it was checked but its cells could not be painted; unprotect it (Review › Unprotect Sheet) and check again";
        case "formats-unreadable":
          return vi
            ? "Excel không đọc được định dạng có điều kiện của trang này: đã kiểm tra nhưng không tô màu ô lỗi, để không tô trùng"
            : "Excel cannot read this sheet's conditional formats: it was checked but not painted, so that no flag is doubled";
        case "too-large":
          return vi
            ? "vùng đã dùng của trang có hơn 5 triệu ô, Excel không đọc được: trang này chưa được kiểm tra; hãy xóa các hàng, cột thừa ở cuối trang"
            : "the sheet's used range holds over 5 million cells, too many for Excel to read: it is not checked; delete the stray rows and columns at its end";
        default:
          return exhaustiveSwitchError(issue.params.reason);
      }
    case "OFF-TYPE-UNKNOWN":
      return vi
        ? `không suy được loại hình từ tên, đã tính vào cột "Cơ sở khác": ${issue.params.units.join("; ")}. Thêm cột "Loại hình" vào biểu hoặc danh mục đơn vị để sửa`
        : `no type could be read from the name, counted as "Cơ sở khác" (other): ${issue.params.units.join("; ")}. Add a "Loại hình" column to the sheet or the unit list to correct it`;
    case "OFF-BLOCK-SUM": {
      const p = issue.params;
      return vi
        ? `"${p.row}", cột "${p.column}": ghi ${n(p.actual, lang)}, nhưng cộng các dòng thành phần là ${n(p.expected, lang)}`
        : `"${p.row}", column "${p.column}": it says ${n(p.actual, lang)}, but its component lines add up to ${n(p.expected, lang)}`;
    }
    case "OFF-RATED-SUM": {
      const p = issue.params;
      return vi
        ? `"${p.row}", cột "${p.column}": ghi ${n(p.actual, lang)}, nhưng cộng bốn mức xếp loại là ${n(p.expected, lang)}`
        : `"${p.row}", column "${p.column}": it says ${n(p.actual, lang)}, but the four ratings add up to ${n(p.expected, lang)}`;
    }
    case "OFF-TYPE-SUM": {
      const p = issue.params;
      return vi
        ? `"${p.row}", cột "${p.column}": ghi ${n(p.actual, lang)}, nhưng cộng các cột ${p.parts} là ${n(p.expected, lang)}`
        : `"${p.row}", column "${p.column}": it says ${n(p.actual, lang)}, but columns ${p.parts} add up to ${n(p.expected, lang)}`;
    }
    case "OFF-PART-OVER": {
      const p = issue.params;
      return vi
        ? `"${p.row}", cột "${p.column}": dòng "trong đó" ghi ${n(p.actual, lang)}, lớn hơn dòng chứa nó (${n(p.whole, lang)})`
        : `"${p.row}", column "${p.column}": this "of which" line says ${n(p.actual, lang)}, more than the line it belongs to (${n(p.whole, lang)})`;
    }
    case "OFF-NOT-NUMBER": {
      const p = issue.params;
      return vi
        ? `"${p.row}", cột "${p.column}": "${p.text}" không phải số đếm (số nguyên không âm)`
        : `"${p.row}", column "${p.column}": "${p.text}" is not a count (a whole number, not negative)`;
    }
    case "OFF-MISMATCH": {
      const p = issue.params;
      return vi
        ? `biểu thống kê ghi "${p.row}" là ${n(p.actual, lang)}, nhưng các biểu tổng hợp của ${p.unit} cộng lại là ${n(p.expected, lang)}`
        : `the statistical form says ${n(p.actual, lang)} for "${p.row}", but the summary sheets of ${p.unit} add up to ${n(p.expected, lang)}`;
    }
    case "PREV-EXCELLENT-FAIL-TWICE":
      return vi
        ? `${issue.params.unit} được xếp loại hoàn thành xuất sắc nhiệm vụ hai năm liền mà năm nay có ${n(issue.params.fail, lang)} đảng viên không hoàn thành nhiệm vụ: xem lại`
        : `${issue.params.unit} is rated excellent two years running with ${n(issue.params.fail, lang)} members rated as failing this year: check`;
    case "PREV-MEMBER-JUMP":
      return vi
        ? `${issue.params.unit}: số đảng viên tăng từ ${n(issue.params.before, lang)} (năm trước) lên ${n(issue.params.now, lang)}, nhiều hơn ${n(issue.params.admitted, lang)} đảng viên mới kết nạp ghi trong biểu: kiểm tra lại (chuyển sinh hoạt đến?)`
        : `${issue.params.unit}: members rose from ${n(issue.params.before, lang)} (last year) to ${n(issue.params.now, lang)}, more than the ${n(issue.params.admitted, lang)} new members noted: check (transfers in?)`;
    case "TPL-ROW-UNREAD": {
      const p = issue.params;
      const what = p.label ? `"${p.label}"` : vi ? "không tên" : "without a name";
      if (p.reason === "secondTable")
        return vi
          ? `dòng ${what} có ${n(p.numbers, lang)} ô số (tổng ${n(p.sum, lang)}) nhưng thuộc một bảng thứ hai trên cùng trang (dưới dòng tiêu đề cột lặp lại): bảng này không được đọc, các số không được tính; chuyển bảng thứ hai sang một trang riêng`
          : `the row ${what} holds ${n(p.numbers, lang)} numbers (adding up to ${n(p.sum, lang)}) but belongs to a second table on the same sheet (under a repeated header): that table is not read and its numbers are not counted; move it to a sheet of its own`;
      const where =
        p.reason === "afterTotal"
          ? vi
            ? "nằm dưới dòng Tổng cộng"
            : "lies below the total row"
          : vi
            ? "nằm ngoài bảng (dưới phần ghi chú hoặc sau nhiều dòng trống)"
            : "lies outside the table (below the notes or after many blank rows)";
      return vi
        ? `dòng ${what} có ${n(p.numbers, lang)} ô số (tổng ${n(p.sum, lang)}) nhưng ${where}: các số này không được tính; đưa đơn vị lên trên dòng Cộng hoặc xóa dòng`
        : `the row ${what} holds ${n(p.numbers, lang)} numbers (adding up to ${n(p.sum, lang)}) but ${where}: they are not counted; move the unit above the total or delete the row`;
    }
    case "TPL-COLUMN-UNREAD": {
      const p = issue.params;
      const header = p.header ? `"${p.header}"` : vi ? "(không có tiêu đề)" : "(no header)";
      return vi
        ? `cột có tiêu đề ${header} chứa ${n(p.numbers, lang)} ô số (tổng ${n(p.sum, lang)}) nhưng tiêu đề không khớp cột nào của mẫu: các số này không được tính`
        : `the column headed ${header} holds ${n(p.numbers, lang)} numbers (adding up to ${n(p.sum, lang)}) but its header matches no column of the template: they are not counted`;
    }
    case "CELL-RATING-TYPO":
      return vi
        ? `"${issue.params.text}" được hiểu là ${issue.params.meant}; nên sửa cho đúng chính tả`
        : `"${issue.params.text}" is read as ${issue.params.meant}; correcting the spelling is advised`;
    case "HIER-SECTION-SUM":
      return vi
        ? `đảng bộ bộ phận ghi ${n(issue.params.actual, lang)} ở cột "${col(issue.params.column, lang)}", nhưng ${n(issue.params.sections, lang)} chi bộ của nó cộng lại là ${n(issue.params.expected, lang)}`
        : `the đảng bộ bộ phận says ${n(issue.params.actual, lang)} in the "${col(issue.params.column, lang)}" column, but its ${n(issue.params.sections, lang)} chi bộ add up to ${n(issue.params.expected, lang)}`;
    case "TPL-NO-ORGANISATION":
      return vi
        ? `không thấy tên tổ chức trong các ô phía trên bảng (tiêu đề đặt trong hộp văn bản không đọc được); khi tổng hợp, tổ chức được gọi theo tên tệp (hoặc tên trang "${issue.params.sheetName}")`
        : `no organisation is named in the cells above the table (a title in a text box cannot be read); at Tổng hợp the organisation is named after its file (or the sheet "${issue.params.sheetName}")`;
    case "HIER-SAME-NAME":
      return vi
        ? `"${issue.params.unit}" cũng có ở ${issue.params.otherParent} với số liệu khác: được hiểu là hai đơn vị trùng tên, cả hai đều được tính; nếu là một đơn vị thì xóa một dòng`
        : `"${issue.params.unit}" also appears under ${issue.params.otherParent} with other figures: read as two units sharing a name, both counted; if it is one unit, delete one row`;
    case "ORG-RATING-DIFFERS":
      return vi
        ? `đơn vị tự xếp loại ${issue.params.self}, cấp trên quyết định ${issue.params.decided}: dùng quyết định của cấp trên`
        : `the unit rated itself ${issue.params.self}, the superior decided ${issue.params.decided}: the decision is used`;
    case "CELL-NOT-CALCULATED":
      return vi
        ? `${n(issue.params.cells, lang)} ô có công thức chưa được tính (tệp do chương trình khác tạo) — mở và lưu lại bằng Excel; các ô này không được tính là 0`
        : `${n(issue.params.cells, lang)} cells hold formulas that were never calculated (the file was written by another program) — open and save it in Excel; they are not counted as 0`;
    case "SUM-IMPOSSIBLE": {
      const p = issue.params;
      const w = p.what;
      const problem =
        w.kind === "negative"
          ? vi
            ? `${col(w.figure, lang)} tính ra âm (${n(w.value, lang)})`
            : `${col(w.figure, lang)} comes out negative (${n(w.value, lang)})`
          : w.kind === "ratedAboveSubject"
            ? vi
              ? `số đã đánh giá (${n(w.rated, lang)}) lớn hơn số thuộc diện đánh giá (${n(w.subject, lang)})`
              : `members rated (${n(w.rated, lang)}) exceed those subject to rating (${n(w.subject, lang)})`
            : vi
              ? `một mức xếp loại (${n(w.ratings, lang)}) lớn hơn số đã đánh giá (${n(w.rated, lang)}): tỷ lệ trên 100%`
              : `a rating (${n(w.ratings, lang)}) exceeds the members rated (${n(w.rated, lang)}): a share over 100%`;
      const cols = p.columns
        .map((c) =>
          vi
            ? `cột ${c.letter} "${c.header}" được hiểu là ${col(c.key, lang)}`
            : `column ${c.letter} "${c.header}" read as ${col(c.key, lang)}`,
        )
        .join("; ");
      return vi
        ? `số liệu không thể có: ${problem}${p.rows > 1 ? ` (${n(p.rows, lang)} dòng như vậy)` : ""}; kiểm tra cách hiểu các cột: ${cols}; các số này không được đưa vào tổng hợp`
        : `impossible figures: ${problem}${p.rows > 1 ? ` (${n(p.rows, lang)} such rows)` : ""}; check how the columns were read: ${cols}; these figures are left out of the summary`;
    }
    default:
      return exhaustiveSwitchError(issue);
  }
}

/**
 * An issue as a sentence: "Ô M10 (Chi bộ ấp A): chưa nhập số đảng viên Hoàn thành tốt nhiệm vụ".
 *
 * @example describeIssue(issue, "en") // "Cell M10 (Chi bộ ấp A): members rated good is not filled in"
 */
export function describeIssue(issue: Issue, lang: Lang): string {
  return `${describeLocation(issue, lang)}: ${describeProblem(issue, lang)}`;
}
