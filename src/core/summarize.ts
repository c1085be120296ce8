import type { WorkbookSnapshot } from "./snapshot";
import type { Issue } from "./issues/Issue";
import { validateWorkbook, type ValidateOptions, type WorkbookAnalysis } from "./validate";
import { DEFAULT_SETTINGS } from "./rules/Rule";
import { buildTree } from "./rollup/buildTree";
import { rollUp } from "./rollup/rollUp";
import { childMismatches, notReported, treeRatingRules, inWorkbook, unitListRules } from "./rollup/hierarchyRules";
import { readUnitList, type UnitListEntry } from "./rollup/unitList";
import type { OrgNode, SourceSheet } from "./rollup/OrgNode";
import type { SheetLayout } from "./layout/SheetLayout";
import { summaryLayout } from "./layout/summaryLayout";
import { completenessLayout, type CompletenessRow, type ReportStatus } from "./layout/completenessLayout";
import { safeSheetName } from "./layout/sheetName";
import { sortIssues } from "./issues/sortIssues";
import { withIncompleteLine } from "./layout/incompleteLine";

export interface WorkbookInput {
  /** The workbook's name: a file name, or "" for the open workbook. */
  name: string;
  snapshot: WorkbookSnapshot;
}

export interface SummarizeOptions extends ValidateOptions {
  /** The sources are sheets of the workbook the summary goes into: figures link to them. */
  linkSources?: boolean;
  /** Sheet names already used in the target workbook (the summary's names avoid them). */
  takenSheetNames?: readonly string[];
}

export interface SummaryResult {
  analyses: { name: string; analysis: WorkbookAnalysis }[];
  root: OrgNode | null;
  nodes: OrgNode[];
  /** Every issue: each sheet's and the hierarchy's. */
  issues: Issue[];
  /** The summary sheets (top organisation first), then the completeness sheet. */
  layouts: SheetLayout[];
  completeness: CompletenessRow[];
}

export const SUMMARY_SHEET = "Tổng hợp";
export const COMPLETENESS_SHEET = "Tình hình nộp biểu";

/**
 * Tổng hợp: validates every workbook, assembles the organisation tree, rolls the figures up, runs
 * the hierarchy rules and lays out the summary sheets and the completeness table.
 */
export function summarizeWorkbooks(inputs: readonly WorkbookInput[], options: SummarizeOptions = {}): SummaryResult {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const analyses = inputs.map((w) => ({ name: w.name, analysis: validateWorkbook(w.snapshot, options) }));
  const sources: SourceSheet[] = analyses.flatMap(({ name, analysis }) =>
    analysis.sheets.flatMap((sheet) => (sheet.kind === "level" ? [{ workbook: name, sheet }] : [])),
  );
  const tree = buildTree(sources);
  if (tree.root) rollUp(tree.root);
  // An optional "Danh mục đơn vị" sheet lists the units expected to report.
  const lists: { workbook: string; entries: UnitListEntry[] }[] = inputs.flatMap((w) =>
    w.snapshot.sheets.flatMap((s) => {
      const entries = readUnitList(s);
      return entries ? [{ workbook: w.name, entries }] : [];
    }),
  );
  const hierarchy = [
    ...tree.issues,
    ...childMismatches(tree.nodes),
    ...notReported(tree.nodes),
    ...treeRatingRules(tree.nodes, settings),
    ...lists.flatMap((list) => unitListRules(tree.nodes, list.entries, list.workbook)),
  ];
  const sheetIssues = analyses.flatMap(({ name, analysis }) => analysis.issues.map((i) => inWorkbook(name, i)));
  const issues = sortIssues(
    [...sheetIssues, ...hierarchy],
    sources.map((s) => s.sheet.name),
  );

  const layouts: SheetLayout[] = [];
  const taken = new Set(options.takenSheetNames ?? []);
  const year = sources.find((s) => s.sheet.year !== null)?.sheet.year ?? options.year ?? null;
  const root = tree.root;
  if (root && root.children.length > 0) {
    const parentOf = new Map<OrgNode, OrgNode>();
    for (const n of tree.nodes) for (const c of n.children) parentOf.set(c, n);
    const summarised = tree.nodes.filter((n) => n === root || n.children.some((c) => c.source.kind === "sheet"));
    for (const node of summarised) {
      const name = safeSheetName(node === root ? SUMMARY_SHEET : `${SUMMARY_SHEET} ${shortName(node.name)}`, taken);
      taken.add(name);
      const parentName =
        parentOf.get(node)?.name ??
        (node.source.kind === "sheet" ? (node.source.source.sheet.title.parent?.display ?? "") : "");
      layouts.push(
        summaryLayout(node, { sheetName: name, parentName, year, linkSources: options.linkSources ?? false }),
      );
    }
  }
  const completeness = root
    ? completenessRows(
        tree.nodes,
        root,
        issues,
        lists.flatMap((l) => l.entries),
      )
    : [];
  // The top summary says under its title when units have not reported.
  if (layouts[0]) layouts[0] = withIncompleteLine(layouts[0], completeness);
  const completenessName = safeSheetName(COMPLETENESS_SHEET, taken);
  if (completeness.length > 0)
    layouts.push(
      completenessLayout(completeness, completenessName, `TÌNH HÌNH NỘP BIỂU${root ? ` — ${root.name}` : ""}`),
    );
  return { analyses, root, nodes: tree.nodes, issues, layouts, completeness };
}

