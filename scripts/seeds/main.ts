import fs from "fs";
import path from "path";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { buildSampleDistrict, DISTRICT } from "./thoiLai";
import { formLayout } from "./forms";
import { faultWorkbooks } from "./faults";
import type { SheetLayout } from "../../src/core/layout/SheetLayout";

/** A "Danh mục đơn vị" sheet (TEMPLATE.md §4): the units expected to report. */
function unitListLayout(units: { code: string; name: string; level: string; parent: string; type: string }[]): SheetLayout {
  const header = ["Mã", "Tên đơn vị", "Cấp", "Trực thuộc", "Loại hình"];
  const cells = [
    ...header.map((h, col) => ({ row: 0, col, value: h, bold: true, header: true, border: true })),
    ...units.flatMap((u, i) => [u.code, u.name, u.level, u.parent, u.type].map((value, col) => ({ row: i + 1, col, value, border: true }))),
  ];
  return { name: "Danh mục đơn vị", cells, merges: [], columnWidths: [10, 44, 10, 12, 16], frozenRows: 1 };
}

// The seeds carry a fixed date so that regenerating them changes nothing that did not change.
const CREATED = new Date(Date.UTC(2022, 10, 28));

/** `npm run seeds`: writes the sample district (seeds/thoi-lai-2022/) and the fault set (seeds/faults/). */
async function main() {
  const root = path.resolve(__dirname, "../../../seeds");
  const districtDir = path.join(root, "thoi-lai-2022");
  const faultDir = path.join(root, "faults");
  for (const dir of [districtDir, faultDir]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  const district = buildSampleDistrict();
  let n = 0;
  for (const committee of district.committees) {
    const layout = formLayout({
      sheetName: committee.sheetName,
      parent: DISTRICT.short,
      organisation: committee.title,
      year: DISTRICT.year,
      cells: committee.cells,
      footer: [committee.ownRating],
    });
    n++;
    fs.writeFileSync(path.join(districtDir, `${String(n).padStart(2, "0")}-${committee.fileName}.xlsx`), await writeLayouts([layout], { created: CREATED }));
  }
  const baseSheet = formLayout({
    sheetName: "Chi bộ cơ sở",
    parent: DISTRICT.parent,
    organisation: DISTRICT.name,
    year: DISTRICT.year,
    titleSuffix: "CÁC CHI BỘ CƠ SỞ",
    unitLabel: "Tên tổ chức đảng",
    unitRatingLabel: "Xếp loại tổ chức đảng",
    cells: district.baseCells,
  });
  const list = unitListLayout([
    { code: "HTL", name: "Huyện ủy Thới Lai", level: "Huyện", parent: "", type: "" },
    ...district.committees.map((c, i) => ({ code: `HTL.${String(i + 1).padStart(2, "0")}`, name: c.title, level: "Cơ sở", parent: "HTL", type: "Đảng bộ cơ sở" })),
    ...district.baseCells.map((c, i) => ({ code: `HTL.${String(district.committees.length + i + 1).padStart(2, "0")}`, name: c.name, level: "Cơ sở", parent: "HTL", type: "Chi bộ cơ sở" })),
  ]);
  fs.writeFileSync(path.join(districtDir, "00-huyen-uy-chi-bo-co-so.xlsx"), await writeLayouts([baseSheet, list], { created: CREATED }));
  for (const { file, layouts } of faultWorkbooks()) {
    fs.writeFileSync(path.join(faultDir, file), await writeLayouts(layouts, { created: CREATED }));
  }
  console.log(`Wrote ${n + 1} workbooks to ${districtDir} and the fault set to ${faultDir}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
