import type { CellRef, CellType, CellValue, RangeRef, SheetSnapshot } from "../snapshot";
import { decodeLegacy, fontEncoding, type LegacyEncoding } from "../text/legacyEncoding";
import { detectEncoding, hasLegacySignal } from "../text/detectEncoding";
import { tidyText } from "../text/foldKey";

/** Tidies each line and keeps the line breaks: a title cell may hold two lines. */
function tidyLines(text: string): string {
  if (!/[\r\n]/.test(text)) return tidyText(text);
  return text
    .split(/\r?\n|\r/)
    .map(tidyText)
    .filter((l) => l !== "")
    .join("\n");
}
import { plausibility } from "../text/syllable";
import { evaluateFormula } from "./evaluateFormula";

/** What the sheet's legacy-encoded text was, for TPL-LEGACY-ENCODING and its fix. */
export interface LegacyText {
  encoding: LegacyEncoding;
  cells: CellRef[];
  /** One example, as typed and as decoded. */
  example: { from: string; to: string };
}

/**
 * A sheet snapshot with absolute addressing and its text decoded (legacy encodings, NFC, spaces).
 * Never throws: a ragged or empty snapshot reads as blank cells.
 */
export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number; // exclusive
  readonly right: number; // exclusive
  readonly merges: readonly RangeRef[];
  readonly legacy: LegacyText | null;
  /**
   * Decoded text by row and column of the snapshot (not absolute), kept only where it differs from
   * the cell's own text (a legacy encoding decoded, spaces tidied): most rows keep nothing, so a
   * sheet of a million rows costs no second copy of its text.
   */
  private readonly texts: ((string | undefined)[] | undefined)[];
  /** Formulas without a result in the file: computed values, or the marker of one not computed. */
  private readonly computed: Map<number, number | null> | null;
  /** Cells whose formula has no result in the file and could not be computed (absolute). */
  readonly uncalculated: CellRef[];

  constructor(private readonly sheet: SheetSnapshot) {
    this.name = String(sheet.name ?? "");
    this.top = sheet.origin?.row ?? 0;
    this.left = sheet.origin?.col ?? 0;
    const values = Array.isArray(sheet.values) ? sheet.values : [];
    this.bottom = this.top + values.length;
    const rows = scanRows(sheet, this.top, this.bottom);
    this.right = this.left + rows.width;
    this.filledRuns = rows.runs;
    this.merges = Array.isArray(sheet.merges) ? sheet.merges : [];
    const decoded = decodeTexts(this, sheet);
    this.texts = decoded.texts;
    this.legacy = decoded.legacy;
    const formulas = computeFormulas(this, sheet);
    this.computed = formulas.computed;
    this.uncalculated = formulas.uncalculated;
  }

  value(r: number, c: number): CellValue {
    if (this.computed !== null) {
      const k = this.computed.get(cellKey(r, c));
      if (k !== undefined) return k === null ? NOT_CALCULATED : k;
    }
    const v = this.sheet.values[r - this.top]?.[c - this.left];
    return v === undefined || v === null ? "" : v;
  }

  type(r: number, c: number): CellType {
    if (this.computed !== null) {
      const k = this.computed.get(cellKey(r, c));
      if (k !== undefined) return k === null ? "error" : "number";
    }
    const t = this.sheet.types?.[r - this.top]?.[c - this.left];
    if (t) return t;
    const v = this.value(r, c);
    if (v === "") return "empty";
    return typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "string";
  }

  format(r: number, c: number): string {
    return this.sheet.numberFormats?.[r - this.top]?.[c - this.left] ?? "General";
  }

  font(r: number, c: number): string | null {
    return this.sheet.fonts?.[r - this.top]?.[c - this.left] ?? null;
  }

  /** The decoded, tidied text of a text cell (lines kept); "" for any other cell. */
  text(r: number, c: number): string {
    const i = r - this.top;
    const j = c - this.left;
    const decoded = this.texts[i]?.[j];
    if (decoded !== undefined) return decoded;
    const raw = this.sheet.values[i]?.[j];
    return isText(this.sheet, raw, i, j) ? raw : "";
  }

  /** The merged area that holds a cell, if any. */
  mergeAt(r: number, c: number): RangeRef | undefined {
    return this.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }

  /** A cell's text, or that of the merged area's first cell (Excel shows the anchor's value). */
  textFilled(r: number, c: number): string {
    const own = this.text(r, c);
    if (own !== "") return own;
    const m = this.mergeAt(r, c);
    return m ? this.text(m.top, m.left) : "";
  }

  /** `true` when no cell of the row in [left, right) holds anything. */
  isBlankRow(r: number, left = this.left, right = this.right): boolean {
    for (let c = left; c < right; c++) if (!isBlankValue(this.value(r, c))) return false;
    return true;
  }

  /** Runs of rows holding something, as [first, end) pairs. */
  private readonly filledRuns: Int32Array;

  /**
   * The first row at or after `r` that may hold anything (a value, a type other than empty, a
   * formula), or `bottom`: a run of empty rows (a stray cell a million rows below the table) is
   * skipped in one step. With `col`, rows of a merged area over that column count too, for
   * callers that read `textFilled` there.
   */
  nextFilledRow(r: number, col?: number): number {
    if (r >= this.bottom) return this.bottom;
    const runs = this.filledRuns;
    let lo = 0;
    let hi = runs.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[2 * mid + 1]! <= r) lo = mid + 1;
      else hi = mid;
    }
    let next = lo < runs.length / 2 ? Math.max(r, runs[2 * lo]!) : this.bottom;
    if (col !== undefined)
      for (const m of this.merges)
        if (m.left <= col && col <= m.right && m.bottom >= r && m.top < next) next = Math.max(r, m.top);
    return next;
  }
}

