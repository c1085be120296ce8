import type { OrgNode } from "../core/rollup/OrgNode";
import type { OrgCounts } from "../core/rollup/Figures";
import type { StampStatus } from "../core/stamp/stampStatus";

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
  /** The unit's check stamp (summarize): absent for a unit that sent no sheet. */
  stamp?: StampStatus;
  /** Last year's figures of the same unit (summarize --previous): `null` when it was not there. */
  previous?: unknown;
}

/** What summarize adds per node when it knows it: stamps, last year. */
export interface NodeExtras {
  stampOf?: (node: OrgNode) => StampStatus | null;
  previousOf?: (node: OrgNode) => unknown;
}

export function nodeJson(node: OrgNode, extras: NodeExtras = {}): NodeJson {
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
    children: node.children.map((c) => nodeJson(c, extras)),
    ...stampField(node, extras),
    ...(extras.previousOf ? { previous: extras.previousOf(node) ?? null } : {}),
  };
}

function stampField(node: OrgNode, extras: NodeExtras): { stamp?: StampStatus } {
  const stamp = extras.stampOf?.(node);
  return stamp ? { stamp } : {};
}
