import { summarizeWorkbooks } from "../../src/core/summarize";
import { validateWorkbook } from "../../src/core/validate";
import { nodeJson } from "../../src/cli/nodeJson";
import { ALL_COLUMNS, levelSheet, xuanThangUnits, type ColumnId } from "../builders/levelSheet";

const without = (...ids: ColumnId[]) => ALL_COLUMNS.filter((c) => !ids.includes(c));

describe("figures no column gives are unknown (null), never 0", () => {
  test("[TPL-HEADER-MISSING] no subject column: subject = rated + not rated, and the column is not asked for", () => {
    const units = xuanThangUnits().map((u, i) => ({ ...u, notRated: i === 0 ? 2 : 0, notRatedReason: "ốm" }));
    const sheet = levelSheet({ rows: units, columns: without("subject") });
    const { issues } = validateWorkbook({ sheets: [sheet] });
    expect(issues.filter((i) => i.rule === "TPL-HEADER-MISSING")).toEqual([]);
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.figures.subject).toBe(168);
    expect(root!.figures.rated).toBe(166);
  });

  test("no subject, no rated, no not-rated column: subject from the members, rated from the four ratings", () => {
    const sheet = levelSheet({ rows: xuanThangUnits(), columns: without("subject", "rated") });
    const { root } = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    expect(root!.figures.rated).toBe(166);
    expect(root!.figures.subject).toBe(166); // members − exempt − suspended − new, all 0 here
  });

  test("a column the sheet lacks is null in the tree and the JSON, blank in the summary sheet", () => {
    const sheet = levelSheet({ rows: xuanThangUnits(), columns: without("suspended", "disciplined") });
    const result = summarizeWorkbooks([{ name: "", snapshot: { sheets: [sheet] } }]);
    const root = result.root!;
    expect(root.figures.suspended).toBeNull();
    expect(root.figures.disciplined).toBeNull();
    expect(root.children.every((c) => c.figures.suspended === null)).toBe(true);
    expect(root.figures.members).toBe(166);
    const json = nodeJson(root);
    expect(json.members).toBe(166);
    expect(JSON.parse(JSON.stringify(json)).children[0].members).toBe(
      xuanThangUnits()[0]!.excellent + xuanThangUnits()[0]!.good + (xuanThangUnits()[0]!.complete ?? 0),
    );
    // The summary sheet: the suspended column is blank on every row and on the total row, never 0.
    const layout = result.layouts[0]!;
    const header = layout.cells.find((c) => typeof c.value === "string" && /đình chỉ/i.test(c.value));
    expect(header).toBeDefined();
    const column = layout.cells.filter((c) => c.col === header!.col && c.row > header!.row + 1 && !c.italic); // not the column numbers
    expect(column.length).toBeGreaterThan(0);
    expect(column.filter((c) => c.value !== null && c.value !== "")).toEqual([]);
    expect(column.some((c) => c.formula !== undefined)).toBe(false);
  });
});
