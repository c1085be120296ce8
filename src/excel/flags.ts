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

/**
 * Paints the flags, one conditional format per rectangle of like flags. A format costs some 1.700
 * bytes of request, an error's (with its four border edges) some 4.000: past REQUEST_BUDGET bytes
 * the painting takes one more request, so that no request nears Excel on the web's 5 MB; the last
 * block is left for the caller's sync.
 */
export async function paintFlags(context: Excel.RequestContext, flags: readonly Flag[]): Promise<void> {
  const rects = flagRectangles(flags);
  let block: typeof rects = [];
  let bytes = 0;
  for (const rect of rects) {
    const cost = FORMAT_BYTES + (FLAG_STYLE[rect.severity].border ? BORDER_BYTES : 0);
    if (block.length > 0 && bytes + cost > REQUEST_BUDGET) {
      queueRectangles(context, block);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- Excel on the web's 5 MB request limit
      await context.sync();
      block = [];
      bytes = 0;
    }
    block.push(rect);
    bytes += cost;
  }
  if (block.length > 0) queueRectangles(context, block);
}

/** Bytes of request a flag's format takes (measured on Microsoft's client), and its border's more. */
const FORMAT_BYTES = 1_700;
const BORDER_BYTES = 2_400;
/** About 2,5 MB of request per block of formats. */
export const REQUEST_BUDGET = 2_550_000;
/** Formats per request when none has a border: the block size of the plain case. */
export const FORMATS_PER_REQUEST = Math.floor(REQUEST_BUDGET / FORMAT_BYTES);

function queueRectangles(context: Excel.RequestContext, rects: ReturnType<typeof flagRectangles>): void {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const { sheet, severity, kind, rect } of rects) {
    let ws = sheets.get(sheet);
    if (!ws) sheets.set(sheet, (ws = context.workbook.worksheets.getItem(sheet)));
    const cf = ws.getRange(a1Range(rect)).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = flagFormula(kind, a1({ row: rect.top, col: rect.left }));
    cf.custom.format.fill.color = `#${FLAG_STYLE[severity].fill}`;
    cf.custom.format.font.color = `#${FLAG_STYLE[severity].font}`;
    const border = FLAG_STYLE[severity].border;
    // An error's border tells it from a warning without colour (conditional borders: ExcelApi 1.6).
    if (border) {
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
        const side = cf.custom.format.borders.getItem(edge);
        side.style = "Continuous";
        side.color = `#${border}`;
      }
    }
  }
}
