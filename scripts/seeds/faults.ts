import type { LayoutCell, SheetLayout } from "../../src/core/layout/SheetLayout";
import { levelColumns } from "../../src/core/layout/levelSheetLayout";
import { encodeTcvn3 } from "../../src/core/text/encodeLegacy";
import type { ColumnKey } from "../../src/core/model/template";
import { formLayout } from "./forms";
import type { CellFigures } from "./thoiLai";

const cell = (name: string, rated: number, goodOrAbove: number, extra: Partial<CellFigures> = {}): CellFigures => {
  const excellent = Math.floor(goodOrAbove * 0.14);
  return { name, rated, excellent, good: goodOrAbove - excellent, complete: rated - goodOrAbove, fail: 0, exempt: 1, suspended: 0, newMembers: 0, disciplined: 0, rating: "Hoàn thành tốt nhiệm vụ", ...extra };
};

const KEYS = levelColumns({ blocks: [], unitLabel: "", unitRatingLabel: "" } as never).map((c) => c.key);
const FIRST_ROW = 9; // six title rows, two header rows, the row of column numbers

function at(layout: SheetLayout, unitIndex: number | "total", key: ColumnKey): LayoutCell {
  const row = unitIndex === "total" ? Math.max(...layout.cells.filter((c) => c.value === "Cộng").map((c) => c.row)) : FIRST_ROW + unitIndex;
  const col = KEYS.indexOf(key);
  const found = layout.cells.find((c) => c.row === row && c.col === col);
  if (!found) throw new Error(`no cell ${unitIndex}/${key}`);
  return found;
}

/** The Cộng row's cached results as Excel computes them after the edits: SUM takes numbers only. */
function recomputeTotals(layout: SheetLayout, units: number) {
  const totalRow = FIRST_ROW + units;
  const value = (key: ColumnKey) => at(layout, "total", key).value as number;
  for (const t of layout.cells.filter((c) => c.row === totalRow && c.formula?.startsWith("SUM("))) {
    t.value = layout.cells.filter((c) => c.col === t.col && c.row >= FIRST_ROW && c.row < totalRow && typeof c.value === "number").reduce((s, c) => s + (c.value as number), 0);
  }
  for (const key of ["excellent", "good", "complete", "fail"] as const) {
    const rated = value("rated");
    at(layout, "total", `${key}Pct`).value = rated === 0 ? 0 : Math.round((value(key) / rated) * 10000) / 100;
  }
}

/**
 * The fault set: the mistakes district offices meet every year, each where a person would make
 * it. `xeploai validate seeds/faults/*.xlsx` shows them; test/golden holds the expected report.
 */
export function faultWorkbooks(): { file: string; layouts: SheetLayout[] }[] {
  const dongBinhCells = [
    cell("Chi bộ ấp Thới Hòa", 20, 18),
    cell("Chi bộ ấp Thới Thuận", 18, 16),
    cell("Chi bộ ấp Thới Phước", 16, 15),
    cell("Chi bộ ấp Thới Hưng", 15, 14),
    cell("Chi bộ ấp Thới Bình", 14, 12),
    cell("Chi bộ ấp Thới Long", 12, 11),
  ];
  const dongBinh = formLayout({ sheetName: "Đông Bình", parent: "ĐẢNG BỘ HUYỆN THỚI LAI", organisation: "ĐẢNG ỦY XÃ ĐÔNG BÌNH", year: 2022, cells: dongBinhCells, footer: ["Đảng ủy tự xếp loại: Hoàn thành tốt nhiệm vụ"] });
  at(dongBinh, 0, "good").value = null; // a required cell left blank
  at(dongBinh, 1, "members").value = "19 "; // a count typed as text
  at(dongBinh, 2, "good").value = 16; // the four ratings no longer add up to rated
  at(dongBinh, 2, "goodPct").value = 100; // …and its share typed from the wrong count
  at(dongBinh, 3, "goodPct").value = 95; // a percentage that matches nothing
  at(dongBinh, 4, "unitRating").value = "Khá"; // not one of the four ratings
  at(dongBinh, 5, "unit").value = "Chi bộ ấp Thới Hòa"; // the same unit twice
  recomputeTotals(dongBinh, dongBinhCells.length);

  const truongXuanCells = [cell("Chi bộ ấp Trường Hòa", 17, 16), cell("Chi bộ ấp Trường Lợi", 15, 14), cell("Chi bộ ấp Trường Thọ", 13, 12)];
  const truongXuan = formLayout({ sheetName: "Trường Xuân", parent: "ĐẢNG BỘ HUYỆN THỚI LAI", organisation: "ĐẢNG ỦY XÃ TRƯỜNG XUÂN", year: 2022, cells: truongXuanCells, footer: ["Đảng ủy tự xếp loại: Hoàn thành tốt nhiệm vụ"] });
  // Typed in the old ABC fonts: capitals in .VnTimeH (which has them at the lower-case codes).
  for (const c of truongXuan.cells) {
    if (typeof c.value !== "string") continue;
    const capitals = c.value === c.value.toUpperCase() && /\p{L}/u.test(c.value);
    c.value = encodeTcvn3(capitals ? c.value.toLowerCase() : c.value);
    c.font = capitals ? ".VnTimeH" : ".VnTime";
  }

  // Members not rated, and no reason given; the rest of the row is consistent.
  const thoiTanCells = [cell("Chi bộ ấp Thới Tân A", 14, 13), cell("Chi bộ ấp Thới Tân B", 10, 9, { notRated: 2 }), cell("Chi bộ ấp Thới Tân C", 11, 10)];
  const thoiTan = formLayout({ sheetName: "Thới Tân", parent: "ĐẢNG BỘ HUYỆN THỚI LAI", organisation: "ĐẢNG ỦY XÃ THỚI TÂN", year: null, cells: thoiTanCells });
  at(thoiTan, 0, "exempt").value = 1.5; // not a whole number
  // Without a year in the title and with the Cộng row removed.
  thoiTan.cells = thoiTan.cells.filter((c) => c.row !== FIRST_ROW + thoiTanCells.length);

  const notes: SheetLayout = {
    name: "Ghi chú",
    cells: [
      { row: 0, col: 0, value: "Danh sách cần nhắc nộp biểu" },
      { row: 1, col: 0, value: "Đảng ủy xã Tân Thạnh" },
    ],
    merges: [],
    columnWidths: [40],
    frozenRows: 0,
  };
  return [{ file: "bieu-co-loi.xlsx", layouts: [dongBinh, truongXuan, thoiTan, notes] }];
}
