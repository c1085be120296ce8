import type { OrgNode } from "../rollup/OrgNode";
import type { ColumnKey } from "../model/template";
import { partOf, type ColumnId } from "./columns";
import type { Form6Key, Form7Key } from "./forms";
import type { UnitTyping } from "./typeUnits";

/** A TCCSĐ's figure as a cell of a summary sheet ("'Tổng hợp'!D9"), where it has one. */
export type CellLink = (node: OrgNode, key: ColumnKey) => string | null;

// Biểu 7's lines as the summary's columns; the không HTNV reasons are on no summary.
const FIGURES7: Partial<Record<Form7Key, ColumnKey[]>> = {
  present: ["members"],
  exempt: ["exempt"],
  notRated: ["notRated", "suspended", "newMembers"],
  rated: ["rated"],
  excellent: ["excellent"],
  good: ["good"],
  complete: ["complete"],
  fail: ["fail"],
};

// Biểu 6's B.II as the summary's chi bộ block; the other lines are counts of rows, not cells.
const FIGURES6: Partial<Record<Form6Key, ColumnKey[]>> = {
  "cells.total": ["cells.total"],
  "cells.rated": ["cells.rated"],
  "cells.excellent": ["cells.excellent"],
  "cells.good": ["cells.good"],
  "cells.complete": ["cells.complete"],
  "cells.fail": ["cells.fail"],
};

/** Excel's limit on a formula's length, with room to spare. */
const MAX_FORMULA = 8000;

export const form7Links = (...args: LinkArgs) => formLinks(FIGURES7, ...args);
export const form6Links = (...args: LinkArgs) => formLinks(FIGURES6, ...args);

type LinkArgs = [root: OrgNode, typing: ReadonlyMap<OrgNode, UnitTyping>, read: ReadonlySet<OrgNode>, link: CellLink];

/**
 * A form's type cells as formulas over the summary sheets' rows of the TCCSĐ of that type, where
 * every unit of the column is such a row; `null` for a cell that cannot be linked (the figures then
 * stand as values). Only for a tree whose TCCSĐ are all rows of the summaries written with it.
 */
function formLinks<K extends string>(
  figures: Partial<Record<K, ColumnKey[]>>,
  root: OrgNode,
  typing: ReadonlyMap<OrgNode, UnitTyping>,
  read: ReadonlySet<OrgNode>,
  link: CellLink,
): ((column: ColumnId, key: K) => string | null) | null {
  const byColumn = new Map<ColumnId, OrgNode[]>();
  let linkable = root.level !== "grassroots";
  const visit = (node: OrgNode) => {
    if (read.has(node)) linkable = false;
    else if (node.level === "grassroots") {
      const type = typing.get(node)?.type ?? "other";
      const group = partOf(type);
      const columns: ColumnId[] = group ? [type, group] : [type];
      for (const c of columns) byColumn.set(c, [...(byColumn.get(c) ?? []), node]);
    } else if (node.children.length === 0) linkable = false;
    else node.children.forEach(visit);
  };
  root.children.forEach(visit);
  if (!linkable) return null;
  return (column, key) => {
    const keys = figures[key];
    const units = byColumn.get(column);
    if (!keys || !units || units.length === 0 || column === "total") return null;
    const refs: string[] = [];
    for (const u of units)
      for (const k of keys) {
        const ref = link(u, k);
        if (!ref) return null;
        refs.push(ref);
      }
    const formula = refs.join("+");
    return formula.length <= MAX_FORMULA ? formula : null;
  };
}
