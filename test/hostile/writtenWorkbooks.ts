import fs from "fs";
import * as XLSX from "@e965/xlsx";

/**
 * A written workbook opens in Excel: read back by a second reader (SheetJS), it has at least one
 * sheet, a `<sheets>` list, and no number that is not finite (Excel refuses Infinity and NaN).
 */
export function expectOpensInExcel(file: string): void {
  const bytes = fs.readFileSync(file);
  const wb = XLSX.read(bytes, { type: "buffer" });
  expect(wb.SheetNames.length).toBeGreaterThan(0);
  const zip = XLSX.CFB.read(bytes, { type: "buffer" });
  const book = XLSX.CFB.find(zip, "/xl/workbook.xml");
  expect(book).toBeTruthy();
  expect(Buffer.from(book!.content as Uint8Array).toString("utf8")).toMatch(/<sheets>.*<sheet /s);
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name]!;
    for (const [addr, cell] of Object.entries(ws)) {
      if (addr.startsWith("!")) continue;
      const c = cell as XLSX.CellObject;
      if (c.t === "n") expect(Number.isFinite(c.v)).toBe(true);
    }
  }
  expect(bytes.toString("latin1")).not.toMatch(/>(-?Infinity|NaN)</);
}
