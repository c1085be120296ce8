import { allCells, type LayoutCell, type SheetLayout } from "../core/layout/SheetLayout";
import { a1, a1Range, columnLetters } from "../core/issues/a1";
import type { CellRef, RangeRef } from "../core/snapshot";
import { rectangles } from "./rectangles";
import { OWNER_KEY, OWNER_NAME } from "./constants";

const HEADER_FILL = "#DDEBF7";
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Every cell boxed: the outer edges, and inside lines only where the range has more than one cell that way. */
function edgesOf(r: RangeRef): Excel.BorderIndex[] {
  const edges: Excel.BorderIndex[] = [...EDGES] as Excel.BorderIndex[];
  if (r.right > r.left) edges.push("InsideVertical" as Excel.BorderIndex);
  if (r.bottom > r.top) edges.push("InsideHorizontal" as Excel.BorderIndex);
  return edges;
}

/** Cells of the same look grouped into rectangles, so that each rectangle is one set of formatting calls. */
export function styleRects(cells: readonly LayoutCell[]): { rect: RangeRef; style: Style }[] {
  const groups = new Map<string, { style: Style; cells: CellRef[] }>();
  for (const run of styleRuns(cells)) {
    const key = JSON.stringify(run.style, ["bold", "italic", "wrap", "align", "border", "header"]);
    const group = groups.get(key) ?? { style: run.style, cells: [] };
    for (let col = run.from; col <= run.to; col++) group.cells.push({ row: run.row, col });
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((g) => rectangles(g.cells).map((rect) => ({ rect, style: g.style })));
}
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

  const cells = allCells(layout);
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const cols = Math.max(...cells.map((c) => c.col), layout.columnWidths.length - 1) + 1;
  // Text goes in as values in cells formatted as text ("@"), so that a unit called "- Chi bộ Ấp 1"
  // or "=1+1" stays text; only formula cells go through `formulas`. A null leaves a cell as it is.
  const values: (string | number | null)[][] = Array.from({ length: rows }, () =>
    Array<string | number | null>(cols).fill(""),
  );
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const c of cells) {
    if (c.formula) {
      values[c.row]![c.col] = null;
      formulas[c.row]![c.col] = `=${c.formula}`;
    } else values[c.row]![c.col] = c.value ?? "";
    if (typeof c.value === "string" && !c.formula) formats[c.row]![c.col] = "@";
    else if (c.numFmt) formats[c.row]![c.col] = c.numFmt;
  }
  const block = ws.getRange(`A1:${columnLetters(cols - 1)}${rows}`);
  block.numberFormat = formats;
  block.values = values;
  if (formulas.some((row) => row.some((f) => f !== null))) block.formulas = formulas;
  block.format.font.name = "Times New Roman";

  for (const { rect, style: s } of styleRects(cells)) {
    const range = ws.getRange(a1Range(rect));
    if (s.bold) range.format.font.bold = true;
    if (s.italic) range.format.font.italic = true;
    if (s.wrap) range.format.wrapText = true;
    if (s.align)
      range.format.horizontalAlignment = s.align === "center" ? "Center" : s.align === "right" ? "Right" : "Left";
    if (s.header) range.format.fill.color = HEADER_FILL;
    if (s.border) for (const edge of edgesOf(rect)) range.format.borders.getItem(edge).style = "Continuous";
  }
  for (const m of layout.merges)
    ws.getRange(`${a1({ row: m.top, col: m.left })}:${a1({ row: m.bottom, col: m.right })}`).merge(false);
  layout.columnWidths.forEach(
    (w, i) => (ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = w * POINTS_PER_CHAR),
  );
  // Frozen header rows are a comfort: hosts below ExcelApi 1.7 get the sheet without them.
  if (layout.frozenRows > 0 && Office.context.requirements.isSetSupported("ExcelApi", "1.7"))
    ws.freezePanes.freezeRows(layout.frozenRows);
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

/**
 * About how many bytes of request a layout's writing takes, as Microsoft's client encodes it: the
 * cells' JSON, some 2.500 bytes for each formatted rectangle (up to seven property sets) and 700 for each merge and column (an object path and its
 * property sets). Measured against the recording host's requests; it only needs to be near.
 */
export function layoutBytes(layout: SheetLayout): number {
  const all = allCells(layout);
  const cells = all.reduce((n, c) => n + 12 + String(c.formula ?? c.value ?? "").length, 0);
  return 2 * cells + 2_500 * styleRects(all).length + 700 * (layout.merges.length + layout.columnWidths.length);
}
