import type { CellRef } from "../snapshot";
import type { BlockKey, ColumnKey } from "../model/template";
import type { Rating } from "../model/Rating";
import { Grid } from "./Grid";
import { matchLabel, type LabelMeaning } from "./matchLabel";

export interface HeaderMatch {
  top: number;
  bottom: number;
  numbersRow: number | null;
  left: number;
  right: number;
  columns: Partial<Record<ColumnKey, number>>;
  duplicates: { key: ColumnKey; cols: number[] }[];
  oldHeader: CellRef | null;
  /** Distinct keys recognised. */
  score: number;
}

/** How far down a header may start: title blocks are rarely taller than this. */
const SEARCH_ROWS = 60;
/** A header band is at most this many rows (group, sub-group, Số lượng / Tỷ lệ). */
const MAX_BAND = 4;
/** Labels a row needs to be a header candidate; keys a band needs to make a level sheet. */
const MIN_ROW_LABELS = 3;
export const MIN_KEYS = 4;
/** A header with this many keys is the one: the search stops a little below it. */
const STRONG = 8;

/**
 * Finds the header band by its labels, never by address: title rows of any height above,
 * one to four header rows, merged group labels, columns in any order, extra columns ignored.
 */
export function findHeader(grid: Grid): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const last = Math.min(grid.bottom, grid.top + SEARCH_ROWS);
  for (let r = grid.top; r < last; r++) {
    // Past a strong header and its band, the rows are data: no need to read every unit name.
    if (best && best.score >= STRONG && r > best.bottom + 2) break;
    let labels = 0;
    for (let c = grid.left; c < grid.right; c++) if (grid.text(r, c) && matchLabel(grid.text(r, c))) labels++;
    if (labels < MIN_ROW_LABELS) continue;
    const match = readBand(grid, r);
    if (!best || match.score > best.score) best = match;
  }
  if (best && best.score >= MIN_KEYS) return best;
  // A sheet of organisation ratings only (REAL-FORMS §2: its members' results are on another sheet).
  if (best && best.columns.unit !== undefined && best.columns.unitRating !== undefined) return best;
  return null;
}

