import type { CellType, CellValue, RangeRef } from "../../core/snapshot";
import { ReadError } from "../ReadError";
import { LIMITS } from "../limits";
import type { XlsxPackage } from "./XlsxPackage";
import { detach, type Attrs } from "./scanXml";
import { newRow, setCell, type RowCells } from "./SheetCells";

/** A formula with no cached result: Excel has not calculated it (files written by other tools). */
export interface Uncalculated {
  row: number;
  col: number;
  formula: string;
}

export interface SheetXml {
  rows: RowCells[];
  merges: RangeRef[];
  /** Column styles from `<cols>`, by column. */
  colStyles: number[];
  uncalculated: Uncalculated[];
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

/** "BC12" → { row: 11, col: 54 }; null when not a cell address. */
export function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
  }
  if (col === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i).replace("$", ""));
  if (!Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/**
 * Streams one worksheet part into rows of cells: the XML is never held whole and only cells that
 * are in the XML take memory. Rows and cells without an `r` attribute follow the one before.
 * Counts the cells that hold something against the workbook's limit (`budget`).
 */
export function readSheetXml(
  pkg: XlsxPackage,
  part: string,
  strings: readonly string[],
  date1904: boolean,
  budget: { cells: number },
): SheetXml {
  const rows: RowCells[] = [];
  const merges: RangeRef[] = [];
  const colStyles: number[] = [];
  const uncalculated: Uncalculated[] = [];
  const shared = new SharedValues();
  let row: RowCells | null = null;
  let nextRow = 0;
  let nextCol = 0;
  // The cell being read.
  let col = 0;
  let t = "n";
  let style = -1;
  let v = "";
  let hasV = false;
  let f = "";
  let hasF = false;
  let inline = "";
  let inIs = false;
  let phonetic = 0;
  let textOf: "v" | "f" | "t" | null = null;

  const endCell = () => {
    const [value, type] = cellValue();
    if (type !== "empty" && --budget.cells < 0)
      throw new ReadError(pkg.file, "too-large", `> ${LIMITS.cells.toLocaleString("en")} cells`);
    if (hasF && !hasV && f.trim() !== "") uncalculated.push({ row: row!.row, col, formula: detach(f) });
    if (type !== "empty" || style !== -2) setCell(row!, col, value, type, style);
  };

  // Formatting far below the table costs nothing: empty cells at a row's end, and rows with no
  // value at all, are dropped as soon as the row ends.
  // Arrays shared between alike rows: never changed in place afterwards (copied first).
  let lastStyles: number[] = [];
  let lastTypes: CellType[] = [];
  const endRow = () => {
    const last = rows[rows.length - 1];
    if (last) {
      let n = last.types.length;
      while (n > 0 && last.types[n - 1] === "empty") n--;
      // Copied to arrays of the exact length: arrays grown by push keep up to twice the room.
      if (n > 0) {
        last.values = last.values.slice(0, n);
        last.types = last.types.slice(0, n);
      } else {
        last.values = [];
        last.types = [];
      }
      // A row of formatting only keeps its styles (the number formats of blank cells inside the
      // table), shared with the row before when alike: a million formatted rows cost little.
      if (n === 0 && !last.styles.some((st) => st >= 0)) rows.pop();
      else {
        if (sameStyles(last.styles, lastStyles)) last.styles = lastStyles;
        else lastStyles = last.styles;
        // Types too: a million unit rows have a handful of distinct type patterns.
        if (sameStyles(last.types, lastTypes)) last.types = lastTypes;
        else lastTypes = last.types;
      }
    }
    row = null;
  };

  const cellValue = (): [CellValue, CellType] => {
    if (t === "inlineStr") return inline === "" ? ["", "empty"] : [shared.text(inline), "string"];
    if (!hasV) return ["", "empty"];
    switch (t) {
      case "s": {
        const s = strings[Number(v)];
        return s === undefined || s === "" ? ["", "empty"] : [s, "string"];
      }
      case "str":
        return v === "" ? ["", "empty"] : [shared.text(v), "string"];
      case "b":
        return [parseInt(v, 10) !== 0, "boolean"];
      case "e":
        return [detach(v), "error"];
      case "d": {
        const ms = Date.parse(v);
        if (Number.isNaN(ms)) return [detach(v), "string"];
        return [(ms - (date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS)) / 86_400_000, "number"];
      }
      default: {
        if (v.trim() === "") return ["", "empty"];
        const n = shared.number(v);
        return Number.isFinite(n) ? [n, "number"] : ["#NUM!", "error"];
      }
    }
  };

  const handler = {
    wantText: false,
    open(name: string, a: Attrs) {
      switch (name) {
        case "row": {
          const ra = a.get("r");
          const r = ra === undefined ? nextRow : Number(ra) - 1;
          if (!Number.isInteger(r) || r < 0 || r > 1_048_575) throw new ReadError(pkg.file, "corrupt", `row ${ra}`);
          const rs = a.get("s");
          row = newRow(r, rs === undefined ? -1 : Number(rs));
          rows.push(row);
          nextRow = r + 1;
          nextCol = 0;
          return;
        }
        case "c": {
          if (!row) {
            // A cell outside any row: read as a row of its own.
            if (rows.length) endRow();
            row = newRow(nextRow, -1);
            rows.push(row);
            nextRow++;
          }
          const ra = a.get("r");
          const ref = ra === undefined ? null : parseRef(ra);
          col = ref ? ref.col : nextCol;
          if (ref && ref.row !== row.row) {
            // The address names another row than the <row> around it: trust the address.
            endRow();
            row = newRow(ref.row, -1);
            rows.push(row);
            nextRow = ref.row + 1;
          }
          if (col > 16_383) throw new ReadError(pkg.file, "corrupt", `column ${ra}`);
          nextCol = col + 1;
          t = a.get("t") ?? "n";
          // Style 0 (or none) on a cell in the XML is no style at all, as ExcelJS reads it (-2);
          // -1 is kept for cells not in the XML, which take the row's or column's style.
          const cs = a.get("s");
          style = cs === undefined ? -2 : Number(cs) || -2;
          v = "";
          hasV = false;
          f = "";
          hasF = false;
          inline = "";
          return;
        }
        case "v":
          hasV = true;
          textOf = "v";
          handler.wantText = true;
          return;
        case "f":
          hasF = true;
          textOf = "f";
          handler.wantText = true;
          return;
        case "is":
          inIs = true;
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (inIs && phonetic === 0) {
            textOf = "t";
            handler.wantText = true;
          }
          return;
        case "mergeCell": {
          const [s, e] = (a.get("ref") ?? "").split(":");
          const start = s ? parseRef(s) : null;
          const end = e ? parseRef(e) : start;
          if (start && end) merges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
          return;
        }
        case "col": {
          const st = a.get("style");
          if (st === undefined) return;
          const min = Number(a.get("min"));
          const max = Math.min(Number(a.get("max")), 16_384);
          for (let c = min; c <= max && Number.isInteger(c); c++) colStyles[c - 1] = Number(st);
          return;
        }
      }
    },
    close(name: string) {
      switch (name) {
        case "v":
        case "f":
        case "t":
          textOf = null;
          handler.wantText = false;
          return;
        case "is":
          inIs = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c":
          endCell();
          return;
        case "row":
          endRow();
          return;
      }
    },
    text(text: string) {
      if (textOf === "v") v += text;
      else if (textOf === "f") f += text;
      else if (textOf === "t") inline += text;
    },
  };
  pkg.scan(part, handler, LIMITS.partBytes);
  if (row) endRow();
  return { rows, merges, colStyles, uncalculated };
}

/**
 * Alike values read once: text typed in every row without the shared-strings table (inline
 * strings, formula results such as a rating "Hoàn thành tốt nhiệm vụ") and fractional numbers
 * (shares such as 91.56, each a boxed number of its own otherwise) are kept as one value each. On
 * a sheet of a million rows this spares a copy per cell. Bounded: a full cache starts again.
 */
class SharedValues {
  private static readonly LIMIT = 65_536;
  private readonly texts = new Map<string, string>();
  private readonly numbers = new Map<string, number>();

  text(s: string): string {
    // A long text is rarely typed twice: detached (not a slice of the part's XML) and not kept.
    if (s.length > 64) return detach(s);
    const hit = this.texts.get(s);
    if (hit !== undefined) return hit;
    if (this.texts.size >= SharedValues.LIMIT) this.texts.clear();
    const own = detach(s);
    this.texts.set(own, own);
    return own;
  }

  number(v: string): number {
    // Whole numbers are small integers in the engine's arrays already: only fractions are kept.
    if (v.length > 24 || !/[.eE]/.test(v)) return parseFloat(v);
    const hit = this.numbers.get(v);
    if (hit !== undefined) return hit;
    if (this.numbers.size >= SharedValues.LIMIT) this.numbers.clear();
    const n = parseFloat(v);
    this.numbers.set(detach(v), n);
    return n;
  }
}

function sameStyles<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
