import ExcelJS from "exceljs";
import { allCells, type SheetLayout } from "../core/layout/SheetLayout";
import { FLAG_STYLE, type Flag } from "../core/flags";
import { a1 } from "../core/issues/a1";
import { OWNER_NAME, flagRule } from "../core/ownership";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
/** A medium border on every side, in a flag's colour. */
function borderOf(rgb: string): Partial<ExcelJS.Borders> {
  const side: Partial<ExcelJS.Border> = { style: "medium", color: { argb: `FF${rgb}` } };
  return { top: side, left: side, bottom: side, right: side };
}
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const FONT = "Times New Roman";

/**
 * Puts a laid-out sheet into an ExcelJS workbook: values, formulas with their results, formats,
 * merges, widths, frozen rows. For the pane's download, which adds the summaries to the inputs as
 * they came; a new workbook of layouts alone is written by `writeLayouts` (src/xlsx/writeLayouts.ts),
 * row by row, to the same cells and looks (test/xlsx/writeLayouts.test.ts compares the two).
 */
export function addLayoutSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(layout.name, {
    views: [{ state: "frozen", ySplit: layout.frozenRows, xSplit: 2 }],
    // Printed as offices print these tables: A4 landscape (A3 for the wide Biểu 6/7), one page wide,
    // the header on every page.
    pageSetup: {
      // 8 is A3 in the file format; ExcelJS's enum lists A4 (9) but not A3.
      paperSize: (layout.paper === "A3" ? 8 : 9) as ExcelJS.PaperSize,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: layout.frozenRows > 0 ? `1:${layout.frozenRows}` : undefined,
    },
  });
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const cell of allCells(layout)) {
    const target = ws.getCell(cell.row + 1, cell.col + 1);
    if (cell.formula)
      target.value = {
        formula: cell.formula,
        result: typeof cell.value === "number" && !Number.isFinite(cell.value) ? undefined : (cell.value ?? undefined),
      } as ExcelJS.CellFormulaValue;
    // A number Excel cannot hold (Infinity, NaN) is left blank: unknown, never a broken file.
    else if (cell.value !== null && (typeof cell.value !== "number" || Number.isFinite(cell.value)))
      target.value = cell.value;
    if (cell.numFmt) target.numFmt = cell.numFmt;
    target.font = {
      name: cell.font ?? FONT,
      size: 12,
      ...(cell.bold ? { bold: true } : {}),
      ...(cell.italic ? { italic: true } : {}),
    };
    if (cell.wrap || cell.align) {
      target.alignment = {
        vertical: "middle",
        ...(cell.wrap ? { wrapText: true } : {}),
        ...(cell.align ? { horizontal: cell.align } : {}),
      };
    }
    if (cell.border) target.border = THIN;
    if (cell.header) target.fill = HEADER_FILL;
  }
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  markOwned(workbook, layout.name);
  return ws;
}

const owned = new WeakMap<ExcelJS.Workbook, Set<string>>();

/**
 * Marks a sheet as the add-in's own the way the add-in recognises it in Excel: a sheet-scoped
 * defined name `xeploai_owned` (=TRUE). ExcelJS writes only names of cell ranges, so the names it
 * hands its writer are extended with these, each scoped to its sheet by position.
 */
function markOwned(workbook: ExcelJS.Workbook, sheet: string): void {
  let names = owned.get(workbook);
  if (!names) {
    const mine = (names = new Set());
    owned.set(workbook, mine);
    const definedNames = workbook.definedNames as unknown as { model: unknown[] };
    const proto = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(definedNames), "model")!;
    Object.defineProperty(definedNames, "model", {
      configurable: true,
      get: () => [
        ...(proto.get!.call(definedNames) as unknown[]),
        ...[...mine].map((name) => ({
          name: OWNER_NAME,
          localSheetId: workbook.worksheets.findIndex((w) => w.name === name),
          ranges: ["TRUE"],
        })),
      ],
      set: (value: unknown) => {
        proto.set!.call(definedNames, value);
      },
    });
  }
  names.add(sheet);
}

/**
 * Paints flags as conditional formats, saved with the file so the next level sees them without
 * the add-in. A blank required cell's rule tests blankness itself: typing a value clears it.
 */
export function addFlags(workbook: ExcelJS.Workbook, flags: readonly Flag[]): void {
  for (const flag of flags) {
    const ws = workbook.getWorksheet(flag.sheet);
    if (!ws) continue;
    const ref = a1(flag.cell);
    const style = FLAG_STYLE[flag.severity];
    // The add-in's marker in the rule, so that Xóa đánh dấu in Excel removes these flags too.
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [flagRule(flag.kind, ref)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${style.fill}` } },
            font: { color: { argb: `FF${style.font}` } },
            // An error's border tells it from a warning without colour (FLAG_STYLE).
            ...(style.border ? { border: borderOf(style.border) } : {}),
          },
        },
      ],
    });
  }
}
