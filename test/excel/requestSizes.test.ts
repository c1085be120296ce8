/** @jest-environment jsdom */
import path from "path";
import { createOfficePort } from "../../src/excel/officePort";
import { validateWorkbook } from "../../src/core/validate";
import { flagsFromIssues } from "../../src/core/flags";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { rectangles } from "../../src/excel/rectangles";
import { EXCEL_WEB_LIMIT, recordingHost } from "./recordingHost/recordingHost";
import { everyCountAsText, province, sampleDistrict } from "./recordingHost/scenarios";
import type { LayoutCell, SheetLayout } from "../../src/core/layout/SheetLayout";

const root = path.resolve(__dirname, "../..");

describe("request sizes as Microsoft's Excel client builds them (Excel on the web: at most 5.000.000 bytes)", () => {
  test("Kiểm tra on the sample district with every count typed as text: 3 requests, each under the limit, flags as rectangles", async () => {
    const host = recordingHost((await sampleDistrict(root)).map(everyCountAsText));
    let flags = 0;
    await createOfficePort(host.run).checkAndFlag((snap) => {
      const f = flagsFromIssues(validateWorkbook(snap).issues);
      flags = f.length;
      return f;
    });
    expect(host.requests).toHaveLength(3);
    expect(host.requests.filter((r) => r.refused)).toEqual([]);
    for (const r of host.requests) expect(r.requestBytes).toBeLessThan(EXCEL_WEB_LIMIT);
    const formats = host.model.sheets.flatMap((s) => s.formats);
    expect(flags).toBeGreaterThan(2_000);
    expect(formats.length).toBeLessThan(flags / 10);
    // No multi-area address: every format sits on one rectangle.
    expect(formats.filter((f) => f.address.includes(","))).toEqual([]);
  });

  test("Tổng hợp of a province (30 district summaries of 20 TCCSĐ): every request under the limit, few requests", async () => {
    const host = recordingHost(province(30, 20));
    await createOfficePort(host.run).summarizeInto(
      (snap, names) =>
        summarizeWorkbooks([{ name: "", snapshot: snap }], { linkSources: true, takenSheetNames: names.all }).layouts,
    );
    expect(host.requests.filter((r) => r.refused)).toEqual([]);
    for (const r of host.requests) expect(r.requestBytes).toBeLessThan(EXCEL_WEB_LIMIT);
    expect(host.requests.length).toBeLessThanOrEqual(4);
  });

  test("summary writes are split into several requests when they would be too large, still few", async () => {
    const cells: LayoutCell[] = Array.from({ length: 30_000 }, (_, i) => ({
      row: Math.floor(i / 20),
      col: i % 20,
      value: `Đảng bộ xã số ${i} có tên rất dài để làm đầy yêu cầu`,
      border: true,
    }));
    const layout = (name: string): SheetLayout =>
      ({ name, cells, merges: [], columnWidths: [], frozenRows: 0 }) as unknown as SheetLayout;
    const host = recordingHost(province(1, 2));
    await createOfficePort(host.run).summarizeInto(() => [layout("A"), layout("B"), layout("C")]);
    expect(host.requests.filter((r) => r.refused)).toEqual([]);
    for (const r of host.requests) expect(r.requestBytes).toBeLessThan(EXCEL_WEB_LIMIT);
    expect(host.requests.length).toBeGreaterThan(3);
    expect(host.requests.length).toBeLessThanOrEqual(8);
  });

  test("rectangles cover exactly the cells given", () => {
    const cells = [
      { row: 1, col: 1 },
      { row: 1, col: 2 },
      { row: 2, col: 1 },
      { row: 2, col: 2 },
      { row: 3, col: 2 },
      { row: 5, col: 0 },
    ];
    const rects = rectangles(cells);
    expect(rects).toEqual([
      { top: 1, bottom: 2, left: 1, right: 2 },
      { top: 3, bottom: 3, left: 2, right: 2 },
      { top: 5, bottom: 5, left: 0, right: 0 },
    ]);
  });
});

describe("text is written as text, and links quote every sheet name", () => {
  test.each(["=1+1", "+84 292 3851 234", "- Chi bộ Ấp 1", "@Chi bộ"])("%s stays text", async (text) => {
    const host = recordingHost([]);
    const layout = {
      name: "Tổng hợp",
      cells: [
        { row: 0, col: 0, value: text },
        { row: 0, col: 1, value: 3, formula: "'CB1'!C10" },
      ],
      merges: [],
      columnWidths: [],
      frozenRows: 0,
    } as unknown as SheetLayout;
    await createOfficePort(host.run).summarizeInto(() => [layout]);
    const a1 = host.model.sheets[0]!.cells.get("A1")!;
    expect(a1).toEqual({ numberFormat: "@", values: text, formulas: null });
    expect(host.model.sheets[0]!.cells.get("B1")).toEqual({
      numberFormat: "General",
      values: null,
      formulas: "='CB1'!C10",
    });
  });

  test("linking formulas quote CB1, R1C1, A1 and names with apostrophes", () => {
    const { sheetRef } = jest.requireActual<typeof import("../../src/core/layout/sheetName")>(
      "../../src/core/layout/sheetName",
    );
    expect(["CB1", "R1C1", "A1", "Xã 1", "Chi bộ Bà's"].map(sheetRef)).toEqual([
      "'CB1'",
      "'R1C1'",
      "'A1'",
      "'Xã 1'",
      "'Chi bộ Bà''s'",
    ]);
  });
});

describe("flags in numbers no single request can carry", () => {
  test("3.200 scattered flags and 10.000 old per-cell formats: more requests, each under the limit, all exact", async () => {
    const sheet = province(1, 2)[0]!;
    const host = recordingHost([sheet]);
    const model = host.model.sheets[0]!;
    // Flags painted cell by cell by an older version, which Kiểm tra must remove.
    for (let i = 0; i < 10_000; i++)
      model.formats.push({
        type: "Custom",
        address: `A${i + 1}`,
        custom: { rule: { formula: '=N("xeploai")=0' }, format: { fill: { color: "" }, font: { color: "" } } },
        deleted: false,
      });
    // A checkerboard: no two flags of a kind touch, so each is its own rectangle.
    const flags = Array.from({ length: 3_200 }, (_, i) => ({
      sheet: sheet.name,
      cell: { row: 100 + Math.floor(i / 50) * 2, col: (i % 50) * 2 },
      severity: "error" as const,
      kind: "static" as const,
    }));
    await createOfficePort(host.run).checkAndFlag(() => flags);
    expect(host.requests.filter((r) => r.refused)).toEqual([]);
    for (const r of host.requests) expect(r.requestBytes).toBeLessThan(EXCEL_WEB_LIMIT);
    expect(model.formats.filter((f) => !f.deleted)).toHaveLength(3_200);
    // The list, the read, then the deletions and 3.200 error formats (each with its four border
    // edges, some 3,6 KB) in blocks of about 2,5 MB: nine requests in all.
    expect(host.requests).toHaveLength(9);
  });
});