/**
 * The widest row, and the runs of rows that hold anything (absolute): one pass, in which a row
 * given as the same array as the row before (the streaming reader's shared blank row) is judged once.
 */
function scanRows(sheet: SheetSnapshot, top: number, bottom: number): { width: number; runs: Int32Array } {
  const values = rowsOf(sheet.values);
  const types = rowsOf(sheet.types);
  const formulas = Array.isArray(sheet.formulas) ? sheet.formulas : null;
  let v: unknown = null;
  let t: unknown = null;
  let f: unknown = null;
  let inV = false;
  let inT = false;
  let inF = false;
  let width = 0;
  const runs: number[] = [];
  for (let i = 0; i < bottom - top; i++) {
    if (values[i] !== v) {
      inV = holdsAny((v = values[i]), "");
      if (Array.isArray(v) && v.length > width) width = v.length;
    }
    if (types[i] !== t) inT = holdsAny((t = types[i]), "empty");
    if (formulas !== null && formulas[i] !== f) inF = holdsAny((f = formulas[i]), "");
    if (!inV && !inT && !inF) continue;
    if (runs.length > 0 && runs[runs.length - 1] === top + i) runs[runs.length - 1] = top + i + 1;
    else runs.push(top + i, top + i + 1);
  }
  return { width, runs: Int32Array.from(runs) };
}

const rowsOf = (rows: unknown): readonly unknown[] => (Array.isArray(rows) ? rows : []);

/** `true` when a row holds a cell other than undefined, null, "" and `none`. */
function holdsAny(row: unknown, none: string): boolean {
  if (!Array.isArray(row)) return false;
  for (let j = 0; j < row.length; j++) {
    const x: unknown = row[j];
    if (x !== undefined && x !== null && x !== "" && x !== none) return true;
  }
  return false;
}

/** The error code an uncomputed formula reads as: never a number, never summed as 0. */
export const NOT_CALCULATED = "#CALC!";

const cellKey = (r: number, c: number) => r * 16384 + c;

/** Computes the formulas a file carries without results (see SheetSnapshot.formulas). */
function computeFormulas(
  grid: Grid,
  sheet: SheetSnapshot,
): { computed: Map<number, number | null> | null; uncalculated: CellRef[] } {
  const formulas = sheet.formulas;
  if (!Array.isArray(formulas)) return { computed: null, uncalculated: [] };
  const pending = new Map<number, string>();
  formulas.forEach((row, i) =>
    row?.forEach((f, j) => {
      if (typeof f === "string" && f !== "") pending.set(cellKey(grid.top + i, grid.left + j), f);
    }),
  );
  if (pending.size === 0) return { computed: null, uncalculated: [] };
  const computed = new Map<number, number | null>();
  const visiting = new Set<number>();
  const valueOf = (r: number, c: number): number | null => {
    const k = cellKey(r, c);
    const f = pending.get(k);
    if (f !== undefined) {
      if (computed.has(k)) return computed.get(k)!;
      if (visiting.has(k)) return null; // a cycle
      visiting.add(k);
      const v = evaluateFormula(f, valueOf);
      visiting.delete(k);
      computed.set(k, v);
      return v;
    }
    const v = sheet.values[r - grid.top]?.[c - grid.left];
    return typeof v === "number" ? v : 0;
  };
  const uncalculated: CellRef[] = [];
  for (const k of pending.keys()) {
    const r = Math.floor(k / 16384);
    const c = k % 16384;
    if (valueOf(r, c) === null) uncalculated.push({ row: r, col: c });
  }
  return { computed, uncalculated };
}

