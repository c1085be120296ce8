import type { CellRef, RangeRef } from "../snapshot";
import type { ColumnKey } from "../model/template";
import type { LevelSheet, TableRow } from "../model/SheetModel";
import type { Issue, IssueParams, QuotaBase, RuleId } from "../issues/Issue";
import { RULE_CATALOG } from "../issues/catalog";
import type { RuleSet } from "../model/RuleSet";

/** Quota settings: a base and a cap per rule set, with defaults from RULES.md. */
export interface QuotaSettings {
  base: QuotaBase;
  /** 0.2 = 20%, rounded down. */
  cap: number;
  /** The cap for an outstanding unit where the rule set allows it (QĐ 366: 25%, with a note). */
  outstandingCap: number | null;
}

export interface RuleSettings {
  quota: (ruleSet: RuleSet) => QuotaSettings;
}

export const DEFAULT_SETTINGS: RuleSettings = {
  quota: (ruleSet) => ({ base: "good", cap: 0.2, outstandingCap: ruleSet === "QD366" ? 0.25 : null }),
};

/** One validation rule over one level sheet. */
export interface SheetRule {
  id: RuleId;
  /** Columns without which the rule cannot run: when one is missing the rule is skipped. */
  needs: readonly ColumnKey[];
  check(sheet: LevelSheet, settings: RuleSettings): Issue[];
}

/** Builds an issue with the rule's catalogued severity. */
export function makeIssue<R extends RuleId>(
  rule: R,
  sheet: string,
  where: { cell?: CellRef; range?: RangeRef },
  params: IssueParams[R],
): Issue {
  const issue = { rule, severity: RULE_CATALOG[rule].severity, sheet, params } as Issue;
  if (where.cell) issue.cell = where.cell;
  if (where.range) issue.range = where.range;
  return issue;
}

/** The address of a row's cell in a column, if the column exists. */
export function cellOf(sheet: LevelSheet, row: number, key: ColumnKey): CellRef | undefined {
  const col = sheet.columns[key];
  return col === undefined ? undefined : { row, col };
}

/** The span of a table row across the recognised columns. */
export function rowRange(sheet: LevelSheet, row: number): RangeRef {
  return { top: row, bottom: row, left: sheet.header.left, right: sheet.header.right - 1 };
}

/** The name a row's issues carry: the unit's, or "" for the total row. */
export function unitOf(row: TableRow): string {
  return "unit" in row && typeof row.unit === "string" ? row.unit : "";
}
