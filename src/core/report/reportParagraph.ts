import type { OrgNode } from "../rollup/OrgNode";
import type { OrgCounts } from "../rollup/Figures";
import { RATINGS, RATING_LABELS, type Rating } from "../model/Rating";
import { viCount } from "./viNumber";
import { displayName } from "./displayName";
import { countsClause, membersClause } from "./clauses";
import { viShare } from "./viNumber";
import { yearFigures, type YearFigures } from "../previous/comparePrevious";

/** The report's paragraph: a heading line, then one sentence per group, in the order reports use. */
export interface ReportParagraph {
  /** The organisation, as a sentence names it. */
  organisation: string;
  lines: string[];
  /** The lines joined by newlines: what the copy button and `xeploai report` give. */
  text: string;
}

/** Organisation levels in the order reports state them (larger first), with their names. */
const ORG_GROUPS = [
  { key: "districts", label: "đảng bộ cấp huyện và tương đương", short: "đảng bộ" },
  { key: "grassroots", label: "tổ chức cơ sở đảng", short: "tổ chức cơ sở đảng" },
  // Counted once the rollup knows đảng bộ bộ phận (agreed between helpers: `organisations.sections`).
  { key: "sections", label: "đảng bộ bộ phận", short: "đảng bộ bộ phận" },
  { key: "cells", label: "chi bộ trực thuộc đảng ủy cơ sở", short: "chi bộ" },
] as const;

/**
 * "Đoạn báo cáo": the sentences a committee's year-end report states the results in
 * (REAL-FORMS.md §3), from the rolled-up tree: organisations by level, then members, then the
 * organisation's own proposed rating. Pure and deterministic; unknown figures are said to be
 * unknown ("chưa đủ số liệu"), never written as 0.
 */
export function reportParagraph(
  root: OrgNode,
  year: number | null,
  lastYear: { figures: YearFigures; year: number | null } | null = null,
): ReportParagraph {
  const organisation = displayName(root.name);
  const lines = [
    `Kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên${year === null ? "" : ` năm ${year}`} của ${organisation}:`,
  ];
  for (const group of ORG_GROUPS) {
    const counts = (root.organisations as Partial<Record<string, OrgCounts>>)[group.key];
    if (!counts || counts.total === 0) continue;
    lines.push(countsClause(group.label, group.short, counts));
  }
  lines.push(membersClause(root.figures));
  if (lastYear) {
    const compared = lastYearSentence(root, lastYear.figures, lastYear.year);
    if (compared) lines.push(compared);
  }
  const own = ownRatingSentence(root, organisation);
  if (own) lines.push(own);
  const proposals = childProposals(root);
  if (proposals) lines.push(proposals);
  return { organisation, lines, text: lines.join("\n") };
}

function ownRatingSentence(node: OrgNode, organisation: string): string | null {
  if (!node.ownRating) return null;
  const proposed = node.source.kind === "sheet" ? (node.source.source.sheet.ownRating?.proposed ?? false) : false;
  return `${organisation} ${proposed ? "đề nghị xếp loại" : "tự đánh giá, xếp loại"}: ${RATING_LABELS[node.ownRating].toLowerCase()}.`;
}

/**
 * The units below whose own sheets propose or self-assess a rating: counted by rating; those
 * proposed for the top rating, or self-assessed as failing, also named (what a report singles out).
 */
function childProposals(root: OrgNode): string | null {
  const byRating = new Map<Rating, string[]>();
  for (const child of root.children) {
    if (!child.ownRating) continue;
    const list = byRating.get(child.ownRating) ?? [];
    list.push(displayName(child.name));
    byRating.set(child.ownRating, list);
  }
  if (byRating.size === 0) return null;
  const parts = RATINGS.flatMap((r) => {
    const names = byRating.get(r);
    if (!names) return [];
    const named = r === "excellent" || r === "fail" ? ` (${names.join(", ")})` : "";
    return [`${RATING_LABELS[r].toLowerCase()} ${viCount(names.length)}${named}`];
  });
  return `Các đơn vị trực thuộc tự đánh giá, đề nghị xếp loại: ${parts.join("; ")}.`;
}

/** "So với năm 2021: đảng viên hoàn thành tốt nhiệm vụ trở lên 3.413/3.675 (92,87%), năm nay 3.410/3.675 (92,79%)." */
function lastYearSentence(root: OrgNode, before: YearFigures, year: number | null): string | null {
  const now = yearFigures(root);
  const part = (y: YearFigures) => {
    if (y.goodOrAbove === null || y.rated === null) return null;
    const share = viShare(y.goodOrAbove, y.rated);
    return `${viCount(y.goodOrAbove)}/${viCount(y.rated)} đồng chí${share ? ` (${share})` : ""}`;
  };
  const a = part(before);
  const b = part(now);
  if (!a || !b) return null;
  return `So với ${year === null ? "năm trước" : `năm ${year}`}: đảng viên hoàn thành tốt nhiệm vụ trở lên năm trước ${a}, năm nay ${b}.`;
}
