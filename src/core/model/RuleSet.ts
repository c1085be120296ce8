/** Rule sets follow the evaluation year (RULES.md). */
export type RuleSet = "HD21" | "QD124" | "QD366";

export const RULE_SETS: readonly RuleSet[] = ["HD21", "QD124", "QD366"];

/** The newest set: used, and named, when no year is known. */
export const DEFAULT_RULE_SET: RuleSet = "QD366";

/** HD21 for 2019–2022, QD124 for 2023–2024, QD366 from 2025; years before 2019 fall back to HD21. */
export function ruleSetForYear(year: number): RuleSet {
  if (year >= 2025) return "QD366";
  if (year >= 2023) return "QD124";
  return "HD21";
}
