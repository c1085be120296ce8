import type { OrgNode } from "../rollup/OrgNode";
import type { Rating } from "../model/Rating";
import { orgKey } from "../model/OrgName";
import type { MergeMap } from "./mergeList";

/** A unit's figures of one year, as the comparison shows them; `null` = unknown, never 0. */
export interface YearFigures {
  members: number | null;
  rated: number | null;
  goodOrAbove: number | null;
  newMembers: number | null;
  fail: number | null;
  rating: Rating | null;
}

export type RatingChange = "up" | "down" | "same";

/** One line of `So sánh năm trước`. */
export interface PreviousRow {
  unit: string;
  /** This year's node; `null` for a unit of last year that is no longer there. */
  node: OrgNode | null;
  current: YearFigures | null;
  previous: YearFigures | null;
  /** Last year's units whose figures make `previous`: its own name, and those merged into it. */
  previousUnits: string[];
  change: RatingChange | null;
  status: "both" | "new" | "gone" | "merged";
}

const ORDER: Record<Rating, number> = { excellent: 3, good: 2, complete: 1, fail: 0 };

export function yearFigures(node: OrgNode): YearFigures {
  const f = node.figures;
  const known = (v: number | null) => v;
  const excellent: number | null = known(f.excellent);
  const good: number | null = known(f.good);
  return {
    members: known(f.members),
    rated: known(f.rated),
    goodOrAbove: excellent === null || good === null ? null : excellent + good,
    newMembers: known(f.newMembers),
    fail: known(f.fail),
    rating: node.rating ?? node.ownRating,
  };
}

/** Sums of several units (merged communes); a figure unknown in any is unknown in the sum. */
function sumYears(list: readonly YearFigures[]): YearFigures {
  const sum = (k: "members" | "rated" | "goodOrAbove" | "newMembers" | "fail") =>
    list.reduce<number | null>((a, y) => (a === null || y[k] === null ? null : a + y[k]), 0);
  return {
    members: sum("members"),
    rated: sum("rated"),
    goodOrAbove: sum("goodOrAbove"),
    newMembers: sum("newMembers"),
    fail: sum("fail"),
    // Several old units have no one rating between them.
    rating: list.length === 1 ? list[0]!.rating : null,
  };
}

/** The units compared: the top, its children, and every organisation with units of its own. */
export function comparedNodes(root: OrgNode): OrgNode[] {
  const out: OrgNode[] = [];
  const walk = (n: OrgNode, depth: number) => {
    if (depth <= 1 || n.children.length > 0) out.push(n);
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return out;
}

/**
 * Last year beside this year: units matched by name (an organisation and its committee share a
 * key), old units merged into new ones summed under the new one, units that appear or disappear
 * shown as such. Every unit of either year has one line; nothing is dropped.
 */
export function comparePrevious(root: OrgNode, lastRoot: OrgNode, merges: MergeMap): PreviousRow[] {
  const last = new Map<string, OrgNode>();
  for (const n of comparedNodes(lastRoot)) if (!last.has(orgKey(n.name))) last.set(orgKey(n.name), n);
  // The top organisation is the same unit whatever its name became (a district renamed).
  const lastTopKey = orgKey(lastRoot.name);
  const used = new Set<string>();
  const rows: PreviousRow[] = [];
  for (const node of comparedNodes(root)) {
    const key = node === root ? lastTopKey : orgKey(node.name);
    const mergedIn = [...merges.entries()].filter(([from, m]) => m.intoKey === orgKey(node.name) && last.has(from));
    const own = last.get(key);
    const parts = [
      ...(own && !used.has(key) ? [[key, own] as const] : []),
      ...mergedIn.map(([from]) => [from, last.get(from)!] as const),
    ];
    for (const [k] of parts) used.add(k);
    const current = yearFigures(node);
    const previous = parts.length ? sumYears(parts.map(([, n]) => yearFigures(n))) : null;
    rows.push({
      unit: node.name,
      node,
      current,
      previous,
      previousUnits: parts.map(([, n]) => n.name),
      change: previous ? ratingChange(previous.rating, current.rating) : null,
      status: !previous ? "new" : mergedIn.length > 0 ? "merged" : "both",
    });
  }
  for (const [key, n] of last) {
    if (used.has(key)) continue;
    const into = merges.get(key);
    rows.push({
      unit: n.name,
      node: null,
      current: null,
      previous: yearFigures(n),
      previousUnits: [n.name],
      change: null,
      status: into ? "merged" : "gone",
    });
  }
  return rows;
}

export function ratingChange(before: Rating | null, now: Rating | null): RatingChange | null {
  if (!before || !now) return null;
  return ORDER[now] > ORDER[before] ? "up" : ORDER[now] < ORDER[before] ? "down" : "same";
}
