import type { LevelSheet, ParsedCell, TableRow } from "../model/SheetModel";
import { sha256Hex, utf8 } from "./sha256";

/**
 * The digest of a level sheet: SHA-256 of what the engine reads from it, written out in one
 * canonical text: the title (organisation, parent, year), the recognised columns, each unit row's
 * name and cells, the `Cộng` row and the organisation's own rating line. Numbers as numbers
 * (whatever their format), text after NFC with runs of spaces made one; absolute positions and
 * looks (fonts, fills, widths) are left out, so saving the same figures with another program or
 * format keeps it, and a change of any figure or label breaks it.
 */
export function sheetDigest(sheet: LevelSheet): string {
  return sha256Hex(utf8(canonicalSheet(sheet)));
}

export function canonicalSheet(sheet: LevelSheet): string {
  const lines = [
    "xeploai-sheet-digest 1",
    `organisation\t${text(sheet.title.organisation?.display ?? "")}`,
    `parent\t${text(sheet.title.parent?.display ?? "")}`,
    `year\t${sheet.year ?? ""}`,
    `columns\t${Object.keys(sheet.columns).sort().join(",")}`,
  ];
  for (const row of sheet.rows) lines.push(`row\t${text(row.unit)}\t${cells(row)}`);
  if (sheet.totalRow) lines.push(`total\t${cells(sheet.totalRow)}`);
  if (sheet.ownRating) lines.push(`own\t${text(sheet.ownRating.text)}`);
  return lines.join("\n");
}

function cells(row: TableRow): string {
  return (Object.keys(row.cells) as (keyof TableRow["cells"])[])
    .sort()
    .flatMap((key) => {
      const v = value(row.cells[key]);
      return v === null ? [] : [`${key}=${v}`];
    })
    .join("\t");
}

/** A cell as the engine reads it; `null` for blank (a blank cell is not a figure). */
function value(cell: ParsedCell | undefined): string | null {
  if (!cell) return null;
  switch (cell.kind) {
    case "blank":
      return null;
    case "number":
      return `n:${canonicalNumber(cell.value)}`;
    case "numberText":
      // Typed as text: the same figure, but a different answer to the cell rules.
      return `s:${canonicalNumber(cell.value)}`;
    case "text":
      return `t:${text(cell.text)}`;
    case "error":
      return `e:${cell.code}`;
    case "boolean":
      return `b:${cell.value}`;
  }
}

/** Shortest round-trip form; floating noise below 1e-9 (a writer's binary rounding) is dropped. */
function canonicalNumber(n: number): string {
  const rounded = Math.round(n * 1e9) / 1e9;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function text(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}
