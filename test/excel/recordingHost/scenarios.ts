import fs from "fs";
import path from "path";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookFile";
import { levelSheet, xuanThangUnits } from "../../builders/levelSheet";
import type { WorkbookPort } from "../../../src/core/port";
import { flagsFromIssues } from "../../../src/core/flags";
import { validateWorkbook } from "../../../src/core/validate";
import { summarizeWorkbooks } from "../../../src/core/summarize";
import { encodeTcvn3 } from "../../../src/core/text/encodeLegacy";

/**
 * The workloads the request-size tests and `npm run bench` share: the sample district with every
 * count typed as text (the worst Kiểm tra: nearly every figure flagged), and a province of district
 * summaries for Tổng hợp.
 */
export async function sampleDistrict(root: string): Promise<SheetSnapshot[]> {
  const dir = path.join(root, "seeds/thoi-lai-2022");
  const sheets: SheetSnapshot[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const book = await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, file))), file);
    for (const s of book.sheets) {
      // One workbook holds them all: a repeated name (each file's "Danh mục đơn vị") gets a number.
      let name = s.name;
      for (let n = 2; sheets.some((x) => x.name === name); n++) name = `${s.name.slice(0, 26)} ${n}`;
      sheets.push({ ...s, name });
    }
  }
  return sheets;
}

/** The same sheet with every number typed as text, as a sheet pasted from Word or a web form is. */
export function everyCountAsText(sheet: SheetSnapshot): SheetSnapshot {
  return {
    ...sheet,
    values: sheet.values.map((row) => row.map((v) => (typeof v === "number" ? String(v) : v))),
    types: sheet.types.map((row) => row.map((t) => (t === "number" ? "string" : t))),
  };
}

/** A province: `districts` district summaries of `grassroots` TCCSĐ each, as the province receives them. */
export function province(districts: number, grassroots: number): SheetSnapshot[] {
  return Array.from({ length: districts }, (_, d) =>
    levelSheet({
      name: `Huyện ${d + 1}`,
      organisation: `HUYỆN ỦY SỐ ${d + 1}`,
      parent: "TỈNH ỦY CẦN THƠ",
      unitLabel: "Tên tổ chức cơ sở đảng",
      rows: Array.from({ length: grassroots }, (_, i) => ({
        unit: `Đảng bộ xã ${d + 1}.${i + 1}`,
        excellent: 5 + (i % 4),
        good: 80 + ((i * 7) % 30),
        complete: 4 + (i % 5),
        fail: i % 3 === 0 ? 1 : 0,
      })),
    }),
  );
}

/**
 * Every button of the add-in once through a port, on a workbook that takes every path: a faulty
 * sheet, a sheet in a legacy encoding (fonts are read), a second Kiểm tra (old flags deleted),
 * Xóa đánh dấu, Tổng hợp twice (written, then rewritten in place), a jump to a cell, Nhập biểu.
 */
export async function everyButton(port: WorkbookPort): Promise<void> {
  const check = () => port.checkAndFlag((snap) => flagsFromIssues(validateWorkbook(snap).issues));
  const summarize = () =>
    port.summarizeInto(
      (snap, names) =>
        summarizeWorkbooks([{ name: "", snapshot: snap }], {
          linkSources: true,
          takenSheetNames: names.all.filter((n) => !names.owned.includes(n)),
        }).layouts,
    );
  await check();
  await check();
  await port.clearFlags();
  await summarize();
  await summarize();
  await port.selectCell("Lỗi", { row: 9, col: 2 });
  if (port.capabilities.importSheets) await port.importWorkbooks([{ name: "a.xlsx", bytes: new Uint8Array([80, 75]) }]);
}

/** The workbook `everyButton` runs on. */
export function everyPathWorkbook(): SheetSnapshot[] {
  const units = xuanThangUnits();
  units[0]!.set = { good: "" };
  units[1]!.set = { members: "19 " };
  return [
    levelSheet({ name: "Lỗi", rows: units }),
    levelSheet({ name: "Cũ", rows: xuanThangUnits(), font: ".VnTime", encodeText: encodeTcvn3 }),
  ];
}
