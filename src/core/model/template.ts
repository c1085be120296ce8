import { RATINGS, type Rating } from "./Rating";

/**
 * The level sheet's columns as data (TEMPLATE.md §3): keys, accepted labels, required flags and
 * types. Recognition, validation and the summary layout all read this one definition.
 */
export type MemberColumn =
  | "stt"
  | "unit"
  | "unitType"
  | "members"
  | "exempt"
  | "suspended"
  | "newMembers"
  | "subject"
  | "notRated"
  | "notRatedReason"
  | "rated"
  | Rating
  | `${Rating}Pct`
  | "disciplined"
  | "unitRating"
  | "selfRating"
  | `mark.${Rating}`
  | "note";

/** Blocks that count organisations by rating, on summary levels (district and above). */
export const BLOCKS = ["cells", "grassroots"] as const;
export type BlockKey = (typeof BLOCKS)[number];
export type BlockColumn = "total" | "rated" | Rating | `${Rating}Pct` | "goodOrAbove";
export type ColumnKey = MemberColumn | `${BlockKey}.${BlockColumn}`;

export type ColumnKind = "text" | "count" | "pct" | "rating";

export interface ColumnDef {
  key: ColumnKey;
  kind: ColumnKind;
  required: boolean;
  /** Labels as printed on forms, the first being the template's own; compared by foldKey. */
  labels: readonly string[];
  /**
   * A required column that may be absent when these columns are present, the figure being derived
   * from them (the official forms have no subject column: subject = rated + not rated).
   */
  derivedFrom?: readonly ColumnKey[];
  /** Short names for messages. */
  vi: string;
  en: string;
}

const RATING_VI: Record<Rating, string> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  complete: "Hoàn thành nhiệm vụ",
  fail: "Không hoàn thành nhiệm vụ",
};
const RATING_EN: Record<Rating, string> = {
  excellent: "excellent",
  good: "good",
  complete: "complete",
  fail: "fail",
};

