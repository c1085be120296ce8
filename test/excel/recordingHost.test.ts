/** @jest-environment jsdom */
import { createOfficePort } from "../../src/excel/officePort";
import { validateWorkbook } from "../../src/core/validate";
import { flagsFromIssues } from "../../src/core/flags";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { recordingHost } from "./recordingHost/recordingHost";
import { fakeWorkbook, runnerFor } from "./fakeExcel";

const commune = (i: number) =>
  levelSheet({
    name: `Xã ${i}`,
    organisation: `ĐẢNG ỦY XÃ SỐ ${i}`,
    parent: "HUYỆN ỦY THỚI LAI",
    rows: xuanThangUnits(),
  });
const faulty = () => {
  const units = xuanThangUnits();
  units[0]!.set = { good: "" };
  units[1]!.set = { members: "19 " };
  return levelSheet({ name: "Lỗi", rows: units });
};
const check = (port: ReturnType<typeof createOfficePort>) =>
  port.checkAndFlag((snap) => flagsFromIssues(validateWorkbook(snap).issues));
const summarize = (port: ReturnType<typeof createOfficePort>) =>
  port.summarizeInto(
    (snap, names) =>
      summarizeWorkbooks([{ name: "", snapshot: snap }], {
        linkSources: true,
        takenSheetNames: names.all.filter((n) => !names.owned.includes(n)),
      }).layouts,
  );

describe("the adapter through Microsoft's Excel client, answered by a model workbook (recording host)", () => {
  test("Kiểm tra: 3 requests for 1 sheet and for 30, the expected cells painted, no cell written", async () => {
    for (const n of [1, 30]) {
      const host = recordingHost([faulty(), ...Array.from({ length: n - 1 }, (_, i) => commune(i + 1))]);
      await check(createOfficePort(host.run));
      expect(host.requests).toHaveLength(3);
      const lỗi = host.model.sheets[0]!;
      expect(lỗi.formats.filter((f) => !f.deleted).map((f) => [f.address, f.custom.format.fill.color])).toEqual([
        ["M8", "#FFC7CE"],
        ["C9", "#FFC7CE"],
        ["G9", "#FFC7CE"],
        ["C19", "#FFC7CE"],
      ]);
      expect(host.model.sheets.flatMap((s) => s.writes.filter((w) => !w.startsWith("conditionalFormat")))).toEqual([]);
    }
  });

  test("Xóa đánh dấu removes the add-in's flags and nothing else", async () => {
    const host = recordingHost([faulty()]);
    const port = createOfficePort(host.run);
    await check(port);
    const sheet = host.model.sheets[0]!;
    sheet.formats.push({
      type: "ColorScale",
      address: "C9:C19",
      custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
      deleted: false,
    });
    host.requests.length = 0;
    expect(await port.clearFlags()).toBeGreaterThan(0);
    expect(sheet.formats.filter((f) => !f.deleted).map((f) => f.type)).toEqual(["ColorScale"]);
    expect(host.requests.length).toBeLessThanOrEqual(3);
  });

  test("Tổng hợp: at most 3 requests, owned sheets marked, a second run rewrites them in place", async () => {
    const host = recordingHost([commune(1), commune(2)]);
    const port = createOfficePort(host.run);
    const first = await summarize(port);
    expect(host.requests.length).toBeLessThanOrEqual(3);
    expect(first.length).toBeGreaterThan(0);
    for (const name of first)
      expect(host.model.sheets.find((s) => s.name === name)!.customProperties.get("xeploai")).toBe("summary");
    const count = host.model.sheets.length;
    expect(await summarize(port)).toEqual(first);
    expect(host.model.sheets).toHaveLength(count);
  });
});

describe("the earlier fake's entry points, over the recording host", () => {
  test("fakeWorkbook and runnerFor run the adapter, and a written sheet's formulas read back", async () => {
    const wb = fakeWorkbook([commune(1), commune(2)]);
    const names = await summarize(createOfficePort(runnerFor(wb)));
    expect(wb.syncs()).toBe(3);
    const written = wb.sheets.find((s) => s.name === names[0])!;
    expect(written.customProperties.get("xeploai")).toBe("summary");
    const grid = written.formulas!;
    // The links to the communes' sheets, quoted, and the unit names as typed.
    expect(grid.flat().filter((v) => typeof v === "string" && v.startsWith("='Xã 1'!")).length).toBeGreaterThan(0);
    expect(grid.flat()).toContain("ĐẢNG ỦY XÃ SỐ 1");
  });
});
