import type { Issue, RuleId, Severity } from "../../core/issues/Issue";
import type { ColumnKey } from "../../core/model/template";

/** Findings of one kind in one group: one line in the list ("Ô C10, C11, C12 …: số đang là chữ"). */
export interface Fold {
  key: string;
  rule: RuleId;
  severity: Severity;
  column: ColumnKey | null;
  issues: Issue[];
}

/** The findings of one unit (the organisation a sheet belongs to), in one workbook. */
export interface Group {
  key: string;
  /** The file, in the browser mode where several are open. */
  file: string | null;
  /** The organisation from the sheet's title, else the sheet's name. */
  unit: string;
  sheet: string;
  folds: Fold[];
  count: number;
  bySeverity: Record<Severity, number>;
}

export interface GroupContext {
  units: Readonly<Record<string, string>>;
  fileOf?: (sheet: string) => string | undefined;
}

const columnOf = (issue: Issue): ColumnKey | null =>
  "column" in issue.params ? (issue.params as { column: ColumnKey }).column : null;

/** A finding's place, for cell order: sheet-wide findings first. */
export const position = (i: Issue) =>
  i.cell ?? (i.range ? { row: i.range.top, col: i.range.left } : { row: -1, col: -1 });

/**
 * Groups the findings by workbook and unit (sheets are all called "Biểu 01": the title says
 * whose they are), then folds findings of the same rule, column and severity into one line.
 * Groups keep the order of the findings (sheet order); folds the order of their first cell.
 */
export function groupIssues(issues: readonly Issue[], context: GroupContext): Group[] {
  const groups = new Map<string, Group>();
  for (const issue of issues) {
    const file = issue.workbook || context.fileOf?.(issue.sheet) || null;
    const unit = context.units[issue.sheet] ?? issue.sheet;
    const key = `${file ?? ""}\u0000${issue.sheet}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        file,
        unit,
        sheet: issue.sheet,
        folds: [],
        count: 0,
        bySeverity: { error: 0, warning: 0, info: 0 },
      };
      groups.set(key, group);
    }
    const column = columnOf(issue);
    const foldKey = `${issue.rule}\u0000${column ?? ""}\u0000${issue.severity}`;
    let fold = group.folds.find((f) => f.key === foldKey);
    if (!fold) {
      fold = { key: foldKey, rule: issue.rule, severity: issue.severity, column, issues: [] };
      group.folds.push(fold);
    }
    fold.issues.push(issue);
    group.count++;
    group.bySeverity[issue.severity]++;
  }
  return [...groups.values()];
}

/** Every finding in the order next/previous walks them: group by group, each in cell order. */
export function inCellOrder(groups: readonly Group[]): Issue[] {
  return groups.flatMap((g) =>
    g.folds
      .flatMap((f) => f.issues)
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => {
        const pa = position(a.issue);
        const pb = position(b.issue);
        return pa.row - pb.row || pa.col - pb.col || a.index - b.index;
      })
      .map((x) => x.issue),
  );
}
