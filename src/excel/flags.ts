import { FLAG_STYLE, type Flag } from "../core/flags";
import { a1 } from "../core/issues/a1";
import { FLAG_MARKER } from "./constants";

/** The conditional-format formula of a flag: blank flags test blankness, so typing clears them. */
export function flagFormula(flag: Flag): string {
  const ref = a1(flag.cell);
  return flag.kind === "blank" ? `=AND(${FLAG_MARKER}=0,LEN(TRIM(${ref}))=0)` : `=${FLAG_MARKER}=0`;
}

/** Queues the deletion of the add-in's old flags and the new flags; the caller syncs once. */
export function queueFlags(
  context: Excel.RequestContext,
  old: readonly Excel.ConditionalFormat[],
  flags: readonly Flag[],
): void {
  for (const cf of old) cf.delete();
  for (const flag of flags) {
    const range = context.workbook.worksheets.getItem(flag.sheet).getRange(a1(flag.cell));
    const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = flagFormula(flag);
    cf.custom.format.fill.color = `#${FLAG_STYLE[flag.severity].fill}`;
    cf.custom.format.font.color = `#${FLAG_STYLE[flag.severity].font}`;
    const border = FLAG_STYLE[flag.severity].border;
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
