import type { OrgNode } from "../rollup/OrgNode";
import { RATINGS, RATING_LABELS } from "../model/Rating";
import type { BlockKey, ColumnKey } from "../model/template";
import { FIGURE_KEYS } from "../rollup/Figures";
import { a1, columnLetters } from "../issues/a1";
import { foldKey } from "../text/foldKey";
import { levelColumns, levelSheetLayout, firstDataRow, type LevelSheetInput, type LevelRow } from "./levelSheetLayout";
import type { SheetLayout } from "./SheetLayout";
import { sheetRef } from "./sheetName";

export interface SummaryOptions {
  sheetName: string;
  /** The superior organisation's name, for the title's first line. */
  parentName: string;
  year: number | null;
  /** The sources are sheets of the same workbook: figures become formulas that point at them. */
  linkSources: boolean;
  /** The unit rows made on demand (`SheetLayout.rows`), for the command line's writer. */
  lazyRows?: boolean;
}

/**
 * A formula's text in one flat string: a template literal leaves a tree of pieces that V8 keeps
 * (about 200 bytes for `IF(J10=0,0,K10/J10)` against 40 flat); a Tổng hợp holds four or more per
 * unit row, 80 MB per 100.000 rows.
 */
function flat(...parts: (string | number)[]): string {
  return parts.join("");
}

/** The organisation blocks a summary needs: one per level that exists below its rows. */
export function blocksFor(node: OrgNode): BlockKey[] {
  const blocks: BlockKey[] = [];
  const below = (level: "cells" | "grassroots") => node.children.some((c) => c.organisations[level].total > 0);
  if (below("grassroots")) blocks.push("grassroots");
  if (below("cells") || node.children.some((c) => c.level === "grassroots")) blocks.push("cells");
  return blocks;
}

/** The address of the cell that holds a child's figure in its source, when it has one cell. */
function sourceCell(child: OrgNode, key: ColumnKey): string | null {
  if (child.source.kind === "row") {
    const { sheet } = child.source.source;
    const col = sheet.columns[key];
    return col === undefined ? null : flat(sheetRef(sheet.name), "!", a1({ row: child.source.row.row, col }));
  }
  if (child.source.kind === "sheet") {
    const { sheet } = child.source.source;
    const col = sheet.columns[key];
    if (col === undefined) return null;
    if (sheet.totalRow) return `${sheetRef(sheet.name)}!${a1({ row: sheet.totalRow.row, col })}`;
    const first = sheet.rows[0];
    const last = sheet.rows[sheet.rows.length - 1];
    if (!first || !last) return null;
    return `SUM(${sheetRef(sheet.name)}!${columnLetters(col)}${first.row + 1}:${columnLetters(col)}${last.row + 1})`;
  }
  return null;
}

/**
 * Children in a stable order, as district reports list them: organisations with units of their own
 * (đảng bộ cơ sở) first, then those without (chi bộ cơ sở), each by name.
 */
function ordered(children: readonly OrgNode[]): OrgNode[] {
  const group = (n: OrgNode) => (n.children.length > 0 || n.organisations.cells.total > 0 ? 0 : 1);
  return [...children].sort(
    (a, b) => group(a) - group(b) || foldKey(a.name).localeCompare(foldKey(b.name)) || a.key.localeCompare(b.key),
  );
}

function summaryInput(node: OrgNode, options: SummaryOptions): LevelSheetInput {
  const blocks = blocksFor(node);
  return {
    sheetName: options.sheetName,
    parent: options.parentName,
    organisation: node.name,
    year: options.year,
    unitLabel: "Tên tổ chức đảng",
    unitRatingLabel: "Xếp loại tổ chức đảng",
    blocks,
    percentStyle: "fraction",
    rows: [],
    totalRow: true,
    footer: [`Tổng hợp từ ${node.children.length} đơn vị trực thuộc; tỷ lệ tính lại từ số lượng đã cộng.`],
  };
}

/**
 * Where a summary puts each child's figures: the child's row and each key's column (zero-based),
 * so that other sheets (Biểu 7) can link to them.
 */
export function summaryPositions(
  node: OrgNode,
  options: SummaryOptions,
): { row: Map<OrgNode, number>; col: (key: ColumnKey) => number } {
  const input = summaryInput(node, options);
  const columns = levelColumns(input);
  const first = firstDataRow(input);
  return {
    row: new Map(ordered(node.children).map((child, i) => [child, first + i])),
    col: (key) => columns.findIndex((c) => c.key === key),
  };
}

/**
 * A summary sheet in the level-sheet shape (rows = the node's children, the member block, one
 * organisation block per level below, each row unit's own rating, a `Cộng` row), so that the sheet
 * is itself a valid input for the next level up.
 */
export function summaryLayout(node: OrgNode, options: SummaryOptions): SheetLayout {
  const input = summaryInput(node, options);
  const blocks = input.blocks;
  const columns = levelColumns(input);
  const letter = (key: ColumnKey) => columnLetters(columns.findIndex((c) => c.key === key));
  const first = firstDataRow(input);
  const children = ordered(node.children);
  const rowOf = (child: OrgNode, i: number): LevelRow => {
    const r = first + i + 1;
    const f = child.figures;
    const row: LevelRow = { unit: child.name };
    for (const key of FIGURE_KEYS) {
      const ref = options.linkSources ? sourceCell(child, key) : null;
      row[key] = ref ? { value: f[key], formula: ref } : f[key];
    }
    for (const rating of RATINGS) {
      const count = f[rating];
      // An unknown count or base leaves the share blank: a formula over a blank cell would show 0.
      row[`${rating}Pct`] =
        count === null || f.rated === null
          ? null
          : {
              value: f.rated === 0 ? 0 : count / f.rated,
              formula: flat("IF(", letter("rated"), r, "=0,0,", letter(rating), r, "/", letter("rated"), r, ")"),
            };
    }
    for (const block of blocks) {
      const counts = child.organisations[block];
      row[`${block}.total`] = counts.total;
      row[`${block}.rated`] = counts.rated;
      const rated = letter(`${block}.rated`);
      for (const rating of RATINGS) {
        row[`${block}.${rating}`] = counts[rating];
        const share = counts.rated === 0 ? 0 : counts[rating] / counts.rated;
        row[`${block}.${rating}Pct`] = {
          value: share,
          formula: flat("IF(", rated, r, "=0,0,", letter(`${block}.${rating}`), r, "/", rated, r, ")"),
        };
      }
      row[`${block}.goodOrAbove`] = {
        value: counts.excellent + counts.good,
        formula: flat(letter(`${block}.excellent`), r, "+", letter(`${block}.good`), r),
      };
    }
    row.unitRating = child.rating ? RATING_LABELS[child.rating] : null;
    return row;
  };
  input.rows = options.lazyRows
    ? { count: children.length, at: (i) => rowOf(children[i]!, i) }
    : children.map((child, i) => rowOf(child, i));
  return levelSheetLayout(input);
}
