import type { OrgNode } from "../rollup/OrgNode";
import type { OrgCounts } from "../rollup/Figures";
import { parseOrgName } from "../model/OrgName";
import { RATINGS, type Rating } from "../model/Rating";
import { isMarkedNew } from "../rules/orgNewRated";
import { TYPE_IDS, isGroup, partOf, partsOf, type UnitType } from "./columns";
import {
  addForms,
  addInto,
  emptyForms,
  vector,
  BLOCK_IDS,
  FORM6_KEYS,
  FORM7_KEYS,
  ORG_ROWS,
  type BlockId,
  type Fig,
  type FormFigures,
  type Form6Key,
  type Form7Key,
  type OfficialForms,
  type OrgRow,
  type Vector,
} from "./forms";
import type { UnitTyping } from "./typeUnits";

export interface FormsContext {
  typing: ReadonlyMap<OrgNode, UnitTyping>;
  /** Forms read from Biểu 6/7 sheets, for the nodes they stand for (one of the two, or both). */
  read: ReadonlyMap<OrgNode, Partial<OfficialForms>>;
}

/** A figure as the tree holds it: a number, or unknown (`null`) where no source gave it. */
const fig = (v: number | null | undefined): Fig => v ?? null;

/** Biểu 6 and Biểu 7 of a rolled-up tree: each TCCSĐ counted in the column of its type. */
export function formsOfTree(root: OrgNode, ctx: FormsContext): OfficialForms {
  const forms = formsOf(root, ctx, true);
  settle(forms.form6);
  settle(forms.form7);
  return forms;
}

/**
 * Counts are never negative: where a total is 0, every column it sums is 0, known or not. Where
 * Tổng số is unknown, a 0 beside it is left blank too: the line is one nobody gave, and a reader
 * (ours included) takes a line of zeros under a blank Tổng số as unknown.
 */
function settle<K extends string>(form: FormFigures<K>): void {
  for (const key of Object.keys(form.total) as K[]) {
    if (form.total[key] === 0) for (const t of TYPE_IDS) form[t][key] = 0;
    if (form.total[key] === null) for (const t of TYPE_IDS) if (form[t][key] === 0) form[t][key] = null;
    for (const g of ["service", "enterprise"] as const)
      if (form[g][key] === 0) for (const p of partsOf(g)) form[p][key] = 0;
  }
}

function formsOf(node: OrgNode, ctx: FormsContext, isRoot: boolean): OfficialForms {
  const forms = computed(node, ctx, isRoot);
  const read = ctx.read.get(node);
  if (read?.form6) forms.form6 = addForms(emptyForms(), { form6: read.form6, form7: forms.form7 }).form6;
  if (read?.form7) forms.form7 = addForms(emptyForms(), { form6: forms.form6, form7: read.form7 }).form7;
  return forms;
}

function computed(node: OrgNode, ctx: FormsContext, isRoot: boolean): OfficialForms {
  const forms = emptyForms();
  if (node.level === "grassroots") {
    place(forms, ctx.typing.get(node)?.type ?? "other", grassrootsVector(node, isRoot), membersVector(node));
    return forms;
  }
  if (node.children.length === 0 && !isRoot) {
    place(forms, null, unknownSplitVector(node), membersVector(node));
    return forms;
  }
  for (const child of node.children) addForms(forms, formsOf(child, ctx, false));
  return forms;
}

/**
 * Adds one unit's figures to Tổng số and to the column of its type (and its group's total). A
 * unit of a group whose part is not known (a "Doanh nghiệp" of unknown ownership) makes the
 * parts unknown; a unit of unknown type makes every type column unknown.
 */
function place(forms: OfficialForms, type: UnitType | null, v6: Vector<Form6Key>, v7: Vector<Form7Key>): void {
  const columns: UnitType[] = type === null ? [] : [type];
  const unknown: UnitType[] = type === null ? [...TYPE_IDS] : isGroup(type) ? partsOf(type) : [];
  const group = type === null ? undefined : partOf(type);
  if (group) columns.push(group);
  for (const c of ["total" as const, ...columns]) {
    addInto(forms.form6, c, v6);
    addInto(forms.form7, c, v7);
  }
  for (const c of unknown) {
    addInto(forms.form6, c, vector(FORM6_KEYS, null));
    addInto(forms.form7, c, vector(FORM7_KEYS, null));
  }
}

