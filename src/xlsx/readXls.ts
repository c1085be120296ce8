import {
  emptySheet,
  type CellType,
  type CellValue,
  type RangeRef,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../core/snapshot";
import { ReadError } from "./ReadError";

/**
 * Reads the legacy .xls format (Excel 97–2003) with SheetJS Community Edition 0.20.3, as
 * republished on the npm registry (@e965/xlsx): the `xlsx` package there is frozen at 0.18.5,
 * which has known advisories fixed in 0.19.3 and 0.20.2. Loaded only when an .xls file arrives.
 * An .xls read outside Excel carries no font names: legacy text is judged from the text itself.
 */
export async function readXls(bytes: Uint8Array, file: string): Promise<WorkbookSnapshot> {
  const XLSX = await import("@e965/xlsx");
  let wb: import("@e965/xlsx").WorkBook;
  try {
    wb = XLSX.read(bytes, { type: "array", cellFormula: false, cellNF: true, cellDates: false, cellStyles: false });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(message)) throw new ReadError(file, "encrypted");
    throw new ReadError(file, "corrupt", message);
  }
  return {
    sheets: wb.SheetNames.map((name): SheetSnapshot => {
      const ws = wb.Sheets[name];
      if (!ws || !ws["!ref"]) return emptySheet(name);
      const range = XLSX.utils.decode_range(ws["!ref"]);
      const values: CellValue[][] = [];
      const types: CellType[][] = [];
      const numberFormats: string[][] = [];
      const fonts: (string | null)[][] = [];
      for (let r = range.s.r; r <= range.e.r; r++) {
        const vr: CellValue[] = [];
        const tr: CellType[] = [];
        const fr: string[] = [];
        for (let c = range.s.c; c <= range.e.c; c++) {
          const cell = ws[XLSX.utils.encode_cell({ r, c })] as import("@e965/xlsx").CellObject | undefined;
          const [v, t] = xlsValue(cell);
          vr.push(v);
          tr.push(t);
          fr.push(typeof cell?.z === "string" ? cell.z : "General");
        }
        values.push(vr);
        types.push(tr);
        numberFormats.push(fr);
        fonts.push(vr.map(() => null));
      }
      const merges: RangeRef[] = (ws["!merges"] ?? []).map((m) => ({
        top: m.s.r,
        left: m.s.c,
        bottom: m.e.r,
        right: m.e.c,
      }));
      return { name, origin: { row: range.s.r, col: range.s.c }, values, types, numberFormats, merges, fonts };
    }),
  };
}

function xlsValue(cell: import("@e965/xlsx").CellObject | undefined): [CellValue, CellType] {
  if (!cell || cell.v === undefined || cell.v === null) return ["", "empty"];
  switch (cell.t) {
    case "n":
      return [Number(cell.v), "number"];
    case "b":
      return [Boolean(cell.v), "boolean"];
    case "e":
      return [typeof cell.w === "string" ? cell.w : "#N/A", "error"];
    case "s":
      return cell.v === "" ? ["", "empty"] : [String(cell.v), "string"];
    case "d":
      return [String(cell.w ?? cell.v), "string"];
    default:
      return ["", "empty"];
  }
}
