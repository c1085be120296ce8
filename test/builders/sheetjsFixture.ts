import * as XLSX from "@e965/xlsx";
import type { SheetSnapshot } from "../../src/core/snapshot";

/**
 * Writes a sheet snapshot with SheetJS, a writer other than the project's own (ExcelJS), as
 * .xlsx or as legacy .xls (BIFF8). Formulas can be attached with their cached results.
 */
export function writeWithSheetJS(
  sheets: SheetSnapshot[],
  bookType: "xlsx" | "biff8",
  formulas: Record<string, Record<string, string>> = {},
): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws: XLSX.WorkSheet = {};
    let maxR = 0;
    let maxC = 0;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const t = s.types[r]![c];
        const addr = XLSX.utils.encode_cell({ r: r + s.origin.row, c: c + s.origin.col });
        if (t === "empty") {
          // A formula without a result, as programs that are not Excel write them.
          const f = formulas[s.name]?.[addr];
          if (f) {
            ws[addr] = { t: "z", f } as unknown as XLSX.CellObject;
            maxR = Math.max(maxR, r + s.origin.row);
            maxC = Math.max(maxC, c + s.origin.col);
          }
          return;
        }
        const cell: XLSX.CellObject =
          t === "error"
            ? { t: "e", v: 0x17, w: String(v) }
            : typeof v === "number"
              ? { t: "n", v }
              : typeof v === "boolean"
                ? { t: "b", v }
                : { t: "s", v: String(v) };
        const f = formulas[s.name]?.[addr];
        if (f) cell.f = f;
        const fmt = s.numberFormats[r]?.[c];
        if (fmt && fmt !== "General") cell.z = fmt;
        ws[addr] = cell;
        maxR = Math.max(maxR, r + s.origin.row);
        maxC = Math.max(maxC, c + s.origin.col);
      }),
    );
    ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
    ws["!merges"] = s.merges.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
}
