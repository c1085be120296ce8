import { FLAG_STYLE, type Flag } from "../core/flags";
import { a1, a1Range } from "../core/issues/a1";
import { flagRule } from "../core/ownership";
import { rectangles } from "./rectangles";

/**
 * The conditional-format formula of a flag over a rectangle whose top-left cell is `topLeft`:
 * blank flags test blankness (the relative reference moves with each cell), so typing clears them.
 */
export function flagFormula(kind: Flag["kind"], topLeft: string): string {
  return `=${flagRule(kind, topLeft)}`;
}

/** Flags of the same sheet, severity and kind, merged into rectangles: one format per rectangle. */
export function flagRectangles(flags: readonly Flag[]) {
  const groups = new Map<string, Flag[]>();
  for (const f of flags) {
    const key = JSON.stringify([f.sheet, f.severity, f.kind]);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].flatMap((group) =>
    rectangles(group.map((f) => f.cell)).map((rect) => ({
      sheet: group[0]!.sheet,
      severity: group[0]!.severity,
      kind: group[0]!.kind,
      rect,
    })),
  );
}

/** Queues the new flags, one conditional format per rectangle of like flags; the caller syncs. */
export function queueFlags(context: Excel.RequestContext, flags: readonly Flag[]): void {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const { sheet, severity, kind, rect } of flagRectangles(flags)) {
    let ws = sheets.get(sheet);
    if (!ws) sheets.set(sheet, (ws = context.workbook.worksheets.getItem(sheet)));
    const cf = ws.getRange(a1Range(rect)).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = flagFormula(kind, a1({ row: rect.top, col: rect.left }));
    cf.custom.format.fill.color = `#${FLAG_STYLE[severity].fill}`;
    cf.custom.format.font.color = `#${FLAG_STYLE[severity].font}`;
  }
}
