import type { CompletenessRow } from "./completenessLayout";
import type { SheetLayout } from "./SheetLayout";

/** The free row between a summary's title (row 5) and its header (row 7), one-based 6. */
const LINE_ROW = 5;

/** "Đã nộp 42/44 đơn vị — số liệu chưa đủ (chưa nộp: …)", or null when every unit reported. */
export function incompleteLine(rows: readonly CompletenessRow[]): string | null {
  const missing = rows.filter((r) => r.status === "missing");
  if (missing.length === 0) return null;
  const names = missing.map((r) => r.unit).join(", ");
  return `Đã nộp ${rows.length - missing.length}/${rows.length} đơn vị — số liệu chưa đủ (chưa nộp: ${names})`;
}

/**
 * The summary sheet says it is incomplete under its title, as the pane's headline does: a figure
 * that looks final while units are missing is the worst failure.
 */
export function withIncompleteLine(layout: SheetLayout, rows: readonly CompletenessRow[]): SheetLayout {
  const line = incompleteLine(rows);
  if (!line || layout.cells.some((c) => c.row === LINE_ROW)) return layout;
  const last = Math.max(0, layout.columnWidths.length - 1);
  return {
    ...layout,
    cells: [...layout.cells, { row: LINE_ROW, col: 0, value: line, bold: true, italic: true, align: "center" }],
    merges: [...layout.merges, { top: LINE_ROW, bottom: LINE_ROW, left: 0, right: last }],
  };
}
