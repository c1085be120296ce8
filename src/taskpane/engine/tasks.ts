import type { WorkbookSnapshot } from "../../core/snapshot";
import type { Issue } from "../../core/issues/Issue";
import type { Flag } from "../../core/flags";
import { flagsFromIssues } from "../../core/flags";
import { validateWorkbook, type WorkbookAnalysis } from "../../core/validate";
import { summarizeWorkbooks, type WorkbookInput } from "../../core/summarize";
import { previousLines, type PreviousLine } from "../previousLines";
import type { SheetLayout } from "../../core/layout/SheetLayout";
import type { CompletenessRow } from "../../core/layout/completenessLayout";
import { headlineOf, type Headline } from "./headline";

/** Progress of a long action: which step, k of n. */
export interface Progress {
  step: "read" | "check";
  done: number;
  total: number;
  /** The file or sheet at hand. */
  name: string;
}
export type OnProgress = (p: Progress) => void;

/** The organisation each level sheet belongs to (its title), for grouping findings by unit. */
export type SheetUnits = Record<string, string>;

export interface CheckOutcome {
  issues: Issue[];
  flags: Flag[];
  levelSheets: number;
  units: SheetUnits;
}

export interface SummaryOutcome {
  issues: Issue[];
  layouts: SheetLayout[];
  completeness: CompletenessRow[];
  headline: Headline | null;
  levelSheets: number;
  units: SheetUnits;
  /** "Đoạn báo cáo": the report's sentences, when there is a tree to state. */
  paragraph: string | null;
  /** Last year beside this year, when last year's workbooks were given. */
  previous: PreviousLine[];
}

function unitsOf(analysis: WorkbookAnalysis | undefined): SheetUnits {
  const units: SheetUnits = {};
  for (const s of analysis?.sheets ?? [])
    if (s.kind === "level" && s.title.organisation) units[s.name] = s.title.organisation.display;
  return units;
}

function yearOf(analysis: WorkbookAnalysis | undefined): number | null {
  for (const s of analysis?.sheets ?? []) if (s.kind === "level" && s.year !== null) return s.year;
  return null;
}

const onSheet = (onProgress: OnProgress) => (done: number, total: number, name: string) =>
  onProgress({ step: "check", done, total, name });

/** Kiểm tra: the issues, the flags to paint, and the unit of each sheet. */
export function check(snapshot: WorkbookSnapshot, onProgress: OnProgress = () => {}): CheckOutcome {
  const analysis = validateWorkbook(snapshot, { onSheet: onSheet(onProgress) });
  return {
    issues: analysis.issues,
    flags: flagsFromIssues(analysis.issues),
    levelSheets: analysis.sheets.filter((s) => s.kind === "level").length,
    units: unitsOf(analysis),
  };
}

/** Tổng hợp: the summary sheets, the completeness table, the headline figures and every issue. */
export function summarize(
  snapshot: WorkbookSnapshot,
  taken: readonly string[],
  onProgress: OnProgress = () => {},
  previous: readonly WorkbookInput[] = [],
): SummaryOutcome {
  const r = summarizeWorkbooks([{ name: "", snapshot }], {
    linkSources: true,
    takenSheetNames: taken,
    onSheet: onSheet(onProgress),
    ...(previous.length > 0 ? { previous: [...previous] } : {}),
  });
  const analysis = r.analyses[0]?.analysis;
  return {
    issues: r.issues,
    layouts: r.layouts,
    completeness: r.completeness,
    headline: r.root ? headlineOf(r.root, r.completeness, yearOf(analysis)) : null,
    levelSheets: analysis?.sheets.filter((s) => s.kind === "level").length ?? 0,
    units: unitsOf(analysis),
    paragraph: r.paragraph?.text ?? null,
    previous: previousLines(r),
  };
}