const LATIN1 = /[\u00c0-\u00ff]/;
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

export function isBlankValue(v: CellValue | undefined | null): boolean {
  return v === undefined || v === null || v === "" || (typeof v === "string" && v.trim() === "");
}

/** A cell that holds text (an error cell's code is not text). */
function isText(sheet: SheetSnapshot, v: unknown, i: number, j: number): v is string {
  return typeof v === "string" && v !== "" && sheet.types?.[i]?.[j] !== "error";
}

function decodeTexts(
  grid: Grid,
  sheet: SheetSnapshot,
): { texts: ((string | undefined)[] | undefined)[]; legacy: LegacyText | null } {
  const values = Array.isArray(sheet.values) ? sheet.values : [];
  const fontAt = (i: number, j: number) => sheet.fonts?.[i]?.[j] ?? null;
  // The sheet's own verdict, from the signed text of cells whose font does not already say.
  const signed: string[] = [];
  const next = (i: number) => grid.nextFilledRow(grid.top + i) - grid.top;
  for (let i = next(0); i < values.length; i = next(i + 1)) {
    const row = values[i];
    if (!Array.isArray(row)) continue;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (isText(sheet, v, i, j) && hasLegacySignal(v) && !fontEncoding(fontAt(i, j))) signed.push(v);
    }
  }
  const verdict = detectEncoding(signed);
  // Grown only where a row keeps text (the header, a legacy sheet): not a slot for every row.
  const texts: ((string | undefined)[] | undefined)[] = [];
  let legacy: LegacyText | null = null;
  for (let i = next(0); i < values.length; i = next(i + 1)) {
    const row = values[i];
    if (!Array.isArray(row)) continue;
    let out: (string | undefined)[] | undefined;
    for (let j = 0; j < row.length; j++) {
      const raw = row[j];
      if (!isText(sheet, raw, i, j)) continue;
      const font = fontAt(i, j);
      const declared = font === null ? null : fontEncoding(font);
      let text: string = raw;
      let encoding: LegacyEncoding | null = null;
      // A legacy font is authoritative: its text is decoded whatever it looks like ("Céng" is "Cộng").
      if (declared && (/[\u00a0-\u00ff]/.test(text) || declared.upper)) {
        encoding = declared.encoding;
        text = decodeLegacy(text, declared.encoding, declared.upper);
      } else if (!declared && verdict.encoding && (hasLegacySignal(text) || LATIN1.test(text))) {
        // On a sheet judged legacy, a cell whose legacy letters happen to be Vietnamese ones too
        // ("Céng" for Cộng, "Chi bé Êp" for Chi bộ ấp) is decoded unless it reads worse. Text with
        // letters beyond Latin-1 (ư, ơ, đ, ộ) is Unicode already: decoded only if that reads better.
        const legacyAlphabet = hasLegacySignal(text) || !BEYOND_LATIN1.test(text);
        const decoded = decodeLegacy(text, verdict.encoding);
        const gain = plausibility(decoded).good - plausibility(text).good;
        if (legacyAlphabet ? gain >= 0 : gain > 0) {
          encoding = verdict.encoding;
          text = decoded;
        }
      }
      if (encoding && text !== raw) {
        if (!legacy) legacy = { encoding, cells: [], example: { from: raw, to: tidyText(text) } };
        legacy.cells.push({ row: grid.top + i, col: grid.left + j });
      }
      const tidy = tidyLines(text);
      if (tidy !== raw) (out ??= texts[i] = new Array<string | undefined>(row.length))[j] = tidy;
    }
  }
  return { texts, legacy };
}
