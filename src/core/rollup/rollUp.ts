import { COUNTED_LEVELS, type CountedLevel, type OrgNode } from "./OrgNode";
import {
  addCounts,
  addFigures,
  countOne,
  figuresOfRow,
  saneFigures,
  zeroCounts,
  zeroFigures,
  type OrgCounts,
} from "./Figures";
import { countValue } from "../recognize/parseCell";
import { RATINGS } from "../model/Rating";
import type { BlockKey } from "../model/template";
import type { UnitRow } from "../model/SheetModel";

/** Where a child organisation counts in its ancestors' tallies, by its level. */
export function countedLevel(node: OrgNode): CountedLevel | null {
  switch (node.level) {
    case "cell":
      return "cells";
    case "grassroots":
      return "grassroots";
    case "district":
      return "districts";
    case "section":
      return "sections";
    default:
      return null;
  }
}

/** A summary row's organisation block (chi bộ or TCCSĐ under the row's unit), if the sheet has it. */
function blockCounts(row: UnitRow, block: BlockKey): OrgCounts | null {
  const total = countValue(row.cells[`${block}.total`]);
  if (total === null) return null;
  const c = zeroCounts();
  c.total = total;
  for (const r of RATINGS) c[r] = countValue(row.cells[`${block}.${r}`]) ?? 0;
  c.rated = countValue(row.cells[`${block}.rated`]) ?? RATINGS.reduce((s, r) => s + c[r], 0);
  return c;
}

/**
 * Rolls the figures up: a leaf's come from its row, every other node's are the sums of its
 * children's. Organisations are counted by level from the children's ratings and, for a row of a
 * summary sheet, from its organisation blocks. Percentages are never summed: they are recomputed
 * from these counts wherever they are shown.
 */
export function rollUp(node: OrgNode): OrgNode {
  if (node.children.length === 0) {
    if (node.source.kind === "row") {
      const { columns } = node.source.source.sheet;
      node.figures = saneFigures(figuresOfRow(node.source.row.cells, (key) => columns[key] !== undefined));
      for (const block of ["cells", "grassroots"] as const) {
        const counts = blockCounts(node.source.row, block);
        if (counts) node.organisations = { ...node.organisations, [block]: counts };
      }
    }
    return node;
  }
  const figures = zeroFigures();
  const organisations = Object.fromEntries(COUNTED_LEVELS.map((l) => [l, zeroCounts()])) as OrgNode["organisations"];
  for (const child of node.children) {
    rollUp(child);
    addFigures(figures, child.figures);
    for (const level of COUNTED_LEVELS) addCounts(organisations[level], child.organisations[level]);
    const level = countedLevel(child);
    if (level) addCounts(organisations[level], countOne(child.rating));
  }
  node.figures = figures;
  node.organisations = organisations;
  return node;
}
