import ExcelJS from "exceljs";
import type { SheetLayout } from "../core/layout/SheetLayout";
import { FLAG_STYLE, type Flag } from "../core/flags";
import { a1 } from "../core/issues/a1";

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

/** Puts a laid-out sheet into an ExcelJS workbook: values, formulas with their results, formats, merges, widths, frozen rows. */
export function addLayoutSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(layout.name, {
    views: [{ state: "frozen", ySplit: layout.frozenRows, xSplit: 2 }],
    // Printed as offices print these tables: A4 landscape, one page wide, the header on every page.
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: layout.frozenRows > 0 ? `1:${layout.frozenRows}` : undefined,
    },
  });
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const cell of layout.cells) {
    const target = ws.getCell(cell.row + 1, cell.col + 1);
    if (cell.formula)
      target.value = { formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
    else if (cell.value !== null) target.value = cell.value;
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
  return ws;
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
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [flag.kind === "blank" ? `LEN(TRIM(${ref}))=0` : "TRUE"],
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

/** A new workbook of laid-out sheets, as .xlsx bytes. */
export async function writeLayouts(
  layouts: readonly SheetLayout[],
  options: { created?: Date } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "xeploai";
  if (options.created) {
    workbook.created = options.created;
    workbook.modified = options.created;
  }
  for (const layout of layouts) addLayoutSheet(workbook, layout);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
