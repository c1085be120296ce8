import type { Issue } from "./Issue";

/** Sheet (in workbook order), then row, then column; sheet-wide issues first. Stable otherwise. */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[]): Issue[] {
  const order = new Map(sheetOrder.map((name, i) => [name, i]));
  const pos = (i: Issue) => i.cell ?? (i.range ? { row: i.range.top, col: i.range.left } : { row: -1, col: -1 });
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => {
      const sa = order.get(a.issue.sheet) ?? Infinity;
      const sb = order.get(b.issue.sheet) ?? Infinity;
      if (sa !== sb) return sa - sb;
      const pa = pos(a.issue);
      const pb = pos(b.issue);
      return pa.row - pb.row || pa.col - pb.col || a.index - b.index;
    })
    .map((x) => x.issue);
}
