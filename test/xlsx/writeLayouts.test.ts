import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { loadSample } from "../report/loadSample";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { findingsLayout } from "../../src/core/layout/findingsLayout";
import { allCells, type LayoutCell, type SheetLayout } from "../../src/core/layout/SheetLayout";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { addLayoutSheet } from "../../src/xlsx/writeXlsx";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { validateWorkbook } from "../../src/core/validate";
import type { Issue } from "../../src/core/issues/Issue";

/** The ExcelJS path (the pane's download adds layouts to the inputs this way), alone. */
async function withExcelJS(layouts: readonly SheetLayout[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const layout of layouts) addLayoutSheet(wb, layout);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every cell as SheetJS reads it: type, value, formula, number format; merges, widths, print titles. */
function sheetjs(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, cellStyles: true });
  return {
    names: wb.SheetNames,
    definedNames: (wb.Workbook?.Names ?? []).map((n) => ({ name: n.Name, sheet: n.Sheet, ref: n.Ref })),
    sheets: wb.SheetNames.map((name) => {
      const ws = wb.Sheets[name]!;
      const cells: Record<string, unknown> = {};
      for (const [addr, c] of Object.entries(ws)) {
        if (addr.startsWith("!")) continue;
        const cell = c as XLSX.CellObject;
        cells[addr] = { t: cell.t, v: cell.v, f: cell.f, z: cell.z };
      }
      return {
        ref: ws["!ref"],
        cells,
        merges: ws["!merges"],
        cols: (ws["!cols"] ?? []).map((c) => c?.width),
      };
    }),
  };
}

/** Every cell as ExcelJS reads it back, with its whole look; the sheet's view, page setup and names. */
async function exceljs(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    definedNames: wb.definedNames.model,
    sheets: wb.worksheets.map((ws) => {
      const cells: Record<string, unknown> = {};
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          cells[cell.address] = {
            type: cell.type,
            value: cell.value,
            numFmt: cell.numFmt,
            font: cell.font,
            alignment: cell.alignment,
            border: cell.border,
            fill: cell.fill,
          };
        }),
      );
      return {
        name: ws.name,
        cells,
        merges: [...(ws.model.merges ?? [])].sort(),
        widths: ws.columns.map((c) => c.width),
        views: ws.views.map((v) => {
          const frozen = v as Partial<ExcelJS.WorksheetViewFrozen>;
          return { state: v.state, xSplit: frozen.xSplit, ySplit: frozen.ySplit, topLeftCell: frozen.topLeftCell };
        }),
        pageSetup: {
          paperSize: ws.pageSetup.paperSize,
          orientation: ws.pageSetup.orientation,
          fitToPage: ws.pageSetup.fitToPage,
          fitToWidth: ws.pageSetup.fitToWidth,
          fitToHeight: ws.pageSetup.fitToHeight,
          printTitlesRow: ws.pageSetup.printTitlesRow,
        },
      };
    }),
  };
}

/** Both writers give the same workbook, read back by our reader, SheetJS and ExcelJS. */
async function expectSameWorkbook(layouts: readonly SheetLayout[]) {
  const mine = await writeLayouts(layouts);
  const theirs = await withExcelJS(layouts);
  expect(await readXlsx(mine, "mine.xlsx")).toEqual(await readXlsx(theirs, "theirs.xlsx"));
  expect(sheetjs(mine)).toEqual(sheetjs(theirs));
  expect(await exceljs(mine)).toEqual(await exceljs(theirs));
  return mine;
}

