import * as XLSX from "@e965/xlsx";
import { BrowserWorkbook } from "../../src/xlsx/browserWorkbook";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { createOfficePort } from "../../src/excel/officePort";
import { validateWorkbook } from "../../src/core/validate";
import { flagsFromIssues } from "../../src/core/flags";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { OWNER_NAME } from "../../src/core/ownership";
import type { WorkbookNames } from "../../src/core/port";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { recordingHost } from "./recordingHost/recordingHost";

const faulty = (name: string) => {
  const units = xuanThangUnits();
  units[0]!.set = { good: "" };
  units[1]!.set = { members: "19 " };
  return levelSheet({ name, organisation: `ĐẢNG ỦY ${name.toUpperCase()}`, parent: "HUYỆN ỦY THỚI LAI", rows: units });
};
const build = (snap: WorkbookSnapshot, names: WorkbookNames) =>
  summarizeWorkbooks([{ name: "", snapshot: snap }], {
    linkSources: true,
    takenSheetNames: names.all.filter((n) => !names.owned.includes(n)),
  }).layouts;

/**
 * Opens written bytes as Excel would present them to the add-in: the sheets, the sheet-scoped
 * defined names and the conditional formats' rules, read by SheetJS from the file itself.
 */
async function openInHost(bytes: Uint8Array) {
  const snapshot = await readWorkbookBytes(bytes, "out.xlsx");
  const host = recordingHost(snapshot.sheets);
  const book = XLSX.read(bytes, { type: "array", bookFiles: true });
  for (const n of book.Workbook?.Names ?? []) if (n.Sheet !== undefined) host.model.sheets[n.Sheet]!.names.add(n.Name);
  const files = (
    book as unknown as { files: Record<string, { content?: Uint8Array; asNodeBuffer?: () => Uint8Array }> }
  ).files;
  book.SheetNames.forEach((_, i) => {
    const file = files[`xl/worksheets/sheet${i + 1}.xml`];
    const xml = new TextDecoder().decode(file?.content ?? file?.asNodeBuffer?.() ?? new Uint8Array());
    for (const m of xml.matchAll(/<conditionalFormatting sqref="([^"]+)">.*?<formula>(.*?)<\/formula>/g)) {
      const formula = `=${m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&")}`;
      host.model.sheets[i]!.formats.push({
        type: "Custom",
        address: m[1]!,
        custom: { rule: { formula }, format: { fill: { color: "" }, font: { color: "" } } },
        deleted: false,
      });
    }
  });
  return host;
}

describe("files written by the browser page and the command line carry the add-in's marks", () => {
  test("browser Tải về: Xóa đánh dấu in Excel removes its flags, Tổng hợp replaces its summaries", async () => {
    const page = new BrowserWorkbook();
    await page.open([{ name: "xa.xlsx", bytes: writeWithSheetJS([faulty("Xã 1"), faulty("Xã 2")], "xlsx") }]);
    let flags = 0;
    await page.checkAndFlag((snap) => {
      const f = flagsFromIssues(validateWorkbook(snap).issues);
      flags = f.length;
      return f;
    });
    const summaries = await page.summarizeInto(build);
    const host = await openInHost(await page.download());
    const sheetsBefore = host.model.sheets.map((s) => s.name);
    expect(host.model.sheets.filter((s) => s.names.has(OWNER_NAME)).map((s) => s.name)).toEqual(summaries);

    const port = createOfficePort(host.run);
    expect(flags).toBeGreaterThan(0);
    expect(await port.clearFlags()).toBe(flags);
    expect(host.model.sheets.flatMap((s) => s.formats.filter((f) => !f.deleted))).toEqual([]);
    expect(await port.summarizeInto(build)).toEqual(summaries);
    expect(host.model.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });

  test("command line summarize: its summary sheets are the add-in's own when the file is opened in Excel", async () => {
    const layouts = summarizeWorkbooks([{ name: "", snapshot: { sheets: [faulty("Xã 1"), faulty("Xã 2")] } }]).layouts;
    const host = await openInHost(await writeLayouts(layouts));
    expect(host.model.sheets.map((s) => [s.name, s.names.has(OWNER_NAME)])).toEqual(layouts.map((l) => [l.name, true]));
    const read = await createOfficePort(host.run).summarizeInto((snap, names) => {
      expect(names.owned).toEqual(layouts.map((l) => l.name));
      return [];
    });
    expect(read).toEqual([]);
  });
});
