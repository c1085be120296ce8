import { apportion, apportionCapped, prng } from "./apportion";

/**
 * The sample district: Huyện ủy Thới Lai, 2022, built from the published figures (TEMPLATE.md §7,
 * seeds/thoi-lai-2022-article.txt). What the article states is reproduced exactly:
 *   44 TCCSĐ; 207 chi bộ trực thuộc đảng ủy cơ sở, 193 of them HTTNV or above;
 *   3.675 members subject to rating (all rated), 3.410 of them HTTNV or above;
 *   Đảng bộ xã Xuân Thắng: 11 chi bộ, all HTTNV or above; 166 members, 152 HTTNV or above;
 *   proposed for HTXSNV; Chi bộ Phòng Nội vụ huyện completed its review.
 * Everything else is invented, plausible, and obeys every rule of RULES.md.
 */
export const DISTRICT = { parent: "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", name: "HUYỆN ỦY THỚI LAI", short: "ĐẢNG BỘ HUYỆN THỚI LAI", year: 2022 };
export const PUBLISHED = { tccsd: 44, cells: 207, cellsGoodOrAbove: 193, members: 3675, membersGoodOrAbove: 3410 };

export interface CellFigures {
  name: string;
  rated: number;
  /** Members subject to rating but not rated (0 in the sample district: all were rated). */
  notRated?: number;
  excellent: number;
  good: number;
  complete: number;
  fail: number;
  exempt: number;
  suspended: number;
  newMembers: number;
  disciplined: number;
  rating: "Hoàn thành xuất sắc nhiệm vụ" | "Hoàn thành tốt nhiệm vụ" | "Hoàn thành nhiệm vụ" | "Không hoàn thành nhiệm vụ";
}

export interface PartyCommittee {
  /** As the sheet's title names it: "ĐẢNG ỦY XÃ XUÂN THẮNG". */
  title: string;
  sheetName: string;
  fileName: string;
  cells: CellFigures[];
  ownRating: string;
}

export interface SampleDistrict {
  committees: PartyCommittee[];
  /** Chi bộ cơ sở: TCCSĐ without chi bộ of their own, rows of the district's sheet. */
  baseCells: CellFigures[];
}

