import { RATING_LABELS } from "../model/Rating";
import type { BlockId, Form6Key, Form7Key } from "./forms";
import type { FormRow } from "./formLayout";

export const FORM6_TITLE = "THỐNG KÊ KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG";
export const FORM7_TITLE = "THỐNG KÊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN";

/** Biểu 6's block headings (REAL-FORMS.md §1), in order, each under its part A or B. */
export const BLOCK_HEADINGS: Record<BlockId, string> = {
  partyCommittees: "I. ĐẢNG BỘ CƠ SỞ",
  partyCells: "II. CHI BỘ CƠ SỞ",
  sections: "I. ĐẢNG BỘ BỘ PHẬN",
  cells: "II. CHI BỘ TRỰC THUỘC",
};
export const PART_A = "A. TỔ CHỨC CƠ SỞ ĐẢNG";
export const PART_B = "B. TỔ CHỨC ĐẢNG TRỰC THUỘC";

function blockRows(block: BlockId): FormRow<Form6Key>[] {
  return [
    { label: BLOCK_HEADINGS[block], bold: true },
    { label: "1. Số có đến cuối năm (1=2+3)", key: `${block}.total`, bold: true },
    { label: "2. Số được ĐG, XL chất lượng", key: `${block}.rated` },
    { label: `- ${RATING_LABELS.excellent}`, key: `${block}.excellent` },
    { label: `- ${RATING_LABELS.good}`, key: `${block}.good` },
    { label: `- ${RATING_LABELS.complete}`, key: `${block}.complete` },
    { label: `- ${RATING_LABELS.fail}`, key: `${block}.fail` },
    { label: "3. Số chưa được đánh giá, phân loại", key: `${block}.notRated` },
    { label: "- Trong đó: Số mới thành lập dưới 6 tháng", key: `${block}.newUnder6` },
  ];
}

export const FORM6_ROWS: readonly FormRow<Form6Key>[] = [
  { label: PART_A, bold: true },
  ...blockRows("partyCommittees"),
  ...blockRows("partyCells"),
  { label: PART_B, bold: true },
  ...blockRows("sections"),
  ...blockRows("cells"),
];

export const FORM7_ROWS: readonly FormRow<Form7Key>[] = [
  { label: "1. Số có mặt đến thời điểm KĐ, ĐG, XL chất lượng (1 = 2+3+4)", key: "present", bold: true },
  { label: "2. Số được miễn KĐ, ĐG, XL chất lượng", key: "exempt" },
  { label: "3. Số chưa được KĐ, ĐG, XL chất lượng", key: "notRated" },
  { label: "4. Số đã KĐ, ĐG, XL chất lượng", key: "rated", bold: true },
  { label: "- Đảng viên HTXSNV", key: "excellent" },
  { label: "- Đảng viên HTTNV", key: "good" },
  { label: "- Đảng viên HTNV", key: "complete" },
  { label: "- Đảng viên không HTNV", key: "fail" },
  { label: "Trong đó:" },
  { label: "+ Cấp có thẩm quyền kết luận có biểu hiện suy thoái", key: "failDecline" },
  { label: "+ Chỉ hoàn thành dưới 50% số chỉ tiêu", key: "failUnderHalf" },
  { label: "+ Là công chức, viên chức xếp loại không hoàn thành nhiệm vụ", key: "failOfficial" },
  { label: "+ Bị xử lý kỷ luật trong năm", key: "failDisciplined" },
  { label: "+ Khác", key: "failOther" },
];
