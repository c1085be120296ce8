import fc from "fast-check";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { levelSheet, type UnitFigures } from "./levelSheet";

/**
 * A random organisation tree of depth 2 to 5 as the sheets that report it, with the true
 * figures kept aside so that tests compare the engine with an independent sum.
 *   depth 2: a TCCSĐ and its chi bộ;  3: a district;  4: a province;  5: with đảng bộ bộ phận.
 */
export interface GenNode {
  title: string;
  parentTitle: string;
  /** Leaves (chi bộ rows) under this node, directly. */
  rows: UnitFigures[];
  children: GenNode[];
}

const LEVEL_TITLES = ["TỈNH ỦY", "HUYỆN ỦY", "ĐẢNG ỦY XÃ", "ĐẢNG BỘ BỘ PHẬN"];

const unitArb = (name: string) =>
  fc
    .record({
      excellent: fc.integer({ min: 0, max: 3 }),
      good: fc.integer({ min: 0, max: 20 }),
      complete: fc.integer({ min: 0, max: 4 }),
      fail: fc.integer({ min: 0, max: 1 }),
    })
    .map(
      (f): UnitFigures => ({
        unit: name,
        ...f,
        unitRating: f.fail > 0 ? "Hoàn thành nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
      }),
    );

function nodeArb(depth: number, level: number, path: string, parentTitle: string): fc.Arbitrary<GenNode> {
  const title = depth - level <= 1 || level === 0 ? titleFor(depth, level, path) : titleFor(depth, level, path);
  if (level === depth - 2) {
    // The lowest sheet: its rows are chi bộ.
    return fc
      .integer({ min: 1, max: 5 })
      .chain((n) =>
        fc
          .tuple(...Array.from({ length: n }, (_, i) => unitArb(`Chi bộ ${path}-${i + 1}`)))
          .map((rows) => ({ title, parentTitle, rows, children: [] })),
      );
  }
  return fc
    .integer({ min: 1, max: 3 })
    .chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => nodeArb(depth, level + 1, `${path}-${i + 1}`, title))),
    )
    .map((children) => ({ title, parentTitle, rows: [], children }));
}

/** Titles that read as the right level: the deepest sheet is a TCCSĐ (or a đảng bộ bộ phận at depth 5). */
function titleFor(depth: number, level: number, path: string): string {
  const fromBottom = depth - 2 - level; // 0 = the sheet whose rows are chi bộ
  const name = `P${path.replace(/-/g, " ")}`;
  if (depth === 5) return `${LEVEL_TITLES[level]} ${name}`;
  const titles = ["ĐẢNG ỦY XÃ", "HUYỆN ỦY", "TỈNH ỦY"];
  return `${titles[fromBottom]} ${name}`;
}

export function treeArb(): fc.Arbitrary<GenNode> {
  return fc.integer({ min: 2, max: 5 }).chain((depth) => nodeArb(depth, 0, "1", "BAN CHẤP HÀNH TRUNG ƯƠNG"));
}

/**
 * Every sheet of the tree, as each organisation sends its own: the lowest list their chi bộ; the
 * others list their child organisations with the figures those report (typed, consistent).
 */
export function sheetsOf(node: GenNode, year = 2022): SheetSnapshot[] {
  const rows: UnitFigures[] =
    node.rows.length > 0
      ? node.rows
      : node.children.map((c) => {
          const t = trueTotals(c);
          return {
            unit: c.title,
            excellent: t.excellent,
            good: t.good,
            complete: t.complete,
            fail: t.fail,
            unitRating: "Hoàn thành tốt nhiệm vụ",
          };
        });
  const own = levelSheet({
    name: node.title.slice(-28),
    parent: node.parentTitle,
    organisation: node.title,
    year,
    rows,
    unitLabel: "Tên tổ chức đảng",
  });
  return [own, ...node.children.flatMap((c) => sheetsOf(c, year))];
}

/** The true sums, computed here from the generated figures alone. */
export function trueTotals(node: GenNode): {
  rated: number;
  excellent: number;
  good: number;
  complete: number;
  fail: number;
  cells: number;
} {
  const t = { rated: 0, excellent: 0, good: 0, complete: 0, fail: 0, cells: 0 };
  for (const u of node.rows) {
    t.excellent += u.excellent;
    t.good += u.good;
    t.complete += u.complete ?? 0;
    t.fail += u.fail ?? 0;
    t.rated += u.excellent + u.good + (u.complete ?? 0) + (u.fail ?? 0);
    t.cells++;
  }
  for (const c of node.children) {
    const s = trueTotals(c);
    for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += s[k];
  }
  return t;
}