const COMMUNES: [string, string, number][] = [
  ["THỊ TRẤN THỚI LAI", "TT Thới Lai", 14],
  ["XÃ ĐÔNG BÌNH", "Đông Bình", 12],
  ["XÃ ĐÔNG THUẬN", "Đông Thuận", 11],
  ["XÃ ĐỊNH MÔN", "Định Môn", 13],
  ["XÃ THỚI THẠNH", "Thới Thạnh", 12],
  ["XÃ THỚI TÂN", "Thới Tân", 11],
  ["XÃ TRƯỜNG THẮNG", "Trường Thắng", 12],
  ["XÃ TRƯỜNG THÀNH", "Trường Thành", 12],
  ["XÃ TRƯỜNG XUÂN", "Trường Xuân", 13],
  ["XÃ TRƯỜNG XUÂN A", "Trường Xuân A", 11],
  ["XÃ TRƯỜNG XUÂN B", "Trường Xuân B", 11],
  ["XÃ TÂN THẠNH", "Tân Thạnh", 10],
];
const AGENCIES: [string, string, number][] = [
  ["QUÂN SỰ HUYỆN", "Quân sự huyện", 8],
  ["CÔNG AN HUYỆN", "Công an huyện", 12],
  ["CƠ QUAN CHÍNH QUYỀN HUYỆN", "Chính quyền huyện", 20],
  ["CÁC CƠ QUAN ĐẢNG - ĐOÀN THỂ HUYỆN", "Đảng - Đoàn thể", 14],
];
const HAMLETS = ["Thới Hòa", "Thới Thuận", "Thới Phước", "Thới Hưng", "Thới Bình", "Thới Thạnh", "Thới Long", "Thới Trinh", "Thới Mỹ", "Thới Khánh", "Thới An", "Thới Lợi", "Thới Định", "Thới Hiệp"];
const GOVERNMENT_CELLS = ["Phòng Nội vụ huyện", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp", "Phòng Kinh tế - Hạ tầng", "Phòng Nông nghiệp và PTNT", "Phòng Tài nguyên và Môi trường", "Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin", "Phòng Lao động - TB&XH", "Phòng Y tế", "Thanh tra huyện", "Văn phòng HĐND và UBND", "Phòng Dân tộc", "Trung tâm Phát triển quỹ đất", "Ban Quản lý dự án", "Trung tâm Văn hóa - Thể thao", "Đài Truyền thanh", "Hội Chữ thập đỏ", "Trạm Khuyến nông", "Trạm Thú y"];
const BASE_CELLS = [
  "Trường THPT Thới Lai", "Trường THPT Trường Xuân", "Trường THPT Thới Thạnh", "Trung tâm Y tế huyện", "Ngân hàng Chính sách xã hội huyện",
  "Kho bạc Nhà nước huyện", "Chi cục Thuế khu vực", "Tòa án nhân dân huyện", "Viện Kiểm sát nhân dân huyện", "Chi cục Thi hành án dân sự",
  "Bưu điện huyện", "Điện lực Thới Lai", "Trường THCS Thới Lai", "Trường THCS Trường Xuân", "Trường THCS Đông Bình",
  "Trường THCS Định Môn", "Trường THCS Thới Tân", "Trường Tiểu học Thới Lai 1", "Trường Tiểu học Trường Thắng", "Trường Tiểu học Đông Thuận",
  "Trung tâm Giáo dục nghề nghiệp", "Ngân hàng Nông nghiệp chi nhánh Thới Lai", "Công ty Cấp thoát nước Thới Lai", "Hạt Kiểm lâm", "Chi cục Thống kê",
  "Bảo hiểm xã hội huyện", "Trường Mầm non Thới Lai",
];

// Xuân Thắng as the article gives it: 11 chi bộ, 166 members, 152 HTTNV or above, all chi bộ HTTNV.
const XT_CELLS: [string, number, number][] = [
  ["Chi bộ ấp Thới Hòa A", 18, 17], ["Chi bộ ấp Thới Hòa B", 16, 15], ["Chi bộ ấp Thới Hiệp A", 15, 13],
  ["Chi bộ ấp Thới Hiệp B", 17, 16], ["Chi bộ ấp Thới Lộc", 14, 13], ["Chi bộ ấp Thới Xuân", 13, 12],
  ["Chi bộ ấp Thới Thuận", 16, 14], ["Chi bộ ấp Thới Phước", 15, 14], ["Chi bộ ấp Thới Hưng", 14, 13],
  ["Chi bộ Cơ quan", 12, 10], ["Chi bộ Quân sự", 16, 15],
];

function cellFigures(name: string, rated: number, goodOrAbove: number, rand: () => number): CellFigures {
  const excellent = Math.floor(goodOrAbove * 0.14);
  const notGood = rated - goodOrAbove;
  const fail = notGood >= 2 && rand() < 0.25 ? 1 : 0;
  const exempt = Math.round(rated * 0.05 * rand());
  const newMembers = rand() < 0.3 ? 1 : 0;
  return {
    name,
    rated,
    excellent,
    good: goodOrAbove - excellent,
    complete: notGood - fail,
    fail,
    exempt,
    suspended: 0,
    newMembers,
    disciplined: fail,
    rating: "Hoàn thành tốt nhiệm vụ",
  };
}

const share = (c: CellFigures) => (c.excellent + c.good) / c.rated;

export function buildSampleDistrict(): SampleDistrict {
  const rand = prng(2022);
  const units = [...COMMUNES.map(([t, s, n]) => ({ title: `ĐẢNG ỦY ${t}`, sheetName: s, cells: n })), ...AGENCIES.map(([t, s, n]) => ({ title: `ĐẢNG BỘ ${t}`, sheetName: s, cells: n }))];
  const baseSizes = BASE_CELLS.map(() => 9 + Math.floor(rand() * 14));
  const baseRated = baseSizes.reduce((a, b) => a + b, 0);
  const xtRated = XT_CELLS.reduce((a, [, r]) => a + r, 0); // 166
  const xtGood = XT_CELLS.reduce((a, [, , g]) => a + g, 0); // 152
  const committeeRated = apportion(PUBLISHED.members - xtRated - baseRated, units.map((u) => u.cells * (0.9 + 0.2 * rand())));
  const rates = [...units.map(() => 0.9 + 0.06 * rand()), ...baseSizes.map(() => 0.9 + 0.08 * rand())];
  const ratedAll = [...committeeRated, ...baseSizes];
  const goodOrAbove = apportionCapped(PUBLISHED.membersGoodOrAbove - xtGood, ratedAll.map((r, i) => r * rates[i]!), ratedAll.map((r) => r - 1));

  const committees: PartyCommittee[] = units.map((u, i) => {
    const rated = committeeRated[i]!;
    const cellRated = apportion(rated, Array.from({ length: u.cells }, () => 0.7 + 0.6 * rand()));
    const cellGood = apportionCapped(goodOrAbove[i]!, cellRated.map((r) => r * (0.85 + 0.15 * rand())), cellRated);
    const names = u.sheetName === "Chính quyền huyện" ? GOVERNMENT_CELLS : HAMLETS.map((h) => `ấp ${h}`);
    const cells = cellRated.map((r, k) => cellFigures(`Chi bộ ${names[k % names.length]}${k >= names.length ? ` ${Math.floor(k / names.length) + 1}` : ""}`, r, cellGood[k]!, rand));
    return { title: u.title, sheetName: u.sheetName, fileName: slug(u.sheetName), cells, ownRating: "" };
  });
  const xt: PartyCommittee = {
    title: "ĐẢNG ỦY XÃ XUÂN THẮNG",
    sheetName: "Xuân Thắng",
    fileName: slug("Xuân Thắng"),
    cells: XT_CELLS.map(([n, r, g]) => cellFigures(n, r, g, rand)),
    ownRating: "Đảng ủy đề nghị xếp loại: Hoàn thành xuất sắc nhiệm vụ",
  };
  committees.splice(COMMUNES.length, 0, xt);

  // 14 of the 207 chi bộ trực thuộc are rated HTNV (193 HTTNV or above): the weakest, outside Xuân Thắng.
  const others = committees.filter((c) => c !== xt).flatMap((c) => c.cells);
  [...others].sort((a, b) => share(a) - share(b)).slice(0, PUBLISHED.cells - PUBLISHED.cellsGoodOrAbove).forEach((c) => (c.rating = "Hoàn thành nhiệm vụ"));
  // Within the 20% quota of each TCCSĐ, the strongest chi bộ are rated HTXSNV (HD21: no member KHTNV, 80% HTTNV or above).
  for (const committee of committees) {
    if (committee === xt) continue;
    const good = committee.cells.filter((c) => c.rating === "Hoàn thành tốt nhiệm vụ");
    // k excellent leave good.length − k at HTTNV: k may not exceed the floor of 20% of those.
    let quota = Math.min(2, good.length);
    while (quota > 0 && quota > Math.floor(0.2 * (good.length - quota))) quota--;
    const best = good.filter((c) => c.fail === 0 && share(c) >= 0.9).sort((a, b) => share(b) - share(a)).slice(0, quota);
    best.forEach((c) => (c.rating = "Hoàn thành xuất sắc nhiệm vụ"));
    committee.ownRating = "Đảng ủy tự xếp loại: Hoàn thành tốt nhiệm vụ";
  }

  const baseCells = BASE_CELLS.map((name, i) => cellFigures(`Chi bộ ${name}`, baseSizes[i]!, goodOrAbove[units.length + i]!, rand));
  [...baseCells].sort((a, b) => share(a) - share(b)).slice(0, 2).forEach((c) => (c.rating = "Hoàn thành nhiệm vụ"));
  baseCells.filter((c) => c.fail === 0 && share(c) >= 0.95).slice(0, 3).forEach((c) => (c.rating = "Hoàn thành xuất sắc nhiệm vụ"));
  return { committees, baseCells };
}

/** "Trường Xuân A" → "truong-xuan-a": file names that travel by e-mail without trouble. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