describe("writeLayouts writes what ExcelJS wrote, row by row", () => {
  test("the sample district's Tổng hợp, Biểu 6/7, completeness table and report paragraph", async () => {
    const result = summarizeWorkbooks(await loadSample());
    expect(result.layouts.length).toBeGreaterThanOrEqual(4);
    const bytes = await expectSameWorkbook(result.layouts);
    // What was written is what was laid out: a total row's formula and its value.
    const book = await readWorkbookBytes(bytes, "tong-hop.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(result.layouts.map((l) => l.name));
    const layout = result.layouts[0]!;
    const total = layout.cells.find((c) => c.value === "Cộng")!;
    const sum = layout.cells.find((c) => c.row === total.row && c.formula?.startsWith("SUM("))!;
    const sheet = book.sheets[0]!;
    expect(sheet.values[sum.row - sheet.origin.row]![sum.col - sheet.origin.col]).toBe(sum.value);
    const wb = XLSX.read(bytes, { type: "array", cellFormula: true });
    const cell = wb.Sheets[layout.name]![XLSX.utils.encode_cell({ r: sum.row, c: sum.col })] as XLSX.CellObject;
    expect({ f: cell.f, v: cell.v }).toEqual({ f: sum.formula, v: sum.value });
  });

  test("a summary's unit rows made on demand (the command line's) give the same cells and the same file", async () => {
    const sample = await loadSample();
    const eager = summarizeWorkbooks(sample);
    const lazy = summarizeWorkbooks(sample, { lazyRows: true });
    expect(lazy.layouts.map((l) => l.name)).toEqual(eager.layouts.map((l) => l.name));
    const top = lazy.layouts[0]!;
    // The lazy rows are the unit rows, none of them among the cells held.
    expect(top.rows!.count).toBe(eager.root!.children.length);
    expect(top.cells.some((c) => c.row >= top.rows!.first && c.row < top.rows!.first + top.rows!.count)).toBe(false);
    const order = (cells: readonly LayoutCell[]) =>
      [...cells].sort((a, b) => a.row - b.row || a.col - b.col).map((c) => ({ ...c }));
    lazy.layouts.forEach((l, i) => {
      expect(order(allCells(l))).toEqual(order(eager.layouts[i]!.cells));
      expect({ ...l, cells: undefined, rows: undefined }).toEqual({ ...eager.layouts[i]!, cells: undefined });
    });
    const created = new Date("2025-12-01T00:00:00Z");
    expect(Buffer.from(await writeLayouts(lazy.layouts, { created }))).toEqual(
      Buffer.from(await writeLayouts(eager.layouts, { created })),
    );
  });

  test("the findings workbook of a set of faulty sheets", async () => {
    const dir = path.resolve(__dirname, "../../seeds/faults");
    const issues: Issue[] = [];
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".xlsx")))
      issues.push(...validateWorkbook(await readWorkbookBytes(fs.readFileSync(path.join(dir, f)), f)).issues);
    expect(issues.length).toBeGreaterThan(10);
    await expectSameWorkbook(findingsLayout(issues, { unitOf: (i) => i.sheet, perUnit: true, title: "DANH SÁCH LỖI" }));
  });

  test("odd cells: duplicates, a merge over a missing first cell, text ExcelJS escapes, numbers Excel cannot hold", async () => {
    const layout: SheetLayout = {
      name: "Kiểm 'thử' 1",
      cells: [
        { row: 2, col: 1, value: " a <b> & \"c\" 'd'\u0001\n", wrap: true, bold: true },
        { row: 2, col: 1, value: null, italic: true, border: true },
        { row: 0, col: 3, value: 5, formula: "A1+1", numFmt: "0.000" },
        { row: 0, col: 3, value: 6, header: true },
        { row: 1, col: 0, value: Infinity },
        { row: 1, col: 2, value: NaN, formula: "1/0" },
        { row: 1, col: 4, value: "x", formula: 'IF(1,"x","y")', align: "left", font: ".VnTime" },
        { row: 5, col: 2, value: 1e-7, numFmt: "#,##0.0##" },
        { row: 7, col: 0, value: "covered", bold: true },
      ],
      merges: [
        { top: 4, bottom: 5, left: 1, right: 3 },
        { top: 6, bottom: 7, left: 0, right: 1 },
      ],
      columnWidths: [5, 10, 10, 12],
      frozenRows: 0,
      paper: "A3",
    };
    await expectSameWorkbook([layout, { ...layout, name: "Hai", frozenRows: 3, paper: "A4" }]);
  });
});
