import type { ColumnKey } from "../model/template";
import { columnDef } from "../model/template";
import { parseOrgName } from "../model/OrgName";
import type { OwnRating, RowGroup, TableRow, UnitRow, UnreadRow } from "../model/SheetModel";
import { foldKey, foldKeyOnce } from "../text/foldKey";
import { ownString } from "../text/ownString";
import { parseRating } from "../text/parseRating";
import { RATINGS, RATING_CODES } from "../model/Rating";
import type { Grid } from "./Grid";
import { countValue, parseCell } from "./parseCell";
import { isSubRow, rowKind, type RowKind } from "./rowKind";
import { matchLabel } from "./matchLabel";

export interface TableBody {
  rows: UnitRow[];
  totalRow: TableRow | null;
  groups: RowGroup[];
  shareRows: TableRow[];
  unreadRows: UnreadRow[];
  tableEnd: number;
  /** Where reading stopped: the first note line, the end of a long blank run, or the sheet's end. */
  end: number;
  ownRating: OwnRating | null;
}

const OWN_RATING = /(tu xep loai|de nghi xep loai|de nghi cong nhan|de nghi|xep loai chat luong|ket qua xep loai)/;
/** Blank rows after which the table is over: figures further down are reported, not read. */
export const LONG_GAP = 10;

/** A group heading still open, with its rank: letters (A, B) hold roman groups (I, II). */
interface OpenGroup {
  group: RowGroup;
  rank: number;
}

/**
 * Reads the rows under the header: units, groups with their subtotals, the total, shares, the
 * notes; every other row holding figures is kept as unread so that it can be reported.
 */
