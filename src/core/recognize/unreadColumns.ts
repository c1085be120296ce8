import type { ColumnKey } from "../model/template";
import type { UnreadColumn } from "../model/SheetModel";
import type { Grid } from "./Grid";

/**
 * Columns of the table that hold numbers under a header that matched no known label: their
 * figures are not counted anywhere, so they are reported (TPL-COLUMN-UNREAD), quoting the header.
 * Columns recognised twice are reported by TPL-HEADER-DUPLICATE instead.
 */
export function unreadColumns(
  grid: Grid,
  columns: Partial<Record<ColumnKey, number>>,
  duplicates: readonly { cols: number[] }[],
  header: { top: number; bottom: number },
  rows: { top: number; end: number },
): UnreadColumn[] {
  const known = new Set<number>(Object.values(columns));
  for (const d of duplicates) for (const c of d.cols) known.add(c);
  const out: UnreadColumn[] = [];
  for (let c = grid.left; c < grid.right; c++) {
    if (known.has(c)) continue;
    let top = -1;
    let bottom = -1;
    for (let r = rows.top; r < rows.end; r++) {
      if (grid.type(r, c) !== "number") continue;
      if (top < 0) top = r;
      bottom = r;
    }
    if (top < 0) continue;
    out.push({ col: c, header: headerText(grid, c, header), top, bottom });
  }
  return out;
}

/** The header's labels over one column, outermost first, as typed (decoded). */
function headerText(grid: Grid, c: number, header: { top: number; bottom: number }): string {
  const parts: string[] = [];
  for (let r = header.top; r <= header.bottom; r++) {
    const t = grid.textFilled(r, c).replace(/\n/g, " ");
    if (t !== "" && !parts.includes(t)) parts.push(t);
  }
  return parts.join(" / ");
}
