import fs from "fs";
import path from "path";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookFile";
import { levelSheet } from "../../builders/levelSheet";

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
