import fs from "fs";
import path from "path";
import fc from "fast-check";
import { validateWorkbook } from "../../src/core/validate";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import { levelSheet, type GroupSpec, type LevelSheetSpec, type UnitFigures } from "../builders/levelSheet";
import { accountSheet } from "../builders/accounting";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";

const unitArb = (prefix: string, i: number): fc.Arbitrary<UnitFigures> =>
  fc
    .record({ excellent: fc.nat(4), good: fc.nat(30), complete: fc.nat(5), fail: fc.nat(1), notRated: fc.nat(2) })
    .map((f) => ({ unit: `Chi bộ ${prefix} ${i + 1}`, ...f, notRatedReason: f.notRated > 0 ? "ốm" : "" }));

const unitsArb = (prefix: string) =>
  fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => unitArb(prefix, i))));

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];
const NAMED = ["Khối xã, phường", "Khu vực xã Tân Ân (cũ)", "Khối cơ quan", "Xã Hòa Thành trước đây"];

/** One group: with or without a heading (numbered in STT, in the label, or named), sums, a `Cộng`. */
const groupArb = (g: number, headless: boolean): fc.Arbitrary<GroupSpec> =>
  fc
    .record({
      rows: unitsArb(`nhóm ${g + 1}`),
      heading: headless ? fc.constant("none") : fc.constantFrom("stt", "label", "named"),
      sums: fc.boolean(),
      subtotal: fc.boolean(),
    })
    .map(({ rows, heading, sums, subtotal }) => ({
      rows,
      ...(heading === "none"
        ? {}
        : {
            heading:
              heading === "stt"
                ? { stt: ROMAN[g]!, label: `Khối ${g + 1}`, sums }
                : heading === "label"
                  ? { label: `${ROMAN[g]!}. Khối ${g + 1}`, sums }
                  : { label: NAMED[g % NAMED.length]!, sums },
          }),
      subtotal: heading === "none" ? true : subtotal,
    }));

const specArb: fc.Arbitrary<LevelSheetSpec> = fc
  .record({
    // Groups without headings are told apart by their `Cộng` rows only: all or none have headings.
    groups: fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.boolean())
      .chain(([n, headless]) => fc.tuple(...Array.from({ length: n }, (_, g) => groupArb(g, headless)))),
    blankBetween: fc.nat(2),
    totalLabel: fc.constantFrom("Cộng", "Tổng cộng", "Cộng toàn đảng bộ"),
    total: fc.boolean(),
    after: fc.boolean(),
    gap: fc.constantFrom(0, 3, 12),
    extra: fc.boolean(),
  })
  .map(({ groups, blankBetween, totalLabel, total, after, gap, extra }) => {
    const withExtra = (u: UnitFigures, i: number): UnitFigures => (extra ? { ...u, extraValues: [i + 1] } : u);
    return {
      name: "Sinh",
      rows: [],
      groups: groups.map((g) => ({ ...g, rows: g.rows.map(withExtra) })),
      blankBetween,
      totalLabel,
      total: total ? "auto" : "none",
      ...(after && total
        ? { afterTotal: [{ unit: "Chi bộ ghi sau", excellent: 1, good: 7 }], gapBeforeAfterTotal: gap }
        : {}),
      ...(extra ? { extra: [{ after: "disciplined" as const, label: "Số chuyển sinh hoạt" }] } : {}),
    };
  });

describe("every number of a generated layout is used or reported", () => {
  test("groups, headings, subtotals, totals, rows below, unknown columns: sum(all) = used + reported", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const analysis = validateWorkbook({ sheets: [levelSheet(spec)] });
        const sheet = analysis.sheets[0] as LevelSheet;
        expect(sheet.kind).toBe("level");
        const acc = accountSheet(sheet, analysis.issues);
        expect(acc.lost).toEqual([]);
        expect(acc.used.sum + acc.reported.sum).toBeCloseTo(acc.all.sum, 6);
        // Every generated unit is read once, in the groups or below the total, never both.
        const expected = spec.groups!.flatMap((g) => g.rows.map((u) => u.unit));
        expect(sheet.rows.map((r) => r.unit).filter((u) => u !== "Chi bộ ghi sau")).toEqual(expected);
        // Correct sums raise no SUM-TOTAL-ROW, whatever the layout.
        expect(analysis.issues.filter((i) => i.rule === "SUM-TOTAL-ROW")).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("every number of the bundled sample files is used or reported", () => {
  const dirs = ["thoi-lai-2022", "faults"].map((d) => path.resolve(__dirname, "../../seeds", d));
  const files = dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => /\.xlsx?$/.test(f))
      .map((f) => path.join(d, f)),
  );
  test.each(files.map((f) => [path.basename(f), f]))("%s", async (_name, file) => {
    const snapshot = await readWorkbookBytes(new Uint8Array(fs.readFileSync(file)), path.basename(file));
    const analysis = validateWorkbook(snapshot);
    const levels = analysis.sheets.filter((s): s is LevelSheet => s.kind === "level");
    expect(levels.length).toBeGreaterThan(0);
    for (const sheet of levels) {
      const acc = accountSheet(sheet, analysis.issues);
      expect(acc.lost).toEqual([]);
      expect(acc.used.sum + acc.reported.sum).toBeCloseTo(acc.all.sum, 6);
    }
  });
});
