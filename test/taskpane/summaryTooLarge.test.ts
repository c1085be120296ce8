import { Controller } from "../../src/taskpane/controller";
import type { WorkbookPort } from "../../src/core/port";
import type { CellType, CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { PANE_SUMMARY_ROW_LIMIT } from "../../src/taskpane/summaryTooLarge";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";

/** A port over one snapshot that records whether Tổng hợp wrote any sheet. */
function port(snapshot: WorkbookSnapshot, written: string[][]): WorkbookPort {
  return {
    capabilities: { importSheets: true },
    checkAndFlag: async (analyse) => (await analyse(snapshot), snapshot),
    summarizeInto: async (build) => {
      const names = (await build(snapshot, { all: snapshot.sheets.map((s) => s.name), owned: [] })).map((l) => l.name);
      written.push(names);
      return names;
    },
    clearFlags: async () => 0,
    selectCell: async () => undefined,
    importWorkbooks: async () => [],
  };
}

/** Xuân Thắng's sheet with `extra` more rows below: each holding a figure, or one shared blank row. */
function withRows(extra: number, filled: boolean): WorkbookSnapshot {
  const sheet = levelSheet({ rows: xuanThangUnits() });
  const width = sheet.values[0]!.length;
  const blank = { values: Array<CellValue>(width).fill(""), types: Array<CellType>(width).fill("empty") };
  const formats = Array<string>(width).fill("General");
  const fonts = Array<string | null>(width).fill(null);
  for (let i = 0; i < extra; i++) {
    const last = filled || i === extra - 1;
    sheet.values.push(last ? [...blank.values.slice(0, -1), 1] : blank.values);
    sheet.types.push(last ? [...blank.types.slice(0, -1), "number"] : blank.types);
    sheet.numberFormats.push(formats);
    sheet.fonts.push(fonts);
  }
  return { sheets: [sheet] };
}

describe("Tổng hợp too large for the pane", () => {
  test("more rows of data than the pane takes: said in Vietnamese (and English), no sheet written", async () => {
    const written: string[][] = [];
    const snapshot = withRows(PANE_SUMMARY_ROW_LIMIT, true);
    const vi = new Controller(port(snapshot, written));
    await vi.summarize();
    expect(vi.getState().error).toMatch(
      /quá lớn để tổng hợp trong ngăn này \(tối đa 20\.000 dòng\); không ghi trang nào/,
    );
    expect(vi.getState().error).not.toMatch(/Excel báo lỗi/);
    expect(vi.getState().running).toBeNull();
    const en = new Controller(port(snapshot, written));
    en.lang = "en";
    await en.summarize();
    expect(en.getState().error).toMatch(/too many to summarise in this pane \(at most 20,000\); no sheet written/);
    expect(written).toEqual([]);
  });

  test("a stray cell a million rows down is not a million rows: the summary is written", async () => {
    const written: string[][] = [];
    const controller = new Controller(port(withRows(1_048_000, false), written));
    await controller.summarize();
    expect(controller.getState().error).toBeNull();
    expect(written).toHaveLength(1);
    expect(written[0]).toContain("Tổng hợp");
  });
});
