import type { LayoutCell, SheetLayout } from "../core/layout/SheetLayout";
import { a1, columnLetters } from "../core/issues/a1";
import { OWNER_KEY, OWNER_NAME } from "./constants";

const HEADER_FILL = "#DDEBF7";
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const EDGES_AND_INSIDE = [...EDGES, "InsideVertical"] as const;
const POINTS_PER_CHAR = 6.5;

/**
 * Queues a summary sheet's writing: the add-in's own sheet of that name is cleared and rewritten
 * in place; otherwise a new sheet is added and marked as the add-in's. Values and number formats go
 * as whole blocks; styles as runs of like cells. Never touches a sheet the add-in does not own.
 */
export function queueLayout(context: Excel.RequestContext, layout: SheetLayout, owned: boolean, exists: boolean): void {
  if (exists && !owned) throw new Error(`refusing to write over "${layout.name}", a sheet the add-in does not own`);
  const sheets = context.workbook.worksheets;
  const ws = exists ? sheets.getItem(layout.name) : sheets.add(layout.name);
  if (exists) ws.getRange().clear(Excel.ClearApplyTo.all);
  else if (Office.context.requirements.isSetSupported("ExcelApi", "1.12"))
    ws.customProperties.add(OWNER_KEY, "summary");
  else ws.names.add(OWNER_NAME, "=TRUE", "Trang do bổ trợ xeploai tạo; Tổng hợp ghi đè trang này.");

  const rows = Math.max(...layout.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...layout.cells.map((c) => c.col), layout.columnWidths.length - 1) + 1;
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const c of layout.cells) {
    formulas[c.row]![c.col] = c.formula ? `=${c.formula}` : (c.value ?? "");
    if (c.numFmt) formats[c.row]![c.col] = c.numFmt;
  }
  const block = ws.getRange(`A1:${columnLetters(cols - 1)}${rows}`);
  block.formulas = formulas;
  block.numberFormat = formats;
  block.format.font.name = "Times New Roman";

  for (const run of styleRuns(layout.cells)) {
    const range = ws.getRange(`${a1({ row: run.row, col: run.from })}:${a1({ row: run.row, col: run.to })}`);
    const s = run.style;
    if (s.bold) range.format.font.bold = true;
    if (s.italic) range.format.font.italic = true;
    if (s.wrap) range.format.wrapText = true;
    if (s.align)
      range.format.horizontalAlignment = s.align === "center" ? "Center" : s.align === "right" ? "Right" : "Left";
    if (s.header) range.format.fill.color = HEADER_FILL;
    if (s.border) {
      // Inside borders exist only in a range of more than one cell.
      const edges = run.to > run.from ? EDGES_AND_INSIDE : EDGES;
      for (const edge of edges) {
        range.format.borders.getItem(edge).style = "Continuous";
      }
    }
  }
  for (const m of layout.merges)
    ws.getRange(`${a1({ row: m.top, col: m.left })}:${a1({ row: m.bottom, col: m.right })}`).merge(false);
  layout.columnWidths.forEach(
    (w, i) => (ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = w * POINTS_PER_CHAR),
  );
  if (layout.frozenRows > 0) ws.freezePanes.freezeRows(layout.frozenRows);
}

type Style = Pick<LayoutCell, "bold" | "italic" | "wrap" | "align" | "border" | "header">;

/** Consecutive cells of a row with the same look, so that each run is one formatting call. */
export function styleRuns(cells: readonly LayoutCell[]): { row: number; from: number; to: number; style: Style }[] {
  const key = (c: LayoutCell) =>
    JSON.stringify([
      c.bold ?? false,
      c.italic ?? false,
      c.wrap ?? false,
      c.align ?? "",
      c.border ?? false,
      c.header ?? false,
    ]);
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; from: number; to: number; style: Style; key: string }[] = [];
  for (const c of sorted) {
    const k = key(c);
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.to === c.col - 1 && last.key === k) last.to = c.col;
    else runs.push({ row: c.row, from: c.col, to: c.col, style: c, key: k });
  }
  return runs.filter((r) => r.key !== key({ row: 0, col: 0, value: null }));
}
