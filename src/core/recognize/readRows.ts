import type { ColumnKey } from "../model/template";
import { columnDef } from "../model/template";
import { parseOrgName } from "../model/OrgName";
import type { OwnRating, TableRow, UnitRow } from "../model/SheetModel";
import { foldKey, foldKeyOnce } from "../text/foldKey";
import { parseRating } from "../text/parseRating";
import type { Grid } from "./Grid";
import { parseCell } from "./parseCell";

export interface TableBody {
  rows: UnitRow[];
  totalRow: TableRow | null;
  tableEnd: number;
  ownRating: OwnRating | null;
}

const TOTAL = /^(cong|tong cong|cong toan|tong so|tong|cong chung)( .*)?$/;
const NOTE =
  /^(ghi chu|luu y|dang uy tu xep loai|dang bo tu xep loai|chi bo tu xep loai|tu xep loai|de nghi|nguoi lap bieu|nguoi lap|t m|tm|noi nhan|xac nhan|bi thu|pho bi thu|ngay \d|.* ngay \d+ thang \d+)/;
const OWN_RATING = /(tu xep loai|de nghi xep loai|de nghi cong nhan|de nghi|xep loai chat luong|ket qua xep loai)/;
/** Words of a total or a note line, as typed (decoded, NFC), with or without diacritics. */
const MAYBE_TOTAL_OR_NOTE =
  /c[ộo]ng|t[ổo]ng|ghi ch[úu]|l[ưu]u [ýy]|x[ếe]p lo[ạa]i|đ[ềe] ngh[ịi]|de nghi|ng[ưu][ờo]i l[ậa]p|t\/m|\btm\b|n[ơo]i nh[ậa]n|x[áa]c nh[ậa]n|b[íi] th[ưu]|ng[àa]y|:/i;
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|[a-e])\.?$/;

/** Reads the rows under the header: units, blank and section rows, the `Cộng` row, the notes. */
export function readRows(grid: Grid, columns: Partial<Record<ColumnKey, number>>, dataTop: number): TableBody {
  const keyed = Object.entries(columns) as [ColumnKey, number][];
  const unitCol = columns.unit;
  const sttCol = columns.stt;
  const leftmost = Math.min(...keyed.map(([, c]) => c));
  const rightmost = Math.max(...keyed.map(([, c]) => c)) + 1;
  const template: TableRow["cells"] = Object.fromEntries(keyed.map(([key]) => [key, undefined]));
  const rows: UnitRow[] = [];
  let totalRow: TableRow | null = null;
  let tableEnd = grid.bottom;
  for (let r = dataTop; r < grid.bottom; r++) {
    if (grid.isBlankRow(r, Math.min(grid.left, leftmost), Math.max(rightmost, grid.left + 1))) continue;
    const lead = leadText(grid, r, leftmost, unitCol);
    // Most rows name a unit: fold the text only when it may be a total or a note.
    const leadKey = MAYBE_TOTAL_OR_NOTE.test(lead) ? foldKey(lead) : "";
    if (isTotalLabel(leadKey)) {
      totalRow = { row: r, cells: readCells(grid, r, keyed, template) };
      tableEnd = r + 1;
      break;
    }
    if (NOTE.test(leadKey) || (lead.includes(":") && !hasNumbers(grid, r, keyed))) {
      tableEnd = r;
      break;
    }
    // A numbered row (the usual case) needs no folding; only "I.", "II", "A" mark sections.
    const sttValue = sttCol === undefined ? "" : grid.value(r, sttCol);
    const stt = typeof sttValue === "string" && sttValue !== "" ? foldKey(sttValue) : "";
    if (ROMAN.test(stt) && stt !== "" && !isNumericStt(stt)) continue; // a section heading or subtotal
    const unit = unitCol === undefined ? "" : grid.text(r, unitCol).replace(/\n/g, " ");
    if (unit === "" && !hasNumbers(grid, r, keyed) && !hasText(grid, r, keyed)) continue;
    const org = parseOrgName(unit);
    rows.push({
      row: r,
      unit,
      unitKey: org?.key ?? foldKeyOnce(unit),
      unitLevel: org?.level ?? null,
      cells: readCells(grid, r, keyed, template),
    });
    tableEnd = r + 1;
  }
  return { rows, totalRow, tableEnd, ownRating: findOwnRating(grid, tableEnd) };
}

function isNumericStt(stt: string): boolean {
  return /^\d+$/.test(stt);
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
const TEXT_KEYS = new Set<ColumnKey>(["unit", "unitType", "notRatedReason", "note", "unitRating"]);

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

/** `Cộng`, `Tổng cộng`, `Cộng toàn đảng bộ`; a unit called "Tổng đội …" is a unit, not a total. */
function isTotalLabel(folded: string): boolean {
  const m = folded.match(TOTAL);
  if (!m) return false;
  const rest = (m[2] ?? "").trim();
  return rest === "" || /^(toan .*|chung|so|cong)$/.test(rest) || rest.split(" ").length <= 2;
}

function hasNumbers(grid: Grid, r: number, keyed: [ColumnKey, number][]): boolean {
  return keyed.some(([key, c]) => columnDef(key).kind !== "text" && grid.type(r, c) === "number");
}

function hasText(grid: Grid, r: number, keyed: [ColumnKey, number][]): boolean {
  return keyed.some(([key, c]) => key !== "stt" && grid.text(r, c) !== "");
}

/** The organisation's own rating, in a line under the table ("Đảng ủy tự xếp loại: …", "Đề nghị: …"). */
function findOwnRating(grid: Grid, from: number): OwnRating | null {
  for (let r = from; r < grid.bottom; r++) {
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