function readBand(grid: Grid, top: number): HeaderMatch {
  let bottom = top;
  // Labels merged down over the rows below make those rows part of the band.
  for (const m of grid.merges) {
    if (m.top === top && m.bottom > bottom && m.bottom < top + MAX_BAND) bottom = m.bottom;
  }
  while (bottom + 1 < grid.bottom && bottom + 1 < top + MAX_BAND && isLabelRow(grid, bottom + 1)) bottom++;
  const numbersRow = bottom + 1 < grid.bottom && isNumberingRow(grid, bottom + 1) ? bottom + 1 : null;

  const found = new Map<ColumnKey, number[]>();
  let oldHeader: CellRef | null = null;
  let left = grid.right;
  let right = grid.left;
  for (let c = grid.left; c < grid.right; c++) {
    const stack: LabelMeaning[] = [];
    let previous = "";
    for (let r = top; r <= bottom; r++) {
      const text = grid.textFilled(r, c) || groupFromLeft(grid, r, c, bottom);
      if (text === "" || text === previous) continue;
      previous = text;
      const meaning = matchLabel(text);
      if (meaning?.kind === "old" && !oldHeader) oldHeader = { row: r, col: c };
      if (meaning) stack.push(meaning);
    }
    const key = resolveColumn(stack);
    if (!key) continue;
    found.set(key, [...(found.get(key) ?? []), c]);
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  const columns: Partial<Record<ColumnKey, number>> = {};
  const duplicates: HeaderMatch["duplicates"] = [];
  for (const [key, cols] of found) {
    columns[key] = cols[0];
    if (cols.length > 1) duplicates.push({ key, cols });
  }
  const score = [...found.keys()].filter((k) => k !== "stt" && k !== "note").length;
  return { top, bottom, numbersRow, left, right: right + 1, columns, duplicates, oldHeader, score };
}

/** Combines the labels stacked over one column, outermost first, into a column key. */
export function resolveColumn(stack: readonly LabelMeaning[]): ColumnKey | null {
  let block: BlockKey | "members" | null = null;
  let current: { kind: "plain"; key: ColumnKey } | { kind: "group"; rating: Rating } | null = null;
  let measure: "count" | "pct" | null = null;
  let sub: "total" | "rated" | "goodOrAbove" | null = null;
  let mark: Rating | null = null;
  for (const m of stack) {
    switch (m.kind) {
      case "block":
        block = m.block;
        break;
      case "count":
        measure = "count";
        break;
      case "pct":
        measure = "pct";
        break;
      case "total":
        sub = "total";
        break;
      case "goodOrAbove":
        sub = "goodOrAbove";
        current = null;
        break;
      case "group":
        // A rating code under the unit's rating column: ratings given as marks (`x` per row).
        if (current?.kind === "plain" && (current.key === "unitRating" || current.key === "selfRating"))
          mark = m.rating;
        current = { kind: "group", rating: m.rating };
        sub = null;
        break;
      case "plain":
        if (m.key === "rated") sub = "rated";
        current = { kind: "plain", key: m.key };
        break;
      case "old":
        break;
    }
  }
  if (mark) return `mark.${mark}`;
  if (block === "cells" || block === "grassroots") {
    if (current?.kind === "group") return `${block}.${current.rating}${measure === "pct" ? "Pct" : ""}`;
    if (sub) return `${block}.${sub}`;
    return null;
  }
  if (current?.kind === "group") return measure === "pct" ? `${current.rating}Pct` : current.rating;
  if (current?.kind === "plain") return current.key;
  if (block === "members" && sub === "total") return "members";
  return null;
}

/**
 * A group label over "Số lượng" / "Tỷ lệ (%)" whose merge a reader did not report (Excel reads a
 * merged area's other cells as blank): the label of the nearest cell to the left over the same kind
 * of sub-labels.
 */
function groupFromLeft(grid: Grid, r: number, c: number, bottom: number): string {
  if (r >= bottom || !isSubLabel(grid.textFilled(r + 1, c))) return "";
  for (let k = c - 1; k >= grid.left && isSubLabel(grid.textFilled(r + 1, k)); k--) {
    const t = grid.textFilled(r, k);
    if (t) return t;
  }
  return "";
}

function isSubLabel(text: string): boolean {
  const m = text ? matchLabel(text) : null;
  return m?.kind === "count" || m?.kind === "pct";
}

/** A row under the first header row whose every label is a sub-label or a label of the template. */
function isLabelRow(grid: Grid, r: number): boolean {
  let labels = 0;
  for (let c = grid.left; c < grid.right; c++) {
    const v = grid.value(r, c);
    if (v === "" || (typeof v === "string" && v.trim() === "")) continue;
    if (typeof v !== "string") return false;
    if (!matchLabel(grid.text(r, c))) return false;
    labels++;
  }
  return labels > 0;
}

/** The row of column numbers under a header: `1 | 2 | 3 …`, `(1) | (2)`, or `A | B | 1 | 2`. */
function isNumberingRow(grid: Grid, r: number): boolean {
  let cells = 0;
  let numbers = 0;
  let last = -Infinity;
  let increasing = true;
  for (let c = grid.left; c < grid.right; c++) {
    const v = grid.value(r, c);
    if (v === "" || (typeof v === "string" && v.trim() === "")) continue;
    cells++;
    const text = String(v).trim();
    const m = text.match(/^\(?(\d{1,2})\)?$/);
    if (m) {
      const n = Number(m[1]);
      if (n <= last) increasing = false;
      last = n;
      numbers++;
    } else if (/^\(?[A-Z]\)?$/.test(text) || /^\(?\d{1,2}\s*[=+\-−*]\s*[\d\s+\-−*()=]+\)?$/.test(text)) {
      numbers++;
    }
  }
  return cells >= 3 && numbers / cells >= 0.8 && increasing;
}