function membersVector(node: OrgNode): Vector<Form7Key> {
  const f = node.figures;
  const v = vector(FORM7_KEYS, null);
  v.present = fig(f.members);
  v.exempt = fig(f.exempt);
  // The form's "chưa được KĐ, ĐG" is everyone present, not exempt and not rated: the level sheet's
  // not rated, suspended and new members together.
  const parts: Fig[] = [fig(f.notRated), fig(f.suspended), fig(f.newMembers)];
  v.notRated = parts.some((p) => p === null) ? null : parts.reduce<number>((s, p) => s + (p ?? 0), 0);
  v.rated = fig(f.rated);
  for (const r of RATINGS) v[r] = fig(f[r]);
  // The không HTNV breakdown is not on level sheets: it stays unknown.
  return v;
}

function setBlock(v: Vector<Form6Key>, block: BlockId, values: Record<OrgRow, Fig>): void {
  for (const r of ORG_ROWS) v[`${block}.${r}`] = values[r];
}

function zeroBlocks(): Vector<Form6Key> {
  return vector(FORM6_KEYS, 0);
}

/** Organisations counted by rating, with the not rated and, where known, the new ones. */
function fromCounts(c: OrgCounts, newUnder6: Fig): Record<OrgRow, Fig> {
  return {
    total: c.total,
    rated: c.rated,
    excellent: c.excellent,
    good: c.good,
    complete: c.complete,
    fail: c.fail,
    notRated: c.total - c.rated,
    newUnder6,
  };
}

function ownRow(node: OrgNode) {
  return node.parentRow?.row ?? (node.source.kind === "row" ? node.source.row : null);
}

function isNew(node: OrgNode): boolean {
  const row = ownRow(node);
  return row !== null && isMarkedNew(row);
}

function countNodes(nodes: readonly OrgNode[]): Record<OrgRow, Fig> {
  const rated = nodes.filter((n) => n.rating !== null);
  const by = (r: Rating) => rated.filter((n) => n.rating === r).length;
  return {
    total: nodes.length,
    rated: rated.length,
    excellent: by("excellent"),
    good: by("good"),
    complete: by("complete"),
    fail: by("fail"),
    notRated: nodes.length - rated.length,
    newUnder6: nodes.filter((n) => n.rating === null && isNew(n)).length,
  };
}

/** A chi bộ cơ sở: named "Chi bộ …", or a TCCSĐ with no chi bộ of its own. */
export function isPartyCell(node: OrgNode): boolean {
  const level = parseOrgName(node.name)?.level;
  if (level === "cell") return true;
  if (level === "grassroots") return false;
  return node.children.length === 0 && node.organisations.cells.total === 0;
}

function descendants(node: OrgNode): OrgNode[] {
  const out: OrgNode[] = [];
  const stack = [...node.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    stack.push(...n.children);
  }
  return out;
}

const UNKNOWN_BLOCK: Record<OrgRow, Fig> = Object.fromEntries(ORG_ROWS.map((r) => [r, null])) as Record<OrgRow, Fig>;

/** A TCCSĐ in block A (itself, unless it is the summary's top) and its units in block B. */
function grassrootsVector(node: OrgNode, isRoot: boolean): Vector<Form6Key> {
  const v = zeroBlocks();
  const partyCell = isPartyCell(node);
  if (!isRoot) {
    const self = countNodes([node]);
    setBlock(v, partyCell ? "partyCells" : "partyCommittees", self);
  }
  if (node.children.length > 0) {
    const below = descendants(node);
    setBlock(v, "sections", countNodes(below.filter((n) => n.level === "section")));
    const cells = below.filter((n) => n.level === "cell");
    setBlock(v, "cells", fromCounts(node.organisations.cells, countNodes(cells).newUnder6));
    return v;
  }
  if (partyCell) return v;
  // A TCCSĐ known only by its row in a summary: its chi bộ where the row counts them, the rest unknown.
  const sheet = node.source.kind === "row" ? node.source.source.sheet : null;
  const cellsKnown = sheet !== null && sheet.columns["cells.total"] !== undefined;
  setBlock(v, "cells", cellsKnown ? fromCounts(node.organisations.cells, null) : UNKNOWN_BLOCK);
  const sections = (node.organisations as Partial<Record<string, OrgCounts>>).sections;
  setBlock(v, "sections", sections ? fromCounts(sections, null) : UNKNOWN_BLOCK);
  return v;
}

/** A unit above TCCSĐ known only by its row: its counts go to Tổng số, how they split is unknown. */
function unknownSplitVector(node: OrgNode): Vector<Form6Key> {
  const v = zeroBlocks();
  const self = countNodes([node]);
  if (node.level === "cell") setBlock(v, "cells", self);
  else if (node.level === "section") setBlock(v, "sections", self);
  else {
    for (const b of BLOCK_IDS) setBlock(v, b, UNKNOWN_BLOCK);
    const sheet = node.source.kind === "row" ? node.source.source.sheet : null;
    if (sheet?.columns["cells.total"] !== undefined) setBlock(v, "cells", fromCounts(node.organisations.cells, null));
  }
  return v;
}