/** "ĐẢNG ỦY XÃ XUÂN THẮNG" → "XÃ XUÂN THẮNG": the place, for a sheet name. */
function shortName(name: string): string {
  return name.replace(/^(đảng ủy|đảng bộ|huyện ủy|tỉnh ủy|thành ủy|quận ủy|thị ủy)\s+/i, "").trim() || name;
}

function completenessRows(
  nodes: readonly OrgNode[],
  root: OrgNode,
  issues: readonly Issue[],
  listed: readonly UnitListEntry[],
): CompletenessRow[] {
  const parentOf = new Map<OrgNode, OrgNode>();
  for (const n of nodes) for (const c of n.children) parentOf.set(c, n);
  const rows: CompletenessRow[] = [];
  for (const node of nodes) {
    if (node === root || node.level === "cell") continue;
    if (node.source.kind === "virtual") continue;
    const sheet = node.source.source.sheet;
    const workbook = node.source.source.workbook;
    const mine = issues.filter((i) => {
      if (i.sheet !== sheet.name || (i.workbook ?? "") !== workbook) return false;
      if (node.source.kind === "sheet") return true;
      const row = node.source.kind === "row" ? node.source.row.row : -1;
      return (i.cell?.row ?? i.range?.top) === row;
    });
    let status: ReportStatus = "reported";
    if (mine.some((i) => i.rule === "HIER-NOT-REPORTED")) status = "missing";
    else if (mine.some((i) => i.rule === "CELL-REQUIRED" || i.rule === "TPL-HEADER-MISSING")) status = "incomplete";
    else if (mine.some((i) => i.severity === "error")) status = "errors";
    rows.push({
      unit: node.name,
      parent: parentOf.get(node)?.name ?? "",
      sheet: status === "missing" ? "" : sheet.name,
      status,
      errors: mine.filter((i) => i.severity === "error").length,
      warnings: mine.filter((i) => i.severity === "warning").length,
    });
  }
  // Units the list expects that sent nothing at all.
  for (const e of listed) {
    if (issues.some((i) => i.rule === "HIER-NOT-REPORTED" && i.sheet === e.sheet && i.cell?.row === e.row)) {
      const parent = listed.find((p) => p.key === e.parentKey)?.name ?? e.parent;
      rows.push({ unit: e.name, parent, sheet: "", status: "missing", errors: 0, warnings: 0 });
    }
  }
  return rows.sort((a, b) => order(a.status) - order(b.status) || a.unit.localeCompare(b.unit));
}

function order(s: ReportStatus): number {
  return { missing: 0, incomplete: 1, errors: 2, reported: 3 }[s];
}
