import type { WorkbookSnapshot } from "./snapshot";
import type { Issue } from "./issues/Issue";
import { RULE_CATALOG } from "./issues/catalog";
import type { LevelSheet, RecognizedSheet } from "./model/SheetModel";
import { recognizeSheet, type RecognizeOptions } from "./recognize/recognizeSheet";
import { DETAIL_RULES, STRUCTURE_RULES } from "./rules";
import { DEFAULT_SETTINGS, makeIssue, type RuleSettings, type SheetRule } from "./rules/Rule";
import { sortIssues } from "./issues/sortIssues";
import { readUnitList } from "./rollup/unitList";
import { readOfficial } from "./official/readOfficial";

export interface ValidateOptions extends RecognizeOptions {
  settings?: RuleSettings;
  /** Told before each sheet is checked (index, count, name): the pane's progress. */
  onSheet?: (index: number, count: number, name: string) => void;
}

export interface WorkbookAnalysis {
  sheets: RecognizedSheet[];
  /** Sorted by sheet (workbook order), row, column. */
  issues: Issue[];
}

/**
 * Validates every sheet of a workbook snapshot: recognises level sheets and runs the rules of
 * RULES.md on each. Bad data never throws: it becomes issues.
 */
export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): WorkbookAnalysis {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const sheets: RecognizedSheet[] = [];
  const issues: Issue[] = [];
  const all = snapshot.sheets ?? [];
  for (const snap of all) {
    options.onSheet?.(sheets.length, all.length, snap.name);
    let sheet = recognizeSheet(snap, options);
    // Not a level sheet: it may be a Biểu 6/7 (its text decoded, should it be typed in TCVN3 or VNI).
    const official = sheet.kind === "other" ? readOfficial(snap, true) : null;
    if (official) {
      sheets.push({ kind: "other", name: official.name, official: official.read });
      issues.push(...official.issues);
      continue;
    }
    if (sheet.kind === "other") {
      const list = readUnitList(snap);
      if (list) sheet = { ...sheet, unitList: { units: list.length } };
      else issues.push(makeIssue("TPL-NOT-TEMPLATE", sheet.name, {}, {}));
    } else issues.push(...validateSheet(sheet, settings));
    sheets.push(sheet);
  }
  for (const note of snapshot.hostNotes ?? [])
    issues.push(makeIssue("HOST-SHEET-SKIPPED", note.sheet, {}, { reason: note.reason }));
  const same = sameOrganisation(sheets);
  // A member-figures sheet whose organisation's ratings are on another sheet lacks no rating column.
  const kept = issues.filter(
    (i) => !(i.rule === "TPL-HEADER-MISSING" && i.params.column === "unitRating" && same.complemented.has(i.sheet)),
  );
  kept.push(...same.issues);
  return {
    sheets,
    issues: sortIssues(
      kept,
      sheets.map((s) => s.name),
    ),
  };
}

/** Runs the rules on one level sheet; structural findings gate the detailed rules. */
export function validateSheet(sheet: LevelSheet, settings: RuleSettings = DEFAULT_SETTINGS): Issue[] {
  const issues: Issue[] = [];
  for (const rule of STRUCTURE_RULES) if (applies(rule, sheet)) issues.push(...rule.check(sheet, settings));
  // An outdated form has other columns and categories: checking its cells would mislead.
  if (sheet.oldHeader) return issues;
  for (const rule of DETAIL_RULES) if (applies(rule, sheet)) issues.push(...rule.check(sheet, settings));
  return issues;
}

function applies(rule: SheetRule, sheet: LevelSheet): boolean {
  const sets = RULE_CATALOG[rule.id].sets;
  if (sets && !sets.includes(sheet.ruleSet)) return false;
  return rule.needs.every((key) => sheet.columns[key] !== undefined);
}

/**
 * HIER-AMBIGUOUS within a workbook: two level sheets of one organisation that do not complement
 * each other (a ratings-only sheet beside a member-figures sheet does, and is read as one).
 */
function sameOrganisation(sheets: readonly RecognizedSheet[]): { issues: Issue[]; complemented: Set<string> } {
  const issues: Issue[] = [];
  const complemented = new Set<string>();
  const seen = new Map<string, LevelSheet[]>();
  for (const s of sheets) {
    if (s.kind !== "level" || !s.title.organisation) continue;
    const key = s.title.organisation.key;
    const earlier = seen.get(key) ?? [];
    const first = earlier[0];
    const complements = earlier.length === 1 && first!.ratingsOnly !== s.ratingsOnly;
    if (complements) for (const x of [first!, s]) if (!x.ratingsOnly) complemented.add(x.name);
    if (first && !complements)
      issues.push(
        makeIssue("HIER-AMBIGUOUS", s.name, {}, { unit: s.title.organisation.display, otherSheet: first.name }),
      );
    earlier.push(s);
    seen.set(key, earlier);
  }
  return { issues, complemented };
}
