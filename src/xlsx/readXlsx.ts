import ExcelJS from "exceljs";
import {
  emptySheet,
  type CellType,
  type CellValue,
  type RangeRef,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../core/snapshot";
import { parseA1 } from "../core/issues/a1";
import { ReadError } from "./ReadError";

// Excel's day zero (1899-12-30, counting the 1900 leap-year bug), as ExcelJS reads dates back.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/** Reads .xlsx bytes into the engine's snapshot, with Excel's own view of each cell. */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array, file: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; it reads any ArrayBuffer view (JSZip underneath).
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new ReadError(file, "corrupt", err instanceof Error ? err.message : String(err));
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets = workbook.worksheets.map((ws) => readSheet(ws, date1904));
  await fillFormulaResults(bytes, sheets);
  return { sheets };
}

/** A formula cell whose result ExcelJS did not give: its sheet, its place in the snapshot, its formula. */
const missingResults = new WeakMap<SheetSnapshot, { r: number; c: number; formula: string }[]>();

/**
 * ExcelJS drops a formula's cached result when it is 0 (its cell model copies only truthy
 * results), and a file written by a program may carry formulas with no result at all. For such
 * cells, and only when there are some, SheetJS reads the same bytes: a cached result (0 included)
 * is the value; a formula without one goes to `formulas` for the engine to compute or report.
 */
async function fillFormulaResults(bytes: ArrayBuffer | Uint8Array, sheets: SheetSnapshot[]): Promise<void> {
  if (!sheets.some((s) => (missingResults.get(s)?.length ?? 0) > 0)) return;
  const XLSX = await import("@e965/xlsx");
  const book = XLSX.read(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {
    type: "array",
    cellFormula: true,
    cellHTML: false,
    cellText: false,
    cellStyles: false,
    sheets: sheets.filter((s) => missingResults.has(s)).map((s) => s.name),
  });
  for (const s of sheets) {
    const missing = missingResults.get(s);
    const ws = book.Sheets[s.name];
    if (!missing || !ws) continue;
    for (const m of missing) {
      const cell = ws[XLSX.utils.encode_cell({ r: m.r + s.origin.row, c: m.c + s.origin.col })] as
        | { t?: string; v?: unknown; f?: string }
        | undefined;
      const v = cell?.v;
      if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") {
        const read = cell?.t === "e" ? { value: String(v), type: "error" as const } : readValue(v);
        s.values[m.r]![m.c] = read.value;
        s.types[m.r]![m.c] = read.type;
      } else {
        s.formulas ??= s.values.map((row) => row.map(() => null));
        // SheetJS spells out a shared formula in each cell; ExcelJS names the master's.
        s.formulas[m.r]![m.c] = cell?.f ?? m.formula;
      }
    }
  }
}

interface Read {
  value: CellValue;
  type: CellType;
}

/** A cell as Excel reports it: a formula's cached result, an error as its code, a date as its serial. */
export function readValue(raw: ExcelJS.CellValue, date1904 = false): Read {
  if (raw === null || raw === undefined) return { value: "", type: "empty" };
  if (typeof raw === "number")
    return Number.isFinite(raw) ? { value: raw, type: "number" } : { value: "#NUM!", type: "error" };
  if (typeof raw === "string") return raw === "" ? { value: "", type: "empty" } : { value: raw, type: "string" };
  if (typeof raw === "boolean") return { value: raw, type: "boolean" };
  if (raw instanceof Date) {
    const serial = (raw.getTime() - (date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS)) / DAY_MS;
    return { value: serial, type: "number" };
  }
  if (typeof raw === "object") {
    if ("error" in raw && typeof raw.error === "string") return { value: raw.error, type: "error" };
    if ("richText" in raw && Array.isArray(raw.richText))
      return readValue(raw.richText.map((r) => r.text).join(""), date1904);
    if ("formula" in raw || "sharedFormula" in raw) {
      const result = (raw as { result?: ExcelJS.CellValue }).result;
      return readValue(result === undefined ? null : result, date1904);
    }
    if ("text" in raw && typeof (raw as { text: unknown }).text === "string")
      return readValue((raw as { text: string }).text, date1904);
  }
  return { value: String(raw), type: "string" };
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const merges: RangeRef[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b] = ref.split(":");
    const start = a ? parseA1(a) : null;
    const end = b ? parseA1(b) : start;
    if (start && end) merges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
  }
  // The used range (values only): the smallest block that holds every non-blank cell.
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (readValue(cell.value, date1904).type === "empty" && formulaWithoutResult(cell.value) === null) return;
      top = Math.min(top, r - 1);
      bottom = Math.max(bottom, r - 1);
      left = Math.min(left, c - 1);
      right = Math.max(right, c - 1);
    });
  });
  if (bottom < 0) return { ...emptySheet(ws.name), merges };
  const sheet: SheetSnapshot = emptySheet(ws.name);
  const values: CellValue[][] = [];
  const types: CellType[][] = [];
  const numberFormats: string[][] = [];
  const fonts: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r + 1);
    const vr: CellValue[] = [];
    const tr: CellType[] = [];
    const fr: string[] = [];
    const nr: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c + 1);
      // ExcelJS gives every cell of a merged area the first cell's value; Excel reports them blank.
      const own =
        cell.isMerged && cell.master !== cell ? { value: "", type: "empty" as const } : readValue(cell.value, date1904);
      const formula = formulaWithoutResult(cell.value);
      if (formula !== null && !(cell.isMerged && cell.master !== cell)) {
        const list = missingResults.get(sheet) ?? [];
        list.push({ r: r - top, c: c - left, formula });
        missingResults.set(sheet, list);
      }
      vr.push(own.value);
      tr.push(own.type);
      fr.push(cell.numFmt || "General");
      nr.push(own.type === "string" ? (cell.font?.name ?? null) : null);
    }
    values.push(vr);
    types.push(tr);
    numberFormats.push(fr);
    fonts.push(nr);
  }
  Object.assign(sheet, { origin: { row: top, col: left }, values, types, numberFormats, merges, fonts });
  return sheet;
}

/** The formula of a cell that ExcelJS gives without a result, else `null`. */
function formulaWithoutResult(raw: ExcelJS.CellValue): string | null {
  if (raw === null || typeof raw !== "object" || !("formula" in raw || "sharedFormula" in raw)) return null;
  const v = raw as { formula?: string; sharedFormula?: string; result?: unknown };
  if (v.result !== undefined && v.result !== null) return null;
  return v.formula ?? v.sharedFormula ?? "";
}
