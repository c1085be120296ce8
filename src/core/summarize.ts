import type { WorkbookSnapshot } from "./snapshot";
import type { Issue } from "./issues/Issue";
import { validateWorkbook, type ValidateOptions, type WorkbookAnalysis } from "./validate";
import { DEFAULT_SETTINGS } from "./rules/Rule";
import { buildTree, SYNTHETIC_ROOT_KEY } from "./rollup/buildTree";
import { rollUp } from "./rollup/rollUp";
import { childMismatches, notReported, treeRatingRules, inWorkbook, unitListRules } from "./rollup/hierarchyRules";
import { readUnitList, type UnitListEntry } from "./rollup/unitList";
import type { OrgNode, SourceSheet } from "./rollup/OrgNode";
import type { SheetLayout } from "./layout/SheetLayout";
import { summaryLayout, summaryPositions } from "./layout/summaryLayout";
import type { ColumnKey } from "./model/template";
import { a1 } from "./issues/a1";
import { completenessLayout, type CompletenessRow, type ReportStatus } from "./layout/completenessLayout";
import { safeSheetName, sheetRef } from "./layout/sheetName";
import { sortIssues } from "./issues/sortIssues";
import { officialSummary, type OfficialResult } from "./official/officialSummary";
import { attachOfficial } from "./official/attachOfficial";
import { formMismatches } from "./official/formMismatch";
import type { UnitTyping } from "./official/typeUnits";
import { TYPE_NAMES } from "./official/columns";
import { TYPE_SOURCE_LABELS } from "./official/unitType";
import { reportParagraph, type ReportParagraph } from "./report/reportParagraph";
import { reportLayout, REPORT_SHEET } from "./report/reportLayout";
import { readStamps, stampJudge, type StampStatus } from "./stamp/stampStatus";
import { comparePrevious, type PreviousRow } from "./previous/comparePrevious";
import { readMerges } from "./previous/mergeList";
import { previousRules } from "./previous/previousRules";
import { previousLayout, PREVIOUS_SHEET } from "./previous/previousLayout";
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
  /** Last year's workbooks (our own Tổng hợp, or that year's level sheets): So sánh năm trước. */
  previous?: readonly WorkbookInput[];
  /**
   * The summaries' unit rows made on demand (`SheetLayout.rows`), never all held: for the command
   * line, whose writer takes them a row at a time. Not for the pane (a function cannot be posted
   * from the worker) nor for Office.js.
   */
  lazyRows?: boolean;
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
  /** Biểu 6 and Biểu 7 of the run (their layouts are the last two of `layouts`), with each TCCSĐ's type. */
  official: OfficialResult | null;
  /** "Đoạn báo cáo": the report's sentences for the top organisation (also a sheet of `layouts`). */
  paragraph: ReportParagraph | null;
  /** A unit's check stamp judged against its sheet now; `null` for a unit that sent no sheet. */
  stampOf: (node: OrgNode) => StampStatus | null;
  /** Last year beside this year, when last year's workbooks were given and hold a tree. */
  previous: { rows: PreviousRow[]; year: number | null; root: OrgNode } | null;
  /** A unit's line of the comparison (`null`: not compared, or no last year given). */
  previousOf: (node: OrgNode) => PreviousRow | null;
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
  // Biểu 6/7 that came as inputs join the tree before the rollup.
  const sent = attachOfficial(tree, analyses);
  if (tree.root) rollUp(tree.root);
  const formIssues = formMismatches(sent.beside);
  // An optional "Danh mục đơn vị" sheet lists the units expected to report.
  const lists: { workbook: string; entries: UnitListEntry[] }[] = inputs.flatMap((w) =>
    w.snapshot.sheets.flatMap((s) => {
      const entries = readUnitList(s);
      return entries ? [{ workbook: w.name, entries }] : [];
    }),
  );
  const hierarchy = [
    ...tree.issues,
    ...sent.issues,
    ...formIssues,
    ...childMismatches(tree.nodes),
    // A unit that sent its Biểu 6/7 has reported.
    ...notReported(tree.nodes.filter((n) => !sent.read.has(n))),
    ...treeRatingRules(tree.nodes, settings),
    ...lists.flatMap((list) => unitListRules(tree.nodes, list.entries, list.workbook)),
  ];
  // Last year: its own rollup, matched unit by unit (merges stated in this year's workbooks).
  const lastYear = options.previous?.length ? summarizeWorkbooks(options.previous, { ...options, previous: [] }) : null;
  const previousRows =
    lastYear?.root && tree.root
      ? comparePrevious(tree.root, lastYear.root, readMerges(inputs.flatMap((w) => w.snapshot.sheets)))
      : null;
  if (previousRows) hierarchy.push(...previousRules(previousRows));
  const sheetIssues = analyses.flatMap(({ name, analysis }) => analysis.issues.map((i) => inWorkbook(name, i)));
  const issues = sortIssues(
    [...sheetIssues, ...hierarchy],
    sources.map((s) => s.sheet.name),
  );

  const layouts: SheetLayout[] = [];
  const taken = new Set(options.takenSheetNames ?? []);
  // Where each child's row stands in the summaries, for Biểu 6/7 to link to (add-in, browser).
  const rowsAt = new Map<OrgNode, { sheet: string; row: number; col: (key: ColumnKey) => number }>();
  const year = sources.find((s) => s.sheet.year !== null)?.sheet.year ?? sent.year ?? options.year ?? null;
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
      const summaryOptions = {
        sheetName: name,
        parentName,
        year,
        linkSources: options.linkSources ?? false,
        lazyRows: options.lazyRows ?? false,
      };
      layouts.push(summaryLayout(node, summaryOptions));
      if (options.linkSources) {
        const at = summaryPositions(node, summaryOptions);
        for (const [child, row] of at.row) rowsAt.set(child, { sheet: name, row, col: at.col });
      }
    }
  }
  // The official forms (Biểu 6, Biểu 7): laid out after every other sheet; the types they use
  // are shown in the completeness table.
  let official: OfficialResult | null = null;
  if (root) {
    const reserved = new Set([...taken, ...layouts.map((l) => l.name), safeSheetName(COMPLETENESS_SHEET, taken)]);
    official = officialSummary(
      root,
      tree.nodes,
      lists.flatMap((l) => l.entries),
      {
        year,
        takenSheetNames: reserved,
        read: sent.read,
        ...(options.linkSources
          ? {
              link: (node: OrgNode, key: ColumnKey) => {
                const at = rowsAt.get(node);
                const col = at?.col(key) ?? -1;
                return at && col >= 0 ? `${sheetRef(at.sheet)}!${a1({ row: at.row, col })}` : null;
              },
            }
          : {}),
      },
    );
  }
  const judge = stampJudge(readStamps(inputs.flatMap((w) => w.snapshot.stamps ?? [])));
  const stampOf = (node: OrgNode): StampStatus | null =>
    node.source.kind === "virtual" ? null : judge(node.source.source.sheet);
  const completenessBase = root
    ? completenessRows(
        tree.nodes,
        root,
        issues,
        lists.flatMap((l) => l.entries),
      )
    : [];
  const completeness = withStamps(completenessBase, tree.nodes, stampOf);
  if (official) withTypes(completeness, official);
  completeness.push(...formRows(sent.sentOnly, root, issues));
  // The top summary says under its title when units have not reported.
  if (layouts[0]) layouts[0] = withIncompleteLine(layouts[0], completeness);
  const completenessName = safeSheetName(COMPLETENESS_SHEET, taken);
  if (completeness.length > 0)
    layouts.push(
      completenessLayout(completeness, completenessName, `TÌNH HÌNH NỘP BIỂU${root ? ` — ${root.name}` : ""}`),
    );
  const rootBefore = root ? previousRows?.find((r) => r.node === root)?.previous : null;
  const lastYearNumber = lastYear?.analyses
    .flatMap((a) => a.analysis.sheets)
    .find((s) => s.kind === "level" && s.year !== null);
  const paragraph =
    root && root.children.length > 0
      ? reportParagraph(
          root,
          year,
          rootBefore
            ? { figures: rootBefore, year: lastYearNumber?.kind === "level" ? lastYearNumber.year : null }
            : null,
        )
      : null;
  if (paragraph) {
    const name = safeSheetName(REPORT_SHEET, new Set([...taken, ...layouts.map((l) => l.name), completenessName]));
    layouts.push(reportLayout(paragraph, name));
  }
  let previous: SummaryResult["previous"] = null;
  if (previousRows && lastYear?.root) {
    previous = {
      rows: previousRows,
      year: lastYearNumber?.kind === "level" ? lastYearNumber.year : null,
      root: lastYear.root,
    };
    const title = `SO SÁNH KẾT QUẢ XẾP LOẠI${previous.year !== null && year !== null ? ` NĂM ${year} VỚI NĂM ${previous.year}` : " VỚI NĂM TRƯỚC"}${root ? ` — ${root.name}` : ""}`;
    layouts.push(
      previousLayout(
        previousRows,
        title,
        safeSheetName(PREVIOUS_SHEET, new Set([...taken, ...layouts.map((l) => l.name)])),
      ),
    );
  }
  // The official forms come last, as i14 laid them out: after every sheet of the level template.
  if (official) layouts.push(...official.layouts);
  const byNode = new Map(previousRows?.flatMap((r) => (r.node ? [[r.node, r] as const] : [])) ?? []);
  const previousOf = (node: OrgNode) => byNode.get(node) ?? null;
  const allIssues =
    official && official.issues.length > 0
      ? sortIssues(
          [...issues, ...official.issues],
          sources.map((s) => s.sheet.name),
        )
      : issues;
  return {
    analyses,
    root,
    nodes: tree.nodes,
    issues: allIssues,
    layouts,
    completeness,
    official,
    paragraph,
    stampOf,
    previous,
    previousOf,
  };
}

