import type { WorkbookAnalysis } from "../validate";
import type { LevelSheet } from "../model/SheetModel";
import { orgKey } from "../model/OrgName";
import { PROGRAM, type CheckStamp } from "./CheckStamp";
import { sheetDigest } from "./sheetDigest";

export interface StampBy {
  checker: string;
  /** When, as ISO 8601 (the adapter reads the clock; the core does not). */
  time: string;
}

/** The key a sheet is stamped under: its organisation's, or its sheet name's when the title names none. */
export function stampKey(sheet: LevelSheet): string {
  const org = sheet.title.organisation;
  return org ? org.key : `#sheet:${orgKey(sheet.name)}`;
}

/**
 * The stamp of a check, or `null` when there is nothing to stamp: an error found, no level sheet,
 * or no checker's name. Warnings do not prevent it (they are allowed, as in `validate`'s exit 0).
 */
export function makeStamp(analysis: WorkbookAnalysis, by: StampBy): CheckStamp | null {
  if (!by.checker.trim()) return null;
  if (analysis.issues.some((i) => i.severity === "error")) return null;
  const levels = analysis.sheets.filter((s): s is LevelSheet => s.kind === "level");
  if (levels.length === 0) return null;
  return {
    checker: by.checker.normalize("NFC").trim(),
    time: by.time,
    program: PROGRAM,
    ruleSets: [...new Set(levels.map((s) => s.ruleSet))].sort(),
    sheets: levels.map((s) => ({
      sheet: s.name,
      organisation: s.title.organisation?.display ?? "",
      key: stampKey(s),
      digest: sheetDigest(s),
    })),
  };
}
