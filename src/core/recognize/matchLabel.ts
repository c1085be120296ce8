import { BLOCK_LABELS, COLUMNS, COUNT_LABELS, PCT_LABELS, type BlockKey, type MemberColumn } from "../model/template";
import type { Rating } from "../model/Rating";
import { labelKey, labelKeyWithoutParentheses } from "../text/labelKey";
import { parseRating } from "../text/parseRating";
import { isOldCategory } from "../text/parseRating";
import { memoString } from "../text/memo";

/** What one header cell's label says, before the column's labels are combined. */
export type LabelMeaning =
  | { kind: "plain"; key: MemberColumn }
  | { kind: "group"; rating: Rating }
  | { kind: "goodOrAbove" }
  | { kind: "block"; block: BlockKey | "members" }
  | { kind: "count" }
  | { kind: "pct" }
  | { kind: "total" }
  | { kind: "old" };

const keyed = (labels: readonly string[]) => new Set(labels.map(labelKey));

const PLAIN = new Map<string, MemberColumn>();
for (const col of COLUMNS) {
  if (col.key.includes(".")) continue;
  for (const label of col.labels) {
    PLAIN.set(labelKey(label), col.key as MemberColumn);
    PLAIN.set(labelKeyWithoutParentheses(label), col.key as MemberColumn);
  }
}
const BLOCK_KEYS: [BlockKey | "members", Set<string>][] = (Object.keys(BLOCK_LABELS) as (BlockKey | "members")[]).map(
  (b) => [b, keyed(BLOCK_LABELS[b])],
);
const COUNT = keyed(COUNT_LABELS);
const PCT = keyed(PCT_LABELS);
const GOOD_OR_ABOVE = keyed(["Hoàn thành tốt nhiệm vụ trở lên", "HTTNV trở lên", "Tốt trở lên"]);
const TOTAL = keyed(["Tổng số", "Tổng"]);

/** Reads one header label; `null` when it means nothing to the template. */
export const matchLabel = memoString(matchLabelUncached);

function matchLabelUncached(text: string): LabelMeaning | null {
  const key = labelKey(text);
  if (key === "") return null;
  if (COUNT.has(key)) return { kind: "count" };
  if (PCT.has(key) || /^ty le\b/.test(key)) return { kind: "pct" };
  if (TOTAL.has(key)) return { kind: "total" };
  if (GOOD_OR_ABOVE.has(key)) return { kind: "goodOrAbove" };
  for (const [block, keys] of BLOCK_KEYS) if (keys.has(key)) return { kind: "block", block };
  const plain = PLAIN.get(key) ?? PLAIN.get(labelKeyWithoutParentheses(text));
  if (plain) return { kind: "plain", key: plain };
  const rating = parseRating(text);
  if (rating.kind === "rating") return { kind: "group", rating: rating.rating };
  if (rating.kind === "old" || isOldCategory(text)) return { kind: "old" };
  return null;
}
