import fc from "fast-check";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { layoutToSnapshot } from "../../src/core/layout/layoutToSnapshot";
import { sheetsOf, treeArb, trueTotals } from "../builders/randomTree";
import type { SheetSnapshot } from "../../src/core/snapshot";

const run = (sheets: SheetSnapshot[]) => summarizeWorkbooks([{ name: "", snapshot: { sheets } }]);

describe("Biểu 6/7 over random trees", () => {
  test("Biểu 6/7 of the summary of summaries equal Biểu 6/7 of all the leaves", () => {
    fc.assert(
      fc.property(
        // A province (or deeper) whose districts each send their own Biểu 6 and Biểu 7.
        treeArb().filter((g) => g.children.length > 0 && g.children.every((c) => c.children.length > 0)),
        (gen) => {
          const all = run(sheetsOf(gen));
          const sent = gen.children.flatMap((child) =>
            run(sheetsOf(child))
              .layouts.filter((l) => l.name === "Biểu 6" || l.name === "Biểu 7")
              .map((l) => layoutToSnapshot({ ...l, name: `${l.name} ${child.title}`.slice(0, 31) })),
          );
          const fromForms = run(sent);
          expect(fromForms.issues.filter((i) => i.severity === "error")).toEqual([]);
          expect(fromForms.official!.forms).toEqual(all.official!.forms);
          // And the figures of the top are those generated, whichever way they came.
          const truth = trueTotals(gen);
          expect(fromForms.root!.figures.rated).toBe(truth.rated);
          expect(fromForms.official!.forms.form6.total["cells.total"]).toBe(truth.cells);
        },
      ),
      { numRuns: 30 },
    );
  });
});