/** Organisations that sent Biểu 6/7 only: reported, with the findings on those sheets. */
function formRows(
  sentOnly: readonly { node: OrgNode; workbook: string; sheets: string[] }[],
  root: OrgNode | null,
  issues: readonly Issue[],
): CompletenessRow[] {
  return sentOnly.map(({ node, workbook, sheets }) => {
    const mine = issues.filter((i) => (i.workbook ?? "") === workbook && sheets.includes(i.sheet));
    const errors = mine.filter((i) => i.severity === "error").length;
    return {
      unit: node.name,
      parent: root && root !== node && root.key !== SYNTHETIC_ROOT_KEY ? root.name : "",
      sheet: sheets.join(", "),
      status: errors > 0 ? "errors" : "reported",
      errors,
      warnings: mine.filter((i) => i.severity === "warning").length,
    };
  });
}

/** Each TCCSĐ's loại hình on its completeness row, and whether it was read or inferred. */
function withTypes(rows: CompletenessRow[], official: OfficialResult): void {
  const byName = new Map<string, UnitTyping>();
  for (const [node, t] of official.typing) byName.set(node.name, t);
  for (const row of rows) {
    const t = byName.get(row.unit);
    if (t) {
      row.type = TYPE_NAMES[t.type];
      row.typeSource = TYPE_SOURCE_LABELS[t.source];
    }
  }
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

/** Completeness rows with their units' stamps (found by unit and sheet; none for a unit that sent nothing). */
function withStamps(
  rows: readonly CompletenessRow[],
  nodes: readonly OrgNode[],
  stampOf: (node: OrgNode) => StampStatus | null,
): CompletenessRow[] {
  const bySheet = new Map<string, OrgNode>();
  for (const n of nodes)
    if (n.source.kind !== "virtual") bySheet.set(`${n.name}\u0000${n.source.source.sheet.name}`, n);
  return rows.map((row) => {
    const node = row.sheet ? bySheet.get(`${row.unit}\u0000${row.sheet}`) : undefined;
    const stamp = node ? stampOf(node) : null;
    return stamp ? { ...row, stamp } : row;
  });
}
