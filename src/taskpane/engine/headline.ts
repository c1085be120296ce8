import type { OrgNode } from "../../core/rollup/OrgNode";
import type { CompletenessRow } from "../../core/layout/completenessLayout";

/** A figure may be unknown (null): shown blank, never as 0. */
type Count = number | null;

/** The headline figures of the top organisation after Tổng hợp, and whether they are complete. */
export interface Headline {
  name: string;
  /** The evaluation year the sheets state, for the download's name. */
  year: number | null;
  rated: Count;
  goodOrAbove: Count;
  excellent: Count;
  good: Count;
  complete: Count;
  fail: Count;
  cells: { total: Count; rated: Count; goodOrAbove: Count };
  grassroots: { total: Count; goodOrAbove: Count };
  /** Units expected below the organisation (the unit list, the parent's rows) and those that reported. */
  expected: number;
  reported: number;
  /** The units that have not reported: the figures are incomplete while any is missing. */
  missing: string[];
}

const plus = (a: Count, b: Count): Count => (a === null || b === null ? null : a + b);

export function headlineOf(root: OrgNode, completeness: readonly CompletenessRow[], year: number | null): Headline {
  // Read through a looser type: figures become `number | null` where no source gives them.
  const f = root.figures as unknown as Record<string, Count | undefined>;
  const at = (k: string): Count => f[k] ?? null;
  const cells = root.organisations.cells as unknown as Record<string, Count | undefined>;
  const grassroots = root.organisations.grassroots as unknown as Record<string, Count | undefined>;
  const missing = completeness.filter((r) => r.status === "missing").map((r) => r.unit);
  return {
    name: root.name,
    year,
    rated: at("rated"),
    goodOrAbove: plus(at("excellent"), at("good")),
    excellent: at("excellent"),
    good: at("good"),
    complete: at("complete"),
    fail: at("fail"),
    cells: {
      total: cells.total ?? null,
      rated: cells.rated ?? null,
      goodOrAbove: plus(cells.excellent ?? null, cells.good ?? null),
    },
    grassroots: {
      total: grassroots.total ?? null,
      goodOrAbove: plus(grassroots.excellent ?? null, grassroots.good ?? null),
    },
    expected: completeness.length,
    reported: completeness.length - missing.length,
    missing,
  };
}
