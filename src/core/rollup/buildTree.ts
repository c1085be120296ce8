import type { Issue } from "../issues/Issue";
import { makeIssue, cellOf } from "../rules/Rule";
import { inWorkbook } from "./hierarchyRules";
import { orgKey, type Level } from "../model/OrgName";
import { levelOfRow, rowLevel } from "../model/rowLevel";
import type { UnitRow } from "../model/SheetModel";
import type { Rating } from "../model/Rating";
import { COUNTED_LEVELS, type OrgNode, type SourceSheet } from "./OrgNode";
import { FIGURE_KEYS, zeroCounts, zeroFigures } from "./Figures";
import { countValue } from "../recognize/parseCell";
import { ratingOfCell } from "./nodeRating";

export interface TreeResult {
  root: OrgNode | null;
  /** Every node, the root first. */
  nodes: OrgNode[];
  issues: Issue[];
}

/**
 * No organisations below: one frozen record shared by every node until the rollup gives it its
 * own (a leaf keeps it): 4 records of counts less for each of a million unit rows (about 380 MB).
 * Frozen, so that writing into it fails loudly; whoever sets a node's counts gives it a new record.
 */
const NO_ORGANISATIONS: OrgNode["organisations"] = Object.freeze(
  Object.fromEntries(COUNTED_LEVELS.map((l) => [l, Object.freeze(zeroCounts())])) as OrgNode["organisations"],
);

function emptyNode(key: string, name: string, level: Level, source: OrgNode["source"]): OrgNode {
  const organisations = NO_ORGANISATIONS;
  return {
    key,
    name,
    level,
    source,
    parentRow: null,
    rating: null,
    ownRating: null,
    figures: zeroFigures(),
    organisations,
    children: [],
  };
}

/** The synthetic top when the data has several unrelated tops. */
export const SYNTHETIC_ROOT_KEY = "__root__";

/**
 * Assembles the organisation tree: each level sheet is one organisation whose rows are its direct
 * children; its title names its parent. A row and the sheet of the same unit are one node. Bad
 * shapes (two sheets for one unit, a unit under two parents, a cycle) become issues, never throws.
 */
