/**
 * The columns of Biểu 6 and Biểu 7 (REAL-FORMS.md §1): Tổng số, then one column per type of
 * grassroots organisation (loại hình). Two types are split further: Đơn vị sự nghiệp (công lập,
 * ngoài công lập) and Doanh nghiệp và Hợp tác xã (by ownership); their "Tổng số" column is the sum
 * of their parts. Tổng số is the sum of the top-level type columns.
 */
export const TYPE_IDS = [
  "xa",
  "phuong",
  "thiTran",
  "partyMass",
  "state",
  "service",
  "servicePublic",
  "servicePrivate",
  "army",
  "police",
  "enterprise",
  "soe100",
  "soeOver50",
  "soeUnder50",
  "company",
  "coop",
  "abroad",
  "other",
] as const;
/** A loại hình; "service" and "enterprise" are also the group totals (a unit whose part is not known). */
export type UnitType = (typeof TYPE_IDS)[number];
export type ColumnId = "total" | UnitType;
export const COLUMN_IDS: readonly ColumnId[] = ["total", ...TYPE_IDS];

export type GroupId = "service" | "enterprise";

export interface FormColumn {
  id: ColumnId;
  /** The label in the header's lower row (or the only row). */
  label: string;
  /** The group whose part this column is. */
  partOf?: GroupId;
}

export const GROUP_LABELS: Record<GroupId, string> = {
  service: "Đơn vị sự nghiệp",
  enterprise: "Doanh nghiệp và Hợp tác xã",
};

export const FORM_COLUMNS: readonly FormColumn[] = [
  { id: "total", label: "Tổng số" },
  { id: "xa", label: "Xã" },
  { id: "phuong", label: "Phường" },
  { id: "thiTran", label: "Thị trấn" },
  { id: "partyMass", label: "Cơ quan Đảng, Mặt trận Tổ quốc, tổ chức chính trị - xã hội" },
  { id: "state", label: "Cơ quan Nhà nước" },
  { id: "service", label: "Tổng số" },
  { id: "servicePublic", label: "Công lập", partOf: "service" },
  { id: "servicePrivate", label: "Ngoài công lập", partOf: "service" },
  { id: "army", label: "Quân đội" },
  { id: "police", label: "Công an" },
  { id: "enterprise", label: "Tổng số" },
  { id: "soe100", label: "100% vốn nhà nước", partOf: "enterprise" },
  { id: "soeOver50", label: "Trên 50% vốn nhà nước", partOf: "enterprise" },
  { id: "soeUnder50", label: "Dưới 50% vốn nhà nước", partOf: "enterprise" },
  { id: "company", label: "Công ty cổ phần, TNHH, hợp danh, …", partOf: "enterprise" },
  { id: "coop", label: "Hợp tác xã", partOf: "enterprise" },
  { id: "abroad", label: "Tổ chức đảng ở ngoài nước" },
  { id: "other", label: "Cơ sở khác" },
];

/** The columns whose sum is Tổng số: every type column that is not a part of a group. */
export const TOP_TYPES: readonly UnitType[] = TYPE_IDS.filter((t) => !partOf(t));

export function partOf(id: ColumnId): GroupId | undefined {
  return FORM_COLUMNS.find((c) => c.id === id)?.partOf;
}

export function partsOf(group: GroupId): UnitType[] {
  return TYPE_IDS.filter((t) => partOf(t) === group);
}

export function isGroup(id: ColumnId): id is GroupId {
  return id === "service" || id === "enterprise";
}

/** The name of a type for the completeness sheet and messages. */
export const TYPE_NAMES: Record<UnitType, string> = {
  xa: "Xã",
  phuong: "Phường",
  thiTran: "Thị trấn",
  partyMass: "Cơ quan Đảng, MTTQ, CT-XH",
  state: "Cơ quan Nhà nước",
  service: "Đơn vị sự nghiệp",
  servicePublic: "Đơn vị sự nghiệp công lập",
  servicePrivate: "Đơn vị sự nghiệp ngoài công lập",
  army: "Quân đội",
  police: "Công an",
  enterprise: "Doanh nghiệp và HTX",
  soe100: "Doanh nghiệp 100% vốn nhà nước",
  soeOver50: "Doanh nghiệp trên 50% vốn nhà nước",
  soeUnder50: "Doanh nghiệp dưới 50% vốn nhà nước",
  company: "Công ty cổ phần, TNHH, hợp danh",
  coop: "Hợp tác xã",
  abroad: "Tổ chức đảng ở ngoài nước",
  other: "Cơ sở khác",
};
