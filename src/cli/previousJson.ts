import type { OrgNode } from "../core/rollup/OrgNode";
import type { SummaryResult } from "../core/summarize";
import { RATING_CODES } from "../core/model/Rating";
import { CHANGE_MARK } from "../core/previous/previousLayout";
import type { Lang } from "../core/issues/describeIssue";

/** A node's `previous` in `summarize --json --previous`: last year's figures, or `null` if not there. */
export function previousJson(result: SummaryResult): (node: OrgNode) => unknown {
  return (node) => {
    const row = result.previousOf(node);
    if (!row?.previous) return null;
    const p = row.previous;
    return {
      members: p.members,
      rated: p.rated,
      goodOrAbove: p.goodOrAbove,
      rating: p.rating ? RATING_CODES[p.rating] : null,
      change: row.change ? CHANGE_MARK[row.change] : null,
      status: row.status,
      units: row.previousUnits,
    };
  };
}

/** One line for the text report: how the units moved since last year. */
export function previousText(result: SummaryResult, lang: Lang): string | null {
  if (!result.previous) return null;
  const rows = result.previous.rows;
  const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  const up = count((r) => r.change === "up");
  const down = count((r) => r.change === "down");
  const same = count((r) => r.change === "same");
  const added = count((r) => r.status === "new");
  const gone = count((r) => !r.node);
  return lang === "vi"
    ? `So sánh năm trước${result.previous.year ? ` (${result.previous.year})` : ""}: ${rows.length} dòng; xếp loại tăng ${up}, giảm ${down}, giữ nguyên ${same}; đơn vị mới ${added}, không còn ${gone}`
    : `Compared with last year${result.previous.year ? ` (${result.previous.year})` : ""}: ${rows.length} lines; rating up ${up}, down ${down}, same ${same}; new units ${added}, gone ${gone}`;
}
