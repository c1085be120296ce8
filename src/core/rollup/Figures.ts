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
  // An error or an uncomputed formula is unknown; a blank or unreadable count is 0 (reported).
  for (const k of FIGURE_KEYS) f[k] = !has(k) || cells[k]?.kind === "error" ? null : (countValue(cells[k]) ?? 0);
  if (f.rated === null) {
    const four =
      f.excellent === null || f.good === null || f.complete === null || f.fail === null
        ? null
        : f.excellent + f.good + f.complete + f.fail;
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

/** What makes a unit's figures impossible, if anything (SUM-IMPOSSIBLE). */
export type Impossible =
  | { kind: "negative"; figure: FigureKey; value: number }
  | { kind: "ratedAboveSubject"; rated: number; subject: number }
  | { kind: "ratingsAboveRated"; ratings: number; rated: number };

/** The first impossibility of a set of figures: a negative count, rated above subject, ratings above rated. */
export function impossibility(f: Figures): Impossible | null {
  for (const k of FIGURE_KEYS) {
    const v = f[k];
    if (v !== null && v < 0) return { kind: "negative", figure: k, value: v };
  }
  if (f.rated !== null && f.subject !== null && f.rated > f.subject)
    return { kind: "ratedAboveSubject", rated: f.rated, subject: f.subject };
  const top = Math.max(f.excellent ?? 0, f.good ?? 0, f.complete ?? 0, f.fail ?? 0, goodOrAbove(f) ?? 0);
  if (f.rated !== null && top > f.rated) return { kind: "ratingsAboveRated", ratings: top, rated: f.rated };
  return null;
}

/**
 * The figures with whatever is impossible made unknown, so that no negative count, no rated above
 * subject and no share over 100% reaches a summary sheet, the pane or the JSON (SUM-IMPOSSIBLE
 * reports it on the sheet): a negative count, the subject under a larger rated, the rated under a
 * larger rating.
 */
export function saneFigures(f: Figures): Figures {
  if (impossibility(f) === null) return f;
  const out = { ...f };
  for (const k of FIGURE_KEYS) if ((out[k] ?? 0) < 0) out[k] = null;
  if (out.rated !== null && out.subject !== null && out.rated > out.subject) out.subject = null;
  const top = Math.max(out.excellent ?? 0, out.good ?? 0, out.complete ?? 0, out.fail ?? 0, goodOrAbove(out) ?? 0);
  if (out.rated !== null && top > out.rated) out.rated = null;
  return out;
}
