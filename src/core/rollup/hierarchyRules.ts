import type { Issue } from "../issues/Issue";
import { cellOf, makeIssue, type RuleSettings } from "../rules/Rule";
import { countValue } from "../recognize/parseCell";
import { parseOrgName } from "../model/OrgName";
import { RULE_CATALOG } from "../issues/catalog";
import type { RuleSet } from "../model/RuleSet";
import { quotaLimit } from "../rules/quota";
import { FIGURE_KEYS } from "./Figures";
import type { OrgNode } from "./OrgNode";
import { countedLevel } from "./rollUp";
import type { UnitListEntry } from "./unitList";

/**
 * HIER-CHILD-MISMATCH: a row typed in a parent's sheet differs from the totals of that unit's own
 * sheet. Compared column by column, where the row has a number.
 */
export function childMismatches(nodes: readonly OrgNode[]): Issue[] {
  const issues: Issue[] = [];
  for (const node of nodes) {
    if (node.source.kind !== "sheet" || !node.parentRow) continue;
    const { source, row } = node.parentRow;
    for (const key of FIGURE_KEYS) {
      const typed = countValue(row.cells[key]);
      const expected = node.figures[key];
      // An unknown figure (no column gives it in the unit's sheet) cannot be compared.
      if (typed === null || expected === null || typed === expected) continue;
      issues.push(
        inWorkbook(
          source.workbook,
          makeIssue(
            "HIER-CHILD-MISMATCH",
            source.sheet.name,
            { cell: cellOf(source.sheet, row.row, key)! },
            {
              unit: row.unit,
              column: key,
              expected,
              actual: typed,
              childSheet: node.source.source.sheet.name,
            },
          ),
        ),
      );
    }
  }
  return issues;
}

/**
 * HIER-NOT-REPORTED: a đảng bộ named as a row of its parent's sheet that sent no sheet, where the
 * row does not itself carry the counts of the chi bộ below it (as a summary's rows do).
 */
export function notReported(nodes: readonly OrgNode[]): Issue[] {
  const issues: Issue[] = [];
  for (const node of nodes) {
    // A đảng bộ bộ phận whose chi bộ are on the sheet has reported through them.
    if (node.source.kind !== "row" || node.children.length > 0) continue;
    const { source, row } = node.source;
    const named = parseOrgName(row.unit);
    if (!named || named.level === "cell" || named.level === "unknown") continue;
    if (source.sheet.columns["cells.total"] !== undefined || source.sheet.columns["grassroots.total"] !== undefined)
      continue;
    issues.push(
      inWorkbook(
        source.workbook,
        makeIssue(
          "HIER-NOT-REPORTED",
          source.sheet.name,
          { cell: cellOf(source.sheet, row.row, "unit")! },
          { unit: row.unit, parent: source.sheet.title.organisation?.display ?? source.sheet.name },
        ),
      ),
    );
  }
  return issues;
}

/** The rule set that governs a node: its own sheet's, else the first found below it. */
function ruleSetOf(node: OrgNode): { ruleSet: RuleSet; sheet: string; workbook: string } | null {
  if (node.source.kind !== "virtual")
    return {
      ruleSet: node.source.source.sheet.ruleSet,
      sheet: node.source.source.sheet.name,
      workbook: node.source.source.workbook,
    };
  for (const child of node.children) {
    const found = ruleSetOf(child);
    if (found) return found;
  }
  return null;
}

/**
 * The organisation rules across sheets: where a node's children come from several sheets (a
 * district with a sheet per TCCSĐ), QUOTA-UNITS and ORG-PARENT-EXCELLENT count them all. Where
 * they are the rows of one sheet, the sheet rules already did.
 */
