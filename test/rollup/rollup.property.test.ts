import fc from "fast-check";
import { summarizeWorkbooks } from "../../src/core/summarize";
import type { OrgNode } from "../../src/core/rollup/OrgNode";
import { layoutToSnapshot } from "../../src/core/layout/layoutToSnapshot";
import { sheetsOf, treeArb, trueTotals, type GenNode } from "../builders/randomTree";
import type { SheetSnapshot } from "../../src/core/snapshot";

function rootOf(sheets: SheetSnapshot[]): OrgNode {
  const { root, issues } = summarizeWorkbooks([{ name: "", snapshot: { sheets } }]);
  if (!root) throw new Error("no root");
  // Consistent generated sheets make a clean tree: no hierarchy error.
  expect(issues.filter((i) => i.rule.startsWith("HIER-"))).toEqual([]);
  return root;
}

/** The generated node that a tree node stands for, by title. */
function byTitle(gen: GenNode, title: string): GenNode | null {
  if (gen.title === title) return gen;
  for (const c of gen.children) {
    const found = byTitle(c, title);
    if (found) return found;
  }
  return null;
}

function walk(node: OrgNode, visit: (n: OrgNode) => void) {
  visit(node);
  node.children.forEach((c) => walk(c, visit));
}

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("the rollup, over random trees of depth 2 to 5", () => {
  test("each organisation equals the sum of the figures generated below it", () => {
    fc.assert(
      fc.property(treeArb(), (gen) => {
        const root = rootOf(sheetsOf(gen));
        walk(root, (node) => {
          const genNode = byTitle(gen, node.name);
          if (!genNode) return; // a chi bộ row: its figures are its own
          const truth = trueTotals(genNode);
          expect({
            rated: node.figures.rated,
            excellent: node.figures.excellent,
            good: node.figures.good,
            complete: node.figures.complete,
            fail: node.figures.fail,
          }).toEqual({
            rated: truth.rated,
            excellent: truth.excellent,
            good: truth.good,
            complete: truth.complete,
            fail: truth.fail,
          });
          expect(node.organisations.cells.total).toBe(truth.cells);
        });
      }),
      { numRuns: 60 },
    );
  });

  test("row order and sheet order change nothing", () => {
    fc.assert(
      fc.property(treeArb(), fc.integer({ min: 1, max: 1000 }), (gen, seed) => {
        const sheets = sheetsOf(gen);
        const reordered = shuffle(sheets, seed).map((s) => reverseUnitRows(s));
        const a = rootOf(sheets);
        const b = rootOf(reordered);
        expect(b.figures).toEqual(a.figures);
        expect(b.organisations).toEqual(a.organisations);
      }),
      { numRuns: 40 },
    );
  });

  test("summarising the summaries of the middle level gives the figures of summarising every leaf", () => {
    fc.assert(
      fc.property(
        treeArb().filter((g) => g.children.length > 0 && g.children.every((c) => c.children.length > 0)),
        (gen) => {
          const all = rootOf(sheetsOf(gen));
          // Each child of the top summarises its own subtree; the top then reads only those summaries.
          const summaries = gen.children.map((child) => {
            const result = summarizeWorkbooks([{ name: "", snapshot: { sheets: sheetsOf(child) } }]);
            const top = result.layouts[0]!;
            return layoutToSnapshot({ ...top, name: child.title.slice(-28) });
          });
          const fromSummaries = rootOf(summaries);
          expect(fromSummaries.figures).toEqual(all.figures);
          expect(fromSummaries.organisations.cells).toEqual(all.organisations.cells);
          expect(fromSummaries.organisations.grassroots).toEqual(all.organisations.grassroots);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** The same sheet with its unit rows in reverse order (title, header and total row kept). */
function reverseUnitRows(s: SheetSnapshot): SheetSnapshot {
  const first = 7; // the builder's first unit row
  const units = s.values.findIndex((r, i) => i >= first && r.includes("Cộng"));
  if (units < 0) return s;
  const flip = <T>(rows: T[]) => [...rows.slice(0, first), ...rows.slice(first, units).reverse(), ...rows.slice(units)];
  return {
    ...s,
    values: flip(s.values),
    types: flip(s.types),
    numberFormats: flip(s.numberFormats),
    fonts: flip(s.fonts),
  };
}
