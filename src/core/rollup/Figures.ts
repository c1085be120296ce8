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
export type Figures = Record<FigureKey, number>;

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

export function addFigures(into: Figures, from: Figures): Figures {
  for (const k of FIGURE_KEYS) into[k] += from[k];
  return into;
}

export function goodOrAbove(f: { excellent: number; good: number }): number {
  return f.excellent + f.good;
}

/** A row's figures; unreadable or blank cells count as 0 (they are reported by the cell rules). */
export function figuresOfRow(cells: Partial<Record<string, ParsedCell>>): Figures {
  const f = zeroFigures();
  for (const k of FIGURE_KEYS) f[k] = countValue(cells[k]) ?? 0;
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
