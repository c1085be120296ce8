import type { OrgNode } from "../rollup/OrgNode";
import type { UnitListEntry } from "../rollup/unitList";
import type { ParsedCell } from "../model/SheetModel";
import type { UnitType } from "./columns";
import { inferTypeFromName, parseTypeLabel, type TypeSource } from "./unitType";

export interface UnitTyping {
  type: UnitType;
  source: TypeSource;
}

function cellText(cell: ParsedCell | undefined): string {
  if (!cell) return "";
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "numberText") return cell.text;
  return "";
}

/**
 * The loại hình of every TCCSĐ (level "grassroots") of the tree: the unit list's `Loại hình` first
 * (it overrides), then a `Loại hình` column of the sheet that lists the unit, then the name. What
 * none of them tells is Cơ sở khác, marked "unmatched" so that a notice can list it.
 */
export function typeUnits(nodes: readonly OrgNode[], listed: readonly UnitListEntry[]): Map<OrgNode, UnitTyping> {
  const fromList = new Map<string, UnitType>();
  for (const e of listed) {
    const t = e.type ? parseTypeLabel(e.type) : null;
    if (t) fromList.set(e.key, t);
  }
  const out = new Map<OrgNode, UnitTyping>();
  for (const node of nodes) {
    if (node.level !== "grassroots") continue;
    out.set(node, typeOf(node, fromList));
  }
  return out;
}

function typeOf(node: OrgNode, fromList: ReadonlyMap<string, UnitType>): UnitTyping {
  const listed = fromList.get(node.key);
  if (listed) return { type: listed, source: "list" };
  const row = node.parentRow?.row ?? (node.source.kind === "row" ? node.source.row : null);
  const typed = row ? parseTypeLabel(cellText(row.cells.unitType)) : null;
  if (typed) return { type: typed, source: "sheet" };
  const named = inferTypeFromName(node.name);
  if (named) return { type: named, source: "name" };
  return { type: "other", source: "unmatched" };
}
