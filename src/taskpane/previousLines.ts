import type { SummaryResult } from "../core/summarize";
import { RATING_CODES } from "../core/model/Rating";
import { CHANGE_MARK, previousNote } from "../core/previous/previousLayout";

/** One line of the pane's "So sánh năm trước": plain data, as the sheet shows it. */
export interface PreviousLine {
  unit: string;
  ratedBefore: number | null;
  ratedNow: number | null;
  goodBefore: number | null;
  goodNow: number | null;
  ratingBefore: string | null;
  ratingNow: string | null;
  change: string | null;
  note: string;
}

export function previousLines(result: SummaryResult | null): PreviousLine[] {
  return (result?.previous?.rows ?? []).map((r) => ({
    unit: r.unit,
    ratedBefore: r.previous?.rated ?? null,
    ratedNow: r.current?.rated ?? null,
    goodBefore: r.previous?.goodOrAbove ?? null,
    goodNow: r.current?.goodOrAbove ?? null,
    ratingBefore: r.previous?.rating ? RATING_CODES[r.previous.rating] : null,
    ratingNow: r.current?.rating ? RATING_CODES[r.current.rating] : null,
    change: r.change ? CHANGE_MARK[r.change] : null,
    note: previousNote(r),
  }));
}
