import type { Issue } from "../issues/Issue";
import type { OrgNode } from "../rollup/OrgNode";
import { RULE_CATALOG } from "../issues/catalog";
import { makeIssue } from "../rules/Rule";
import { inWorkbook } from "../rollup/hierarchyRules";
import type { RuleSet } from "../model/RuleSet";
import type { PreviousRow } from "./comparePrevious";

/** Where a unit's issue points: its row in its parent's sheet, else its own sheet. */
function place(
  node: OrgNode,
  column: "members" | "unitRating",
): { workbook: string; sheet: string; cell?: { row: number; col: number }; ruleSet: RuleSet } | null {
  if (node.parentRow) {
    const { source, row } = node.parentRow;
    const col = source.sheet.columns[column];
    return {
      workbook: source.workbook,
      sheet: source.sheet.name,
      ruleSet: source.sheet.ruleSet,
      ...(col === undefined ? {} : { cell: { row: row.row, col } }),
    };
  }
  if (node.source.kind === "virtual") return null;
  const { source } = node.source;
  return { workbook: source.workbook, sheet: source.sheet.name, ruleSet: source.sheet.ruleSet };
}

/**
 * The checks that need last year (RULES.md, "Last year"): PREV-EXCELLENT-FAIL-TWICE, a unit rated
 * HTXSNV two years running that has a member rated KHTNV this year, where the rule set does not
 * already forbid it outright (HD21 does, by ORG-EXCELLENT-WITH-FAIL); PREV-MEMBER-JUMP, more
 * members than last year by more than the admissions noted this year.
 */
export function previousRules(rows: readonly PreviousRow[]): Issue[] {
  const issues: Issue[] = [];
  for (const r of rows) {
    if (!r.node || !r.current || !r.previous || r.status !== "both") continue;
    const { current: now, previous: before, node } = r;
    const rating = place(node, "unitRating");
    const sets = RULE_CATALOG["PREV-EXCELLENT-FAIL-TWICE"].sets ?? [];
    if (
      rating &&
      sets.includes(rating.ruleSet) &&
      now.rating === "excellent" &&
      before.rating === "excellent" &&
      now.fail !== null &&
      now.fail > 0
    )
      issues.push(
        inWorkbook(
          rating.workbook,
          makeIssue("PREV-EXCELLENT-FAIL-TWICE", rating.sheet, rating.cell ? { cell: rating.cell } : {}, {
            unit: node.name,
            fail: now.fail,
          }),
        ),
      );
    const members = place(node, "members");
    if (members && now.members !== null && before.members !== null && now.newMembers !== null) {
      const growth = now.members - before.members;
      if (growth > now.newMembers)
        issues.push(
          inWorkbook(
            members.workbook,
            makeIssue("PREV-MEMBER-JUMP", members.sheet, members.cell ? { cell: members.cell } : {}, {
              unit: node.name,
              before: before.members,
              now: now.members,
              admitted: now.newMembers,
            }),
          ),
        );
    }
  }
  return issues;
}