export function readRows(grid: Grid, columns: Partial<Record<ColumnKey, number>>, dataTop: number): TableBody {
  const keyed = Object.entries(columns) as [ColumnKey, number][];
  const unitCol = columns.unit;
  const sttCol = columns.stt;
  const leftmost = Math.min(...keyed.map(([, c]) => c));
  const rightmost = Math.max(...keyed.map(([, c]) => c)) + 1;
  // Made by JSON.parse so that its properties sit inside the object: each row's copy is then one
  // block, not an object and a separate property store (a third less memory on a million rows).
  // Every key is set by readCells before a row is used; the nulls never leave it.
  const template = JSON.parse(
    JSON.stringify(Object.fromEntries(keyed.map(([key]) => [key, null]))),
  ) as TableRow["cells"];

  // First pass: each row's kind, up to the notes or a long run of blank rows.
  // Row, kind and leading text of each row read, side by side (no object per row: a million rows).
  const kindRows: number[] = [];
  const kinds: RowKind[] = [];
  const leads: string[] = [];
  let end = grid.bottom;
  // Where a second table on the sheet starts (its title or header), if there is one.
  let secondTable: number | null = null;
  let gap = 0;
  for (let r = dataTop; r < grid.bottom; r++) {
    // A run of empty rows counts as that many blank rows, in one step.
    const run = grid.nextFilledRow(r) - r;
    if (run > 0) {
      const stop = Math.max(LONG_GAP - gap, 1);
      if (stop <= run && kinds.length > 0) {
        end = r + stop;
        break;
      }
      gap += run;
      r += run - 1;
      continue;
    }
    const blank = grid.isBlankRow(r, Math.min(grid.left, leftmost), Math.max(rightmost, grid.left + 1));
    if (blank) {
      gap++;
      if (gap >= LONG_GAP && kinds.length > 0) {
        end = r + 1;
        break;
      }
      continue;
    }
    gap = 0;
    const lead = leadText(grid, r, leftmost, unitCol);
    const sttValue = sttCol === undefined ? "" : grid.value(r, sttCol);
    const stt = typeof sttValue === "string" ? sttValue.trim() : "";
    const numbers = hasNumbers(grid, r, keyed);
    // The header again, lower down: a second table on the sheet. Its rows are not this table's;
    // the table ends above the second one's title lines, and its figures are reported unread.
    if (!numbers && kinds.includes("unit") && isHeaderRow(grid, r)) {
      let first = r;
      while (kindRows.length > 0 && !hasFigures(grid, kindRows[kindRows.length - 1]!)) {
        first = kindRows.pop()!;
        kinds.pop();
        leads.pop();
      }
      end = first;
      secondTable = first;
      break;
    }
    let kind = rowKind({ lead, stt, blank: false, numbers });
    // A line of text outside the unit and figure columns (a footer, a caption) holds no unit.
    if (kind === "unit" && !numbers && !hasText(grid, r, keyed)) kind = "blank";
    if (kind === "note") {
      end = r;
      break;
    }
    kindRows.push(r);
    kinds.push(kind);
    leads.push(lead);
  }

  // Second pass: the structure. A `Cộng` followed by another group or total closes a group; the
  // last total (or a `Tổng cộng`) closes the table, and figures after it are reported as unread.
  let lastHeading = -1;
  let lastTotal = -1;
  kinds.forEach((k, i) => {
    if (k === "group") lastHeading = i;
    if (k === "total" || k === "subtotal") lastTotal = i;
  });
  const rows: UnitRow[] = [];
  const groups: RowGroup[] = [];
  const shareRows: TableRow[] = [];
  const unreadRows: UnreadRow[] = [];
  let totalRow: TableRow | null = null;
  let closed = false;
  let tableEnd = dataTop;
  const open: OpenGroup[] = [];
  let loose: UnitRow[] = [];
  let section: UnitRow | null = null;
  const typeCol = columns.unitType;
  const typeOf = (r: number) => (typeCol === undefined ? "" : foldKey(grid.text(r, typeCol)));
  const nextIsSub = (i: number): boolean => {
    if (kinds[i + 1] !== "unit") return false;
    const next = kindRows[i + 1]!;
    const text = unitCol === undefined ? "" : grid.text(next, unitCol);
    return isSubRow(sttText(grid, next, sttCol), text, typeOf(next), typeOf(kindRows[i]!));
  };
  for (let i = 0; i < kinds.length; i++) {
    const r = kindRows[i]!;
    const kind = kinds[i]!;
    const lead = leads[i]!;
    if (closed && kind !== "share") {
      if (kind !== "blank" && hasFigures(grid, r)) unreadRows.push({ row: r, label: lead, reason: "afterTotal" });
      continue;
    }
    switch (kind) {
      case "unit": {
        const typed = unitCol === undefined ? "" : grid.text(r, unitCol).replace(/\n/g, " ");
        const sub = section !== null && isSubRow(sttText(grid, r, sttCol), typed, typeOf(r), typeOf(section.row));
        const unit = sub ? typed.replace(/^\s*[-–+•]\s*/, "") : typed;
        const org = parseOrgName(unit);
        const u: UnitRow = {
          row: r,
          unit,
          unitKey: org?.key ?? ownString(foldKeyOnce(unit)),
          unitLevel: org?.level ?? null,
          cells: withMarks(readCells(grid, r, keyed, template), columns),
          scope: open.length > 0 ? foldKeyOnce(open[open.length - 1]!.group.label) : "",
        };
        rows.push(u);
        if (sub) {
          u.section = section!;
          (section!.sectionRows ??= []).push(u);
          break;
        }
        // A row followed by rows that belong to it is a đảng bộ bộ phận.
        section = nextIsSub(i) ? u : null;
        for (const g of open) g.group.units.push(u);
        if (open.length === 0) loose.push(u);
        break;
      }
      case "group": {
        const rank = /^\s*[A-Ea-e]\s*[.)]/.test(lead) || /^[A-Ea-e]$/.test(sttText(grid, r, sttCol)) ? 0 : 1;
        while (open.length > 0 && open[open.length - 1]!.rank >= rank) open.pop();
        const group: RowGroup = { label: lead, row: r, units: [], checks: [] };
        if (hasNumbers(grid, r, keyed)) group.checks.push({ row: r, cells: readCells(grid, r, keyed, template) });
        groups.push(group);
        open.push({ group, rank });
        loose = [];
        section = null;
        break;
      }
      case "total":
      case "subtotal": {
        section = null;
        const cells = readCells(grid, r, keyed, template);
        // A plain `Cộng` closes a group when another group or total follows; else it is the total.
        const more = i < lastTotal || i < lastHeading;
        if (rows.length === 0 && totalRow === null && kind === "total") {
          totalRow = { row: r, cells }; // a total typed above the units
        } else if (
          kind === "subtotal" &&
          (more || closesGroup(open[open.length - 1]?.group.units ?? loose, rows, cells, keyed))
        ) {
          const g = open.pop();
          if (g) g.group.checks.push({ row: r, cells });
          else {
            groups.push({ label: lead, row: r, units: loose, checks: [{ row: r, cells }] });
          }
          loose = [];
        } else if (totalRow === null) {
          totalRow = { row: r, cells };
          closed = true;
        } else {
          unreadRows.push({ row: r, label: lead, reason: "afterTotal" });
          continue;
        }
        break;
      }
      case "share":
        shareRows.push({ row: r, cells: readCells(grid, r, keyed, template) });
        break;
      case "blank":
      case "note":
        continue;
    }
    tableEnd = r + 1;
  }
  // Past the notes or a long run of blank rows: any row with figures is reported, never read.
  for (let r = grid.nextFilledRow(end); r < grid.bottom; r = grid.nextFilledRow(r + 1)) {
    // A header repeated after the blank rows: what follows is a second table, and is named so.
    if (!hasFigures(grid, r)) {
      if (secondTable === null && isHeaderRow(grid, r)) secondTable = r;
      continue;
    }
    unreadRows.push({
      row: r,
      label: leadText(grid, r, leftmost, unitCol),
      reason: secondTable !== null ? "secondTable" : "afterTable",
    });
  }
  return {
    rows,
    totalRow,
    groups,
    shareRows,
    unreadRows,
    tableEnd,
    end,
    ownRating: findOwnRating(grid, tableEnd),
  };
}