export function buildTree(sources: readonly SourceSheet[]): TreeResult {
  const issues: Issue[] = [];
  const sheetNodes = new Map<string, OrgNode>();
  const levelSheetsIn = new Map<string, number>();
  for (const s of sources) levelSheetsIn.set(s.workbook, (levelSheetsIn.get(s.workbook) ?? 0) + 1);
  // A sheet of organisation ratings beside the sheet of member figures of the same organisation.
  const ratingSheets = new Map<OrgNode, SourceSheet>();
  for (const source of sources) {
    const { sheet } = source;
    const org = sheet.title.organisation;
    // No organisation in the title (TPL-NO-ORGANISATION): named after its file, or its sheet.
    const fallback =
      source.workbook !== "" && levelSheetsIn.get(source.workbook) === 1
        ? source.workbook.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "")
        : sheet.name;
    const key = org?.key ?? orgKey(fallback);
    const existing = sheetNodes.get(key);
    if (existing && existing.source.kind === "sheet") {
      const other = existing.source.source;
      if (complement(other, source) && !ratingSheets.has(existing)) {
        if (sheet.ratingsOnly) ratingSheets.set(existing, source);
        else {
          existing.source = { kind: "sheet", source };
          ratingSheets.set(existing, other);
        }
        continue;
      }
      // Two sheets of one workbook: validate reports it (sameOrganisation); across files, here.
      if (other.workbook !== source.workbook)
        issues.push(
          inWorkbook(
            source.workbook,
            makeIssue(
              "HIER-AMBIGUOUS",
              sheet.name,
              {},
              { unit: org?.display ?? sheet.name, otherSheet: other.sheet.name },
            ),
          ),
        );
      continue;
    }
    const node = emptyNode(key, org?.display ?? fallback, org?.level ?? "unknown", { kind: "sheet", source });
    const own = sheet.ownRating?.reading;
    node.ownRating = own?.kind === "rating" ? own.rating : null;
    node.rating = node.ownRating;
    sheetNodes.set(key, node);
  }

  const parentOf = new Map<OrgNode, OrgNode>();
  const virtuals = new Map<string, OrgNode>();
  const attach = (parent: OrgNode, child: OrgNode) => {
    parent.children.push(child);
    parentOf.set(child, parent);
  };

  // Rows: a row is the unit's own sheet when there is one, else a leaf. Chi bộ trực thuộc are
  // known within their TCCSĐ only (two communes may both have a "Chi bộ ấp Thới Hòa").
  const leavesByKey = new Map<string, OrgNode>();
  const cellRows: OrgNode[] = [];
  for (const parent of sheetNodes.values()) {
    if (parent.source.kind !== "sheet") continue;
    const source = parent.source.source;
    const childLevel = rowLevel(source.sheet);
    const sectionNodes = new Map<UnitRow, OrgNode>();
    const ratings = ratingsOf(ratingSheets.get(parent));
    for (const row of source.sheet.rows) {
      if (row.unit === "") continue;
      // A chi bộ of a đảng bộ bộ phận: a leaf under the section's node, known within it.
      const section = row.section ? sectionNodes.get(row.section) : undefined;
      if (section) {
        const key = `${section.key}/${row.unitKey}`;
        if (leavesByKey.has(key)) {
          issues.push(doubleCount(source, row, section.name));
          continue;
        }
        const leaf = emptyNode(key, row.unit, "cell", { kind: "row", source, row });
        leaf.rating = ratingOfCell(row.cells.unitRating);
        leaf.parentRow = { source, row };
        leavesByKey.set(key, leaf);
        attach(section, leaf);
        continue;
      }
      const own = sheetNodes.get(row.unitKey);
      if (own && own !== parent) {
        const current = parentOf.get(own);
        if (current) {
          issues.push(doubleCount(source, row, current.name));
          continue;
        }
        own.parentRow = { source, row };
        own.rating = ratingOfCell(row.cells.unitRating) ?? own.ownRating;
        attach(parent, own);
        continue;
      }
      // Chi bộ are known within their TCCSĐ, and within their group where the sheet groups them
      // (merged communes repeat "Chi bộ thôn 1" under each old commune's name).
      const scoped = row.scope ? `${row.scope}/${row.unitKey}` : row.unitKey;
      // A TCCSĐ listed among a commune's chi bộ (since 2025) is known by its own name.
      const ownLevel = levelOfRow(source.sheet, row);
      let key =
        (childLevel === "cell" && ownLevel === "cell") || row.sectionRows ? `${parent.key}/${scoped}` : row.unitKey;
      const twin = leavesByKey.get(key);
      if (twin) {
        const other = parentOf.get(twin);
        // The same figures under two parents: one unit counted twice. Other figures: two units
        // that share a name (common after the 2025 mergers), both counted.
        if (other === parent || twin.source.kind !== "row" || sameRowFigures(twin.source.row, row)) {
          issues.push(doubleCount(source, row, other?.name ?? ""));
          continue;
        }
        issues.push(
          inWorkbook(
            source.workbook,
            makeIssue(
              "HIER-SAME-NAME",
              source.sheet.name,
              { cell: cellOf(source.sheet, row.row, "unit")! },
              { unit: row.unit, otherParent: other?.name ?? "" },
            ),
          ),
        );
        key = `${parent.key}/${key}`;
      }
      // A đảng bộ bộ phận says so in its name or by its chi bộ rows, whatever the sheet's level suggests.
      const level = row.unitLevel === "section" || row.sectionRows ? "section" : ownLevel;
      const leaf = emptyNode(key, row.unit, level, { kind: "row", source, row });
      leaf.rating = ratingOfCell(row.cells.unitRating) ?? ratings?.take(row.unitKey) ?? null;
      leaf.parentRow = { source, row };
      leavesByKey.set(key, leaf);
      if (level === "cell") cellRows.push(leaf);
      if (row.sectionRows) sectionNodes.set(row, leaf);
      attach(parent, leaf);
    }
    // Units rated on the ratings sheet but absent from the figures sheet: counted, figures unknown.
    for (const row of ratings?.rest() ?? []) {
      const src = ratings!.source;
      const key = childLevel === "cell" ? `${parent.key}/${row.unitKey}` : row.unitKey;
      if (leavesByKey.has(key)) continue;
      const leaf = emptyNode(key, row.unit, childLevel, { kind: "row", source: src, row });
      leaf.rating = ratingOfCell(row.cells.unitRating);
      leaf.parentRow = { source: src, row };
      leavesByKey.set(key, leaf);
      attach(parent, leaf);
    }
  }
  // A chi bộ cơ sở is counted once, as a TCCSĐ: the same unit listed as a chi bộ trực thuộc is an error.
  for (const leaf of cellRows) {
    if (leaf.source.kind !== "row") continue;
    const bare = leaf.source.row.unitKey;
    const asGrassroots = leavesByKey.get(bare) ?? sheetNodes.get(bare);
    if (!asGrassroots || asGrassroots.level !== "grassroots") continue;
    issues.push(
      doubleCount(leaf.source.source, leaf.source.row, parentOf.get(asGrassroots)?.name ?? asGrassroots.name),
    );
    const parent = parentOf.get(leaf)!;
    parent.children = parent.children.filter((c) => c !== leaf);
    parentOf.delete(leaf);
  }

  // Titles: a sheet not yet placed goes under the parent its title names.
  for (const node of sheetNodes.values()) {
    if (parentOf.has(node) || node.source.kind !== "sheet") continue;
    const sheet = node.source.source.sheet;
    const parentName = sheet.title.parent;
    if (!parentName) continue;
    let parent = sheetNodes.get(parentName.key) ?? virtuals.get(parentName.key);
    if (!parent) {
      parent = emptyNode(parentName.key, parentName.display, parentName.level, { kind: "virtual" });
      virtuals.set(parentName.key, parent);
    }
    if (parent === node || reaches(parent, node, parentOf)) {
      issues.push(
        inWorkbook(
          node.source.source.workbook,
          makeIssue("HIER-CYCLE", sheet.name, {}, { unit: node.name, parent: parent.name }),
        ),
      );
      continue;
    }
    attach(parent, node);
  }

  const all = [...sheetNodes.values(), ...virtuals.values()];
  let tops = all.filter((n) => !parentOf.has(n));
  for (const top of tops) {
    if (top.source.kind === "sheet" && !top.source.source.sheet.title.parent && tops.length > 1) {
      issues.push(
        inWorkbook(
          top.source.source.workbook,
          makeIssue("HIER-NO-PARENT", top.source.source.sheet.name, {}, { unit: top.name }),
        ),
      );
    }
  }
  let root: OrgNode | null = null;
  if (tops.length === 1) root = tops[0]!;
  else if (tops.length > 1) {
    root = emptyNode(SYNTHETIC_ROOT_KEY, "Tổng hợp", "unknown", { kind: "virtual" });
    for (const t of tops) attach(root, t);
    tops = [root];
  }
  // A parent named only in titles, with a single child, adds nothing: the child is the top.
  while (root && root.source.kind === "virtual" && root.children.length === 1) root = root.children[0]!;
  return { root, nodes: root ? collect(root) : [], issues };
}

