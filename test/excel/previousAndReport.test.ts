import { createOfficePort } from "../../src/excel/officePort";
import { summarizeWorkbooks } from "../../src/core/summarize";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { levelSheet, type UnitFigures } from "../builders/levelSheet";
import { fakeWorkbook, runnerFor } from "./fakeExcel";

const rows = (excellent: number): UnitFigures[] => [
  { unit: "Chi bộ ấp 1", excellent, good: 15, unitRating: "Hoàn thành tốt nhiệm vụ" },
  { unit: "Chi bộ ấp 2", excellent: 1, good: 10, unitRating: "Hoàn thành tốt nhiệm vụ" },
];
const commune = (year: number, excellent: number) =>
  levelSheet({ name: `Xã A ${year}`, organisation: "ĐẢNG ỦY XÃ A", parent: "HUYỆN ỦY B", year, rows: rows(excellent) });

describe("Đoạn báo cáo and So sánh năm trước in Excel, through the port", () => {
  test("Tổng hợp writes both as the add-in's own sheets; the user's sheet is not written", async () => {
    const wb = fakeWorkbook([commune(2024, 3)]);
    const port = createOfficePort(runnerFor(wb));
    const lastYear: WorkbookSnapshot = { sheets: [commune(2023, 2)] };
    const names = await port.summarizeInto(
      (snapshot) =>
        summarizeWorkbooks([{ name: "", snapshot }], {
          linkSources: true,
          previous: [{ name: "2023.xlsx", snapshot: lastYear }],
        }).layouts,
    );
    expect(names).toEqual(expect.arrayContaining(["Đoạn báo cáo", "So sánh năm trước"]));
    expect(wb.sheets[0]!.writes).toEqual([]);
    const written = wb.sheets.filter((s) => names.includes(s.name));
    expect(written.map((s) => s.customProperties.get("xeploai"))).toEqual(names.map(() => "summary"));
  });
});
