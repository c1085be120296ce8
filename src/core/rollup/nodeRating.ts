import type { Rating } from "../model/Rating";
import type { ParsedCell } from "../model/SheetModel";
import { parseRating } from "../text/parseRating";

/** The rating a cell states, if it states one of the four. */
export function ratingOfCell(cell: ParsedCell | undefined): Rating | null {
  if (cell?.kind !== "text") return null;
  const r = parseRating(cell.text);
  return r.kind === "rating" ? r.rating : null;
}