function reaches(from: OrgNode, target: OrgNode, parentOf: Map<OrgNode, OrgNode>): boolean {
  for (let n: OrgNode | undefined = from; n; n = parentOf.get(n)) if (n === target) return true;
  return false;
}

function collect(root: OrgNode): OrgNode[] {
  const out: OrgNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

function doubleCount(source: SourceSheet, row: UnitRow, otherParent: string): Issue {
  return inWorkbook(
    source.workbook,
    makeIssue(
      "HIER-DOUBLE-COUNT",
      source.sheet.name,
      { cell: cellOf(source.sheet, row.row, "unit")! },
      { unit: row.unit, otherParent },
    ),
  );
}

/** Two sheets of one organisation that complement each other: one rates the units, one counts members. */
function complement(a: SourceSheet, b: SourceSheet): boolean {
  return a.workbook === b.workbook && a.sheet.ratingsOnly !== b.sheet.ratingsOnly;
}

/** The ratings of a ratings-only sheet by unit, taken as the figures sheet's rows meet them. */
function ratingsOf(source: SourceSheet | undefined) {
  if (!source) return null;
  const byKey = new Map<string, UnitRow>();
  for (const row of source.sheet.rows) if (row.unitKey !== "" && !byKey.has(row.unitKey)) byKey.set(row.unitKey, row);
  return {
    source,
    take(key: string): Rating | null {
      const row = byKey.get(key);
      if (!row) return null;
      byKey.delete(key);
      return ratingOfCell(row.cells.unitRating);
    },
    rest: (): UnitRow[] => [...byKey.values()],
  };
}

function sameRowFigures(a: UnitRow, b: UnitRow): boolean {
  return FIGURE_KEYS.every((k) => countValue(a.cells[k]) === countValue(b.cells[k]));
}
