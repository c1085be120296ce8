import type { Flag } from "./flags";

/**
 * How the add-in knows its own things in a workbook, whoever wrote them (the add-in, the command
 * line or the browser page): the same marks everywhere, so that Xóa đánh dấu removes every flag
 * and Tổng hợp replaces every summary sheet, never adding a second.
 */

/** The key of the worksheet custom property (ExcelApi 1.12) that marks a sheet as the add-in's own. */
export const OWNER_KEY = "xeploai";
/** A sheet-scoped defined name that marks it too: the mark files carry, and Excel before 1.12 reads. */
export const OWNER_NAME = "xeploai_owned";
/**
 * A marker inside the formula of every conditional format the add-in adds. N("…") of a text is 0,
 * so the marker changes nothing; it lets Xóa đánh dấu find exactly the add-in's formats.
 */
export const FLAG_MARKER = 'N("xeploai")';

/**
 * A flag's conditional-format rule, without the leading "=", for a range whose top-left cell is
 * `topLeft`: blank flags test blankness (the reference moves with each cell), so typing clears them.
 */
export function flagRule(kind: Flag["kind"], topLeft: string): string {
  return kind === "blank" ? `AND(${FLAG_MARKER}=0,LEN(TRIM(${topLeft}))=0)` : `${FLAG_MARKER}=0`;
}
