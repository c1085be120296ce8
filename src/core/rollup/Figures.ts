import type { ParsedCell } from "../model/SheetModel";
import { countValue } from "../recognize/parseCell";
import { RATINGS, type Rating } from "../model/Rating";

/** The member figures that roll up: summed from children, never averaged. */
export const FIGURE_KEYS = [
  "members",
  "exempt",
  "suspended",
  "newMembers",
  "subject",
  "notRated",
  "rated",
  "excellent",
  "good",
  "complete",
  "fail",
  "disciplined",
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
/**
 * A unit's member figures. `null` is unknown: no column of its sheet gives the figure and it cannot
 * be derived from those that do (a sheet without a "Bị đình chỉ" column). Unknown is never 0: it is
 * `null` in JSON and a blank cell in sheets, and a sum with an unknown part is unknown.
 */
export type Figures = Record<FigureKey, number | null>;

export function zeroFigures(): Figures {
  return {
    members: 0,
    exempt: 0,
    suspended: 0,
    newMembers: 0,
    subject: 0,
    notRated: 0,
    rated: 0,
    excellent: 0,
    good: 0,
    complete: 0,
    fail: 0,
    disciplined: 0,
  };
}

/** Adds `from` into `into`; a figure unknown on either side stays unknown. */
export function addFigures(into: Figures, from: Figures): Figures {
  for (const k of FIGURE_KEYS) {
    const a = into[k];
    const b = from[k];
    into[k] = a === null || b === null ? null : a + b;
  }
  return into;
}

/** HTTNV trở lên: excellent + good, unknown when either is. */
export function goodOrAbove(f: { excellent: number | null; good: number | null }): number | null {
  return f.excellent === null || f.good === null ? null : f.excellent + f.good;
}

/** `n / d` when both are known and `d` is not 0; else `null` (a share of nothing is not 0%). */
export function shareOf(n: number | null, d: number | null): number | null {
  return n === null || d === null || d === 0 ? null : n / d;
}

/**
 * A row's figures. A column that the sheet has: its count (unreadable or blank cells count as 0;
 * the cell rules report them). A column it lacks: derived where the others allow (subject =
 * rated + not rated, or members − exempt − suspended − new; rated = the four ratings, or subject −
 * not rated), else `null`.
 */
export function figuresOfRow(cells: Partial<Record<string, ParsedCell>>, has: (key: FigureKey) => boolean): Figures {
  const f = zeroFigures();
  for (const k of FIGURE_KEYS) f[k] = has(k) ? (countValue(cells[k]) ?? 0) : null;
  const sum = (...xs: (number | null)[]) =>
    xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + x!, 0);
  if (f.rated === null) {
    const four = sum(f.excellent, f.good, f.complete, f.fail);
    f.rated = four ?? (f.subject !== null && f.notRated !== null ? f.subject - f.notRated : null);
  }
  if (f.subject === null) {
    if (f.rated !== null && f.notRated !== null) f.subject = f.rated + f.notRated;
    else if (f.members !== null) f.subject = f.members - (f.exempt ?? 0) - (f.suspended ?? 0) - (f.newMembers ?? 0);
  }
  return f;
}

/** Organisations counted by rating. */
export interface OrgCounts {
  total: number;
  rated: number;
  excellent: number;
  good: number;
  complete: number;
  fail: number;
}

export function zeroCounts(): OrgCounts {
  return { total: 0, rated: 0, excellent: 0, good: 0, complete: 0, fail: 0 };
}

export function addCounts(into: OrgCounts, from: OrgCounts): OrgCounts {
  into.total += from.total;
  into.rated += from.rated;
  for (const r of RATINGS) into[r] += from[r];
  return into;
}

/** One organisation with its rating (or none yet) as counts. */
export function countOne(rating: Rating | null): OrgCounts {
  const c = zeroCounts();
  c.total = 1;
  if (rating) {
    c.rated = 1;
    c[rating] = 1;
  }
  return c;
}