const memberColumns: ColumnDef[] = [
  { key: "stt", kind: "text", required: false, labels: ["STT", "TT", "Số TT", "Số thứ tự"], vi: "STT", en: "No." },
  {
    key: "unit",
    kind: "text",
    required: true,
    labels: [
      "Tên chi bộ",
      "Tên tổ chức đảng",
      "Đơn vị",
      "Tên đơn vị",
      "Tên tổ chức cơ sở đảng",
      "Tên đảng bộ, chi bộ",
      "Chi bộ",
      "Tổ chức đảng",
      "Tên TCCSĐ",
      "Đảng bộ trực thuộc",
      "Tên đảng bộ, chi bộ cơ sở",
      "Tên tổ chức cơ sở đảng trực thuộc",
      "Tên đơn vị trực thuộc",
    ],
    vi: "tên đơn vị",
    en: "unit name",
  },
  {
    key: "unitType",
    kind: "text",
    required: false,
    labels: ["Loại hình", "Loại hình tổ chức"],
    vi: "loại hình",
    en: "unit type",
  },
  {
    key: "members",
    kind: "count",
    required: true,
    labels: [
      "Tổng số đảng viên",
      "Tổng số ĐV",
      "Tổng số đảng viên trong danh sách",
      "Số đảng viên",
      "Tổng đảng viên",
      "Số có mặt đến thời điểm KĐ, ĐG, XL",
      "Số có mặt đến thời điểm KĐ, ĐG, XL chất lượng",
      "Số đảng viên có mặt",
      "Tổng số đảng viên có mặt",
      "Số có mặt",
    ],
    vi: "tổng số đảng viên",
    en: "total members",
  },
  {
    key: "exempt",
    kind: "count",
    required: false,
    labels: [
      "Miễn công tác và sinh hoạt đảng",
      "Miễn đánh giá",
      "Miễn công tác và sinh hoạt đảng (Miễn đánh giá)",
      "Đảng viên miễn công tác và sinh hoạt đảng",
      "Miễn sinh hoạt",
      "Số được miễn KĐ, ĐG, XL",
      "Số được miễn KĐ, ĐG, XL chất lượng",
      "Được miễn KĐ, ĐG, XL",
      "Miễn công tác, sinh hoạt đảng",
      "Được miễn công tác, sinh hoạt đảng",
      "Miễn công tác, miễn sinh hoạt đảng",
      "Được miễn công tác, miễn sinh hoạt đảng",
      "Đảng viên được miễn công tác, sinh hoạt đảng",
      "Đảng viên miễn công tác, sinh hoạt đảng",
    ],
    vi: "số đảng viên miễn công tác và sinh hoạt đảng",
    en: "members exempt",
  },
  {
    key: "suspended",
    kind: "count",
    required: false,
    labels: ["Bị đình chỉ sinh hoạt đảng", "Đình chỉ sinh hoạt đảng", "Bị đình chỉ sinh hoạt"],
    vi: "số đảng viên bị đình chỉ sinh hoạt đảng",
    en: "members suspended",
  },
  {
    key: "newMembers",
    kind: "count",
    required: false,
    labels: [
      "Mới kết nạp chưa đủ 6 tháng",
      "Đảng viên mới kết nạp chưa đủ 6 tháng",
      "Mới kết nạp",
      "Kết nạp chưa đủ 6 tháng",
      "Mới kết nạp dưới 6 tháng",
      "Đảng viên mới kết nạp dưới 6 tháng",
      "Đảng viên dự bị chưa đủ 6 tháng",
      "Dự bị chưa đủ 6 tháng",
      "Đảng viên dự bị dưới 6 tháng",
    ],
    vi: "số đảng viên mới kết nạp chưa đủ 6 tháng",
    en: "new members (under 6 months)",
  },
  {
    key: "subject",
    kind: "count",
    required: true,
    derivedFrom: ["rated", "notRated"],
    labels: [
      "Số đảng viên thuộc diện đánh giá, xếp loại",
      "Số ĐV thuộc diện đánh giá, xếp loại",
      "Thuộc diện đánh giá, xếp loại",
      "Số đảng viên thuộc diện đánh giá",
      "Số ĐV được đánh giá",
      "Số đảng viên được đánh giá, xếp loại",
      "Đảng viên thuộc diện đánh giá, xếp loại",
      "Tổng số đảng viên thuộc diện đánh giá",
      "Đảng viên thuộc diện đánh giá",
      "Số ĐV thuộc diện đánh giá",
      "Thuộc diện đánh giá",
    ],
    vi: "số đảng viên thuộc diện đánh giá, xếp loại",
    en: "members subject to rating",
  },
  {
    key: "notRated",
    kind: "count",
    required: true,
    labels: [
      "Chưa đánh giá, xếp loại",
      "Chưa đánh giá",
      "Số ĐV chưa đánh giá, xếp loại",
      "Chưa xếp loại",
      "Số đảng viên chưa đánh giá, xếp loại",
      "Số chưa được KĐ, ĐG, XL",
      "Số chưa được KĐ, ĐG, XL chất lượng",
      "Chưa được KĐ, ĐG, XL",
      "Chưa được đánh giá, xếp loại",
      "Số chưa được đánh giá, xếp loại",
    ],
    vi: "số đảng viên chưa đánh giá, xếp loại",
    en: "members not rated",
  },
  {
    key: "notRatedReason",
    kind: "text",
    required: false,
    labels: ["Lý do chưa đánh giá", "Lý do chưa đánh giá, xếp loại", "Lý do"],
    vi: "lý do chưa đánh giá",
    en: "reason not rated",
  },
  {
    key: "rated",
    kind: "count",
    required: true,
    labels: [
      "Đã đánh giá, xếp loại",
      "Số ĐV đã đánh giá, xếp loại",
      "Số đảng viên đã đánh giá, xếp loại",
      "Đã đánh giá",
      "Đã xếp loại",
      "Số đảng viên được xếp loại",
      "Số đã KĐ, ĐG, XL",
      "Số đã KĐ, ĐG, XL chất lượng",
      "Đã KĐ, ĐG, XL",
      "Số được ĐG, XL chất lượng",
    ],
    vi: "số đảng viên đã đánh giá, xếp loại",
    en: "members rated",
  },
  ...RATINGS.flatMap((r): ColumnDef[] => [
    {
      key: r,
      kind: "count",
      required: true,
      labels: [],
      vi: `số đảng viên ${RATING_VI[r]}`,
      en: `members rated ${RATING_EN[r]}`,
    },
    {
      key: `${r}Pct`,
      kind: "pct",
      required: true,
      labels: [],
      vi: `tỷ lệ đảng viên ${RATING_VI[r]}`,
      en: `share of members rated ${RATING_EN[r]}`,
    },
  ]),
  {
    key: "disciplined",
    kind: "count",
    required: false,
    labels: [
      "Bị thi hành kỷ luật trong năm",
      "Bị kỷ luật trong năm",
      "Số đảng viên bị thi hành kỷ luật",
      "Bị thi hành kỷ luật",
      "Đảng viên bị kỷ luật",
    ],
    vi: "số đảng viên bị thi hành kỷ luật trong năm",
    en: "members disciplined",
  },
  {
    key: "unitRating",
    kind: "rating",
    required: true,
    labels: [
      "Xếp loại chi bộ",
      "Xếp loại tổ chức đảng",
      "Xếp loại",
      "Kết quả xếp loại tổ chức đảng",
      "Xếp loại chất lượng tổ chức đảng",
      "Xếp loại TCCSĐ",
      "Xếp loại đảng bộ, chi bộ",
      "Đảng ủy xếp loại",
      "Đảng ủy khoa xếp loại",
      "Đảng ủy cơ sở xếp loại",
      "Cấp ủy cấp trên quyết định",
      "Cấp ủy cấp trên quyết định xếp loại",
      "Ban Thường vụ Huyện ủy quyết định xếp loại",
      "BTV Huyện ủy quyết định xếp loại",
      "Xếp loại đảng bộ",
      "Xếp loại đảng bộ (BTV Tỉnh ủy quyết định)",
      "Quyết định xếp loại",
      "Cấp trên quyết định xếp loại",
    ],
    vi: "xếp loại của đơn vị",
    en: "unit's rating",
  },
  {
    key: "selfRating",
    kind: "rating",
    required: false,
    labels: [
      "Tự xếp loại",
      "Chi bộ tự xếp loại",
      "Đơn vị tự xếp loại",
      "Tự đánh giá, xếp loại",
      "Tổ chức đảng tự xếp loại",
    ],
    vi: "tự xếp loại",
    en: "self-rating",
  },
  // Ratings given as marks: four sub-columns headed by the codes under the rating column's label.
  ...RATINGS.map(
    (r): ColumnDef => ({
      key: `mark.${r}`,
      kind: "text",
      required: false,
      labels: [],
      vi: `xếp loại ${RATING_VI[r]} (đánh dấu)`,
      en: `rated ${RATING_EN[r]} (marked)`,
    }),
  ),
  { key: "note", kind: "text", required: false, labels: ["Ghi chú"], vi: "ghi chú", en: "note" },
];

