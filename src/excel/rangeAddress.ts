import type { RangeRef } from "../core/snapshot";
import { parseA1 } from "../core/issues/a1";

/** `"'Xuân Thắng'!A1:V30"` or `"Sheet1!B2"` → the range, zero-based; `null` when unreadable. */
export function parseRangeAddress(address: string): RangeRef | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [start, end = start] = local.split(":");
  const a = start ? parseA1(start) : null;
  const b = end ? parseA1(end) : null;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