/**
 * The last plain `Cộng` of a sheet without a grand total: it closes the open group when it types
 * that group's sums and not those of all the units.
 */
function closesGroup(
  group: readonly UnitRow[],
  rows: readonly UnitRow[],
  cells: TableRow["cells"],
  keyed: [ColumnKey, number][],
): boolean {
  if (group.length === 0 || group.length === rows.length) return false;
  return sumsMatch(cells, group, keyed) && !sumsMatch(cells, rows, keyed);
}

function sumsMatch(cells: TableRow["cells"], units: readonly UnitRow[], keyed: [ColumnKey, number][]): boolean {
  let compared = 0;
  for (const [key] of keyed) {
    if (columnDef(key).kind !== "count") continue;
    const typed = countValue(cells[key]);
    if (typed === null) continue;
    let sum = 0;
    for (const u of units) sum += countValue(u.cells[key]) ?? 0;
    if (sum !== typed) return false;
    compared++;
  }
  return compared > 0;
}

/** The STT as text: "I", "18.1" (a number 18.1 when Excel took it for one). */
function sttText(grid: Grid, r: number, sttCol: number | undefined): string {
  const v = sttCol === undefined ? "" : grid.value(r, sttCol);
  return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
}

/** A number anywhere in the row: figures that must be used or reported. */
/** A row of column labels (three or more cells that read as the template's headers). */
function isHeaderRow(grid: Grid, r: number): boolean {
  let labels = 0;
  for (let c = grid.left; c < grid.right; c++) {
    const t = grid.text(r, c);
    if (t !== "" && matchLabel(t) && ++labels >= 3) return true;
  }
  return false;
}

