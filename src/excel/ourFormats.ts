import { FLAG_MARKER } from "./constants";

/**
 * Queues the loading of a range's conditional formats so that the add-in's own can be told apart.
 * Only a custom format has a formula; reading `custom` of another kind fails, so with ExcelApi 1.14
 * the null-object variant is read in the same round trip; before it, `finish` loads the formulas of
 * the custom ones in one more.
 */
export function queueFormatLoad(formats: Excel.ConditionalFormatCollection): void {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.14"))
    formats.load("items/type,items/customOrNullObject/rule/formula");
  else formats.load("items/type");
}

/** After the sync: on hosts without ExcelApi 1.14, loads the custom formats' formulas (one more sync). */
export async function finishFormatLoad(
  context: Excel.RequestContext,
  collections: readonly Excel.ConditionalFormatCollection[],
): Promise<void> {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.14")) return;
  const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === "Custom"));
  if (custom.length === 0) return;
  for (const cf of custom) cf.custom.rule.load("formula");
  await context.sync();
}

/** The add-in's own formats among loaded ones: custom, with the marker in the formula. */
export function ourFormats(collections: readonly Excel.ConditionalFormatCollection[]): Excel.ConditionalFormat[] {
  const modern = Office.context.requirements.isSetSupported("ExcelApi", "1.14");
  return collections.flatMap((c) =>
    c.items.filter((cf) => {
      if (cf.type !== "Custom") return false;
      const custom = modern ? cf.customOrNullObject : cf.custom;
      return !custom.isNullObject && (custom.rule?.formula ?? "").includes(FLAG_MARKER);
    }),
  );
}
