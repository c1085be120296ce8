import type { OrgNode } from "../core/rollup/OrgNode";
import type { StampStatus } from "../core/stamp/stampStatus";
import type { Rating } from "../core/model/Rating";
import { goodOrAbove, type OrgCounts } from "../core/rollup/Figures";

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

/**
 * A node as `summarize --json` prints it (README: NODE). A member figure is `null` when unknown:
 * no column of the unit's sheet gives it and it cannot be derived (never written as 0).
 */
export interface NodeJson {
  name: string;
  /** "province" | "district" | "grassroots" | "section" (a đảng bộ bộ phận) | "cell" | "unknown". */
  level: string;
  /** The unit's own rating as decided (its row in the parent's sheet, else its own sheet), or null. */
  rating: Rating | null;
  members: number | null;
  subject: number | null;
  notRated: number | null;
  rated: number | null;
  excellent: number | null;
  good: number | null;
  complete: number | null;
  fail: number | null;
  goodOrAbove: number | null;
  /** Organisations below the node by level; `sections` counts đảng bộ bộ phận. */
  organisations: {
    cells: ReturnType<typeof counts>;
    grassroots: ReturnType<typeof counts>;
    sections: ReturnType<typeof counts>;
  };
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
    rating: node.rating,
    members: f.members,
    subject: f.subject,
    notRated: f.notRated,
    rated: f.rated,
    excellent: f.excellent,
    good: f.good,
    complete: f.complete,
    fail: f.fail,
    goodOrAbove: goodOrAbove(f),
    organisations: {
      cells: counts(node.organisations.cells),
      grassroots: counts(node.organisations.grassroots),
      sections: counts(node.organisations.sections),
    },
    children: node.children.map((c) => nodeJson(c, extras)),
    ...stampField(node, extras),
    ...(extras.previousOf ? { previous: extras.previousOf(node) ?? null } : {}),
  };
}

function stampField(node: OrgNode, extras: NodeExtras): { stamp?: StampStatus } {
  const stamp = extras.stampOf?.(node);
  return stamp ? { stamp } : {};
}