function hasFigures(grid: Grid, r: number): boolean {
  for (let c = grid.left; c < grid.right; c++) if (grid.type(r, c) === "number") return true;
  return false;
}

function readCells(
  grid: Grid,
  r: number,
  keyed: [ColumnKey, number][],
  template: TableRow["cells"],
): TableRow["cells"] {
  // Every row's cells start from the same shape: the stores below then change no object layout.
  const cells: TableRow["cells"] = { ...template };
  for (let i = 0; i < keyed.length; i++) {
    const [key, c] = keyed[i]!;
    cells[key] = parseCell(grid, r, c, TEXT_KEYS.has(key));
  }
  return cells;
}

/** Columns of names and words: their text is never read as a number. */
const TEXT_KEYS = new Set<ColumnKey>([
  "unit",
  "unitType",
  "notRatedReason",
  "note",
  "unitRating",
  "selfRating",
  "mark.excellent",
  "mark.good",
  "mark.complete",
  "mark.fail",
]);

/** The text that names a row: its unit cell, else its first text cell at the left of the table. */
function leadText(grid: Grid, r: number, leftmost: number, unitCol: number | undefined): string {
  const own = unitCol === undefined ? "" : grid.text(r, unitCol);
  if (own) return own;
  for (let c = grid.left; c <= Math.max(leftmost, unitCol ?? leftmost); c++) {
    const t = grid.textFilled(r, c);
    if (t) return t;
  }
  return "";
}

function hasNumbers(grid: Grid, r: number, keyed: [ColumnKey, number][]): boolean {
  return keyed.some(([key, c]) => columnDef(key).kind !== "text" && grid.type(r, c) === "number");
}

function hasText(grid: Grid, r: number, keyed: [ColumnKey, number][]): boolean {
  return keyed.some(([key, c]) => key !== "stt" && grid.text(r, c) !== "");
}

/** The organisation's own rating, in a line under the table ("Đảng ủy tự xếp loại: …", "Đề nghị: …"). */
function findOwnRating(grid: Grid, from: number): OwnRating | null {
  for (let r = grid.nextFilledRow(from); r < grid.bottom; r = grid.nextFilledRow(r + 1)) {
    for (let c = grid.left; c < grid.right; c++) {
      const text = grid.text(r, c);
      if (!text) continue;
      const folded = foldKey(text);
      const m = folded.match(OWN_RATING);
      if (!m) continue;
      const colon = text.indexOf(":");
      let candidate = colon >= 0 ? text.slice(colon + 1) : "";
      if (!candidate.trim()) candidate = nextText(grid, r, c);
      const reading = parseRating(candidate.replace(/["“”.]/g, " "));
      if (reading.kind === "unknown") continue;
      return { reading, text, cell: { row: r, col: c }, proposed: /de nghi/.test(m[1] ?? "") };
    }
  }
  return null;
}

function nextText(grid: Grid, r: number, c: number): string {
  for (let k = c + 1; k < grid.right; k++) {
    const t = grid.text(r, k);
    if (t) return t;
  }
  return "";
}

const MARK = /^(x|✓|✔|v|1|có)$/i;

/** A rating given as a mark under one of four code sub-columns becomes the row's rating. */
function withMarks(cells: TableRow["cells"], columns: Partial<Record<ColumnKey, number>>): TableRow["cells"] {
  if (columns["mark.excellent"] === undefined && columns["mark.good"] === undefined) return cells;
  const marked = RATINGS.filter((r) => {
    const c = cells[`mark.${r}`];
    const text = c?.kind === "text" || c?.kind === "numberText" ? c.text : c?.kind === "number" ? String(c.value) : "";
    return MARK.test(text.trim());
  });
  // Several marks read as the codes together: CELL-BAD-RATING names the row.
  cells.unitRating =
    marked.length === 0 ? { kind: "blank" } : { kind: "text", text: marked.map((r) => RATING_CODES[r]).join(", ") };
  return cells;
}
