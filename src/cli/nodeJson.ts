import type { OrgNode } from "../core/rollup/OrgNode";
import type { OrgCounts } from "../core/rollup/Figures";

function counts(c: OrgCounts) {
  return {
    total: c.total,
    rated: c.rated,
    excellent: c.excellent,
    good: c.good,
    complete: c.complete,
    fail: c.fail,
    goodOrAbove: c.excellent + c.good,
  };
}

/** A node as `summarize --json` prints it (README: NODE). */
export interface NodeJson {
  name: string;
  level: string;
  members: number;
  subject: number;
  notRated: number;
  rated: number;
  excellent: number;
  good: number;
  complete: number;
  fail: number;
  goodOrAbove: number;
  organisations: { cells: ReturnType<typeof counts>; grassroots: ReturnType<typeof counts> };
  children: NodeJson[];
}

export function nodeJson(node: OrgNode): NodeJson {
  const f = node.figures;
  return {
    name: node.name,
    level: node.level,
    members: f.members,
    subject: f.subject,
    notRated: f.notRated,
    rated: f.rated,
    excellent: f.excellent,
    good: f.good,
    complete: f.complete,
    fail: f.fail,
    goodOrAbove: f.excellent + f.good,
    organisations: { cells: counts(node.organisations.cells), grassroots: counts(node.organisations.grassroots) },
    children: node.children.map(nodeJson),
  };
}