const BLOCK_VI: Record<BlockKey, string> = { cells: "chi bộ trực thuộc", grassroots: "tổ chức cơ sở đảng" };
const BLOCK_EN: Record<BlockKey, string> = { cells: "party cells", grassroots: "grassroots organisations" };

/** Labels of the organisation blocks, and of the member block that some summary sheets use. */
export const BLOCK_LABELS: Record<BlockKey | "members", readonly string[]> = {
  cells: [
    "Chi bộ trực thuộc đảng ủy cơ sở",
    "Chi bộ trực thuộc",
    "Chi bộ trực thuộc đảng bộ cơ sở",
    "Chi bộ trực thuộc đảng ủy",
  ],
  grassroots: ["Tổ chức cơ sở đảng", "TCCSĐ", "Tổ chức cơ sở đảng (đảng bộ, chi bộ cơ sở)", "Đảng bộ, chi bộ cơ sở"],
  members: ["Đảng viên", "Kết quả đánh giá, xếp loại đảng viên", "Xếp loại đảng viên", "Đánh giá, xếp loại đảng viên"],
};

const blockColumns: ColumnDef[] = BLOCKS.flatMap((b): ColumnDef[] => [
  {
    key: `${b}.total`,
    kind: "count",
    required: false,
    labels: ["Tổng số"],
    vi: `tổng số ${BLOCK_VI[b]}`,
    en: `${BLOCK_EN[b]}, total`,
  },
  {
    key: `${b}.rated`,
    kind: "count",
    required: false,
    labels: ["Đã xếp loại", "Đã đánh giá, xếp loại", "Số đã xếp loại"],
    vi: `số ${BLOCK_VI[b]} đã xếp loại`,
    en: `${BLOCK_EN[b]} rated`,
  },
  ...RATINGS.flatMap((r): ColumnDef[] => [
    {
      key: `${b}.${r}`,
      kind: "count",
      required: false,
      labels: [],
      vi: `số ${BLOCK_VI[b]} ${RATING_VI[r]}`,
      en: `${BLOCK_EN[b]} rated ${RATING_EN[r]}`,
    },
    {
      key: `${b}.${r}Pct`,
      kind: "pct",
      required: false,
      labels: [],
      vi: `tỷ lệ ${BLOCK_VI[b]} ${RATING_VI[r]}`,
      en: `share of ${BLOCK_EN[b]} rated ${RATING_EN[r]}`,
    },
  ]),
  {
    key: `${b}.goodOrAbove`,
    kind: "count",
    required: false,
    labels: ["HTTNV trở lên", "Hoàn thành tốt nhiệm vụ trở lên"],
    vi: `số ${BLOCK_VI[b]} hoàn thành tốt nhiệm vụ trở lên`,
    en: `${BLOCK_EN[b]} good or above`,
  },
]);

export const COLUMNS: readonly ColumnDef[] = [...memberColumns, ...blockColumns];

const byKey = new Map<ColumnKey, ColumnDef>(COLUMNS.map((c) => [c.key, c]));

export function columnDef(key: ColumnKey): ColumnDef {
  const def = byKey.get(key);
  if (!def) throw new Error(`unknown column ${key}`); // a programming error, never data
  return def;
}

export const REQUIRED_COLUMNS: readonly ColumnKey[] = COLUMNS.filter((c) => c.required).map((c) => c.key);

/** Sub-labels under a rating group: the count and the share. */
export const COUNT_LABELS = ["Số lượng", "SL", "Số"];
export const PCT_LABELS = ["Tỷ lệ (%)", "Tỷ lệ", "%", "Tỷ lệ %"];