export function treeRatingRules(nodes: readonly OrgNode[], settings: RuleSettings): Issue[] {
  const issues: Issue[] = [];
  for (const node of nodes) {
    if (!node.children.some((c) => c.source.kind === "sheet")) continue;
    const governs = ruleSetOf(node);
    if (!governs) continue;
    for (const level of ["cells", "grassroots"] as const) {
      const kids = node.children.filter((c) => countedLevel(c) === level);
      if (kids.length === 0) continue;
      const excellent = kids.filter((c) => c.rating === "excellent").length;
      const good = kids.filter((c) => c.rating === "good").length;
      const q = quotaLimit(settings.quota(governs.ruleSet), excellent, good, false);
      if (excellent > q.limit)
        issues.push(
          inWorkbook(
            governs.workbook,
            makeIssue("QUOTA-UNITS", governs.sheet, {}, { unit: node.name, level, ...q, actual: excellent }),
          ),
        );
    }
    const sets = RULE_CATALOG["ORG-PARENT-EXCELLENT"].sets ?? [];
    const proposed = node.ownRating === "excellent" || node.rating === "excellent";
    if (!proposed || !sets.includes(governs.ruleSet)) continue;
    const rated = node.children.filter((c) => c.rating !== null && countedLevel(c) !== null);
    const failing = rated.filter((c) => c.rating === "fail").map((c) => c.name);
    const goodOrAbove = rated.filter((c) => c.rating === "excellent" || c.rating === "good").length;
    if (rated.length === 0 || (failing.length === 0 && 5 * goodOrAbove >= 4 * rated.length)) continue;
    issues.push(
      inWorkbook(
        governs.workbook,
        makeIssue(
          "ORG-PARENT-EXCELLENT",
          governs.sheet,
          {},
          { unit: node.name, failing, goodOrAbove, rated: rated.length, share: goodOrAbove / rated.length },
        ),
      ),
    );
  }
  return issues;
}

/** Tags an issue with its workbook, when several are read together. */
export function inWorkbook(workbook: string, issue: Issue): Issue {
  return workbook ? { ...issue, workbook } : issue;
}

/**
 * With a unit list: who sent nothing (HIER-NOT-REPORTED), what the list does not know
 * (HIER-UNKNOWN-UNIT), and sheets with another number of chi bộ than listed (HIER-CELL-COUNT).
 */
export function unitListRules(nodes: readonly OrgNode[], entries: readonly UnitListEntry[], workbook: string): Issue[] {
  const issues: Issue[] = [];
  const present = new Set<string>();
  for (const n of nodes) present.add(n.source.kind === "row" ? n.source.row.unitKey : n.key);
  const listed = new Set(entries.map((e) => e.key));
  const names = new Map(entries.map((e) => [e.key, e.name]));
  for (const e of entries) {
    if (present.has(e.key)) continue;
    const parent = e.parentKey ? (names.get(e.parentKey) ?? e.parent) : "";
    issues.push(
      inWorkbook(
        workbook,
        makeIssue("HIER-NOT-REPORTED", e.sheet, { cell: { row: e.row, col: e.nameCol } }, { unit: e.name, parent }),
      ),
    );
  }
  // A list of TCCSĐ only says nothing of chi bộ trực thuộc: judge those only if it lists some.
  const bare = (n: OrgNode) => (n.source.kind === "row" ? n.source.row.unitKey : n.key);
  const listsCells = nodes.some((n) => n.level === "cell" && listed.has(bare(n)));
  for (const n of nodes) {
    if (n.source.kind === "virtual" || (n.level === "cell" && !listsCells)) continue;
    const key = bare(n);
    if (listed.has(key)) continue;
    const where = n.source.kind === "row" ? { cell: cellOf(n.source.source.sheet, n.source.row.row, "unit")! } : {};
    issues.push(
      inWorkbook(
        n.source.source.workbook,
        makeIssue("HIER-UNKNOWN-UNIT", n.source.source.sheet.name, where, { unit: n.name }),
      ),
    );
  }
  for (const n of nodes) {
    if (n.source.kind !== "sheet" || !listed.has(n.key) || (n.level !== "grassroots" && n.level !== "section"))
      continue;
    const expected = entries.filter((e) => e.parentKey === n.key).length;
    const actual = n.source.source.sheet.rows.length;
    if (expected === 0 || expected === actual) continue;
    issues.push(
      inWorkbook(
        n.source.source.workbook,
        makeIssue("HIER-CELL-COUNT", n.source.source.sheet.name, {}, { unit: n.name, expected, actual }),
      ),
    );
  }
  return issues;
}
