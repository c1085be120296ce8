import type { Issue } from "../issues/Issue";
import type { WorkbookAnalysis } from "../validate";
import type { OrgNode } from "../rollup/OrgNode";
import { COUNTED_LEVELS } from "../rollup/OrgNode";
import type { TreeResult } from "../rollup/buildTree";
import { SYNTHETIC_ROOT_KEY } from "../rollup/buildTree";
import { zeroCounts, zeroFigures, type Figures, type OrgCounts } from "../rollup/Figures";
import { inWorkbook } from "../rollup/hierarchyRules";
import { makeIssue } from "../rules/Rule";
import { foldKey } from "../text/foldKey";
import { RATINGS } from "../model/Rating";
import { emptyForms, type BlockId, type Fig, type OfficialForms } from "./forms";
import type { OfficialRead } from "./readOfficial";

/** One organisation's Biểu 6 and/or Biểu 7, as sent. */
interface Sent {
  key: string;
  name: string;
  level: OrgNode["level"];
  year: number | null;
  forms: OfficialForms;
  has: { 6: string | null; 7: string | null };
  reads: { 6?: OfficialRead; 7?: OfficialRead };
  workbook: string;
}

/** Forms sent for an organisation the level sheets also give (its sheets, or its row): compared after the rollup. */
export interface SentBeside {
  node: OrgNode;
  workbook: string;
  reads: { 6?: OfficialRead; 7?: OfficialRead };
}

/**
 * Puts the Biểu 6/7 that came as inputs into the tree, before the rollup: an organisation's two
 * forms are one node. A unit the level sheets know only by a row (or by name) takes the forms as
 * its detail; an organisation not in the tree becomes a node of its own, beside the others under
 * a common top. An organisation summarised from its own level sheets as well (a district's whole
 * Tổng hợp workbook, say) keeps them for its figures and takes its forms for the split by type; the
 * two are compared after the rollup (OFF-MISMATCH). Nothing is counted twice.
 */
export function attachOfficial(
  tree: TreeResult,
  analyses: readonly { name: string; analysis: WorkbookAnalysis }[],
): {
  read: Map<OrgNode, Partial<OfficialForms>>;
  issues: Issue[];
  year: number | null;
  beside: SentBeside[];
  /** The organisations that came as forms only, with the sheets they came in (for Tình hình nộp biểu). */
  sentOnly: { node: OrgNode; workbook: string; sheets: string[] }[];
} {
  const issues: Issue[] = [];
  const sent = new Map<string, Sent>();
  for (const { name: workbook, analysis } of analyses)
    for (const sheet of analysis.sheets) {
      if (sheet.kind !== "other" || !sheet.official) continue;
      const read: OfficialRead = sheet.official;
      const org = read.sheet.organisation;
      const key = org?.key ?? `${workbook}/${foldKey(sheet.name)}`;
      const entry: Sent = sent.get(key) ?? {
        key,
        name: org?.display ?? sheet.name,
        level: org?.level ?? "unknown",
        year: read.sheet.year,
        forms: emptyForms(),
        has: { 6: null, 7: null },
        reads: {},
        workbook,
      };
      const form = read.sheet.form;
      const first = entry.has[form];
      if (first !== null) {
        issues.push(
          inWorkbook(workbook, makeIssue("HIER-AMBIGUOUS", sheet.name, {}, { unit: entry.name, otherSheet: first })),
        );
        continue;
      }
      entry.has[form] = sheet.name;
      entry.reads[form] = read;
      if (form === 6) entry.forms.form6 = read.forms.form6;
      else entry.forms.form7 = read.forms.form7;
      sent.set(key, entry);
    }

  const read = new Map<OrgNode, Partial<OfficialForms>>();
  const beside: SentBeside[] = [];
  const added: OrgNode[] = [];
  const sentOnly: { node: OrgNode; workbook: string; sheets: string[] }[] = [];
  for (const s of sent.values()) {
    const known = tree.nodes.find((n) => n.key === s.key);
    if (known) {
      // Only the forms that came: the other is computed from the tree as usual.
      read.set(known, {
        ...(s.reads[6] ? { form6: s.forms.form6 } : {}),
        ...(s.reads[7] ? { form7: s.forms.form7 } : {}),
      });
      if (known.source.kind === "virtual" && known.children.length === 0) fill(known, s.forms);
      else beside.push({ node: known, workbook: s.workbook, reads: s.reads });
      continue;
    }
    const node = nodeOf(s);
    read.set(node, s.forms);
    added.push(node);
    sentOnly.push({ node, workbook: s.workbook, sheets: [s.has[6], s.has[7]].filter((x): x is string => x !== null) });
  }
  if (added.length > 0) attach(tree, added);
  const year = [...sent.values()].find((s) => s.year !== null)?.year ?? null;
  return { read, issues, year, beside, sentOnly };
}

function nodeOf(s: Sent): OrgNode {
  const node: OrgNode = {
    key: s.key,
    name: s.name,
    level: s.level,
    source: { kind: "virtual" },
    parentRow: null,
    rating: null,
    ownRating: null,
    figures: zeroFigures(),
    organisations: Object.fromEntries(COUNTED_LEVELS.map((l) => [l, zeroCounts()])) as OrgNode["organisations"],
    children: [],
  };
  fill(node, s.forms);
  return node;
}

/**
 * A node's figures from its forms' Tổng số: members from Biểu 7, organisations from Biểu 6. The
 * form has no suspended, new-member or disciplined line: those stay unknown. Its "chưa được KĐ"
 * counts every member present, not exempt and not rated; the subject is rated + not rated.
 */
function fill(node: OrgNode, forms: OfficialForms): void {
  const t = forms.form7.total;
  const f: Record<keyof Figures, Fig> = { ...zeroFigures() };
  f.members = t.present;
  f.exempt = t.exempt;
  f.notRated = t.notRated;
  f.rated = t.rated;
  for (const r of RATINGS) f[r] = t[r];
  f.subject = t.rated === null || t.notRated === null ? null : t.rated + t.notRated;
  f.suspended = null;
  f.newMembers = null;
  f.disciplined = null;
  node.figures = f;
  const o = forms.form6.total;
  const counts = (blocks: BlockId[]): OrgCounts => {
    const c = zeroCounts();
    for (const b of blocks) {
      c.total += o[`${b}.total`] ?? 0;
      c.rated += o[`${b}.rated`] ?? 0;
      for (const r of RATINGS) c[r] += o[`${b}.${r}`] ?? 0;
    }
    return c;
  };
  node.organisations = {
    ...node.organisations,
    grassroots: counts(["partyCommittees", "partyCells"]),
    cells: counts(["cells"]),
  };
}

/** New tops go beside the tree's top, under a common top. */
function attach(tree: TreeResult, added: OrgNode[]): void {
  let root = tree.root;
  if (!root && added.length === 1) root = added[0]!;
  else {
    if (!root || root.key !== SYNTHETIC_ROOT_KEY) {
      const top: OrgNode = {
        ...nodeOf({
          key: SYNTHETIC_ROOT_KEY,
          name: "Tổng hợp",
          level: "unknown",
          year: null,
          forms: emptyForms(),
          has: { 6: null, 7: null },
          reads: {},
          workbook: "",
        }),
      };
      top.children = root ? [root] : [];
      root = top;
    }
    root.children.push(...added);
  }
  tree.root = root;
  tree.nodes = collect(root);
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
