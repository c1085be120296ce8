import type { RuleSet } from "../model/RuleSet";
import type { RuleId, Severity } from "./Issue";

export type RuleSection = "structure" | "cells" | "arithmetic" | "ratings" | "hierarchy" | "official";

export interface RuleMeta {
  severity: Severity;
  section: RuleSection;
  /** The rule sets it applies to; all when absent. */
  sets?: readonly RuleSet[];
}

/** Every rule of RULES.md with its severity; the compiler keeps it complete. */
export const RULE_CATALOG: { readonly [R in RuleId]: RuleMeta } = {
  "TPL-NOT-TEMPLATE": { severity: "info", section: "structure" },
  "TPL-HEADER-MISSING": { severity: "error", section: "structure" },
  "TPL-HEADER-DUPLICATE": { severity: "error", section: "structure" },
  "TPL-NO-TOTAL-ROW": { severity: "warning", section: "structure" },
  "TPL-UNIT-DUPLICATE": { severity: "error", section: "structure" },
  "TPL-LEGACY-ENCODING": { severity: "warning", section: "structure" },
  "TPL-OLD-CATEGORIES": { severity: "error", section: "structure" },
  "TPL-YEAR-UNKNOWN": { severity: "warning", section: "structure" },
  "CELL-REQUIRED": { severity: "error", section: "cells" },
  "CELL-NUMBER-AS-TEXT": { severity: "error", section: "cells" },
  "CELL-NOT-NUMBER": { severity: "error", section: "cells" },
  "CELL-NOT-WHOLE": { severity: "error", section: "cells" },
  "CELL-NEGATIVE": { severity: "error", section: "cells" },
  "CELL-ERROR-VALUE": { severity: "error", section: "cells" },
  "CELL-BAD-RATING": { severity: "error", section: "cells" },
  "SUM-SUBJECT": { severity: "error", section: "arithmetic" },
  "SUM-RATED": { severity: "error", section: "arithmetic" },
  "SUM-CATEGORIES": { severity: "error", section: "arithmetic" },
  "SUM-REASON": { severity: "warning", section: "arithmetic" },
  "SUM-DISCIPLINED": { severity: "warning", section: "arithmetic" },
  "SUM-TOTAL-ROW": { severity: "error", section: "arithmetic" },
  "PCT-MISMATCH": { severity: "warning", section: "arithmetic" },
  "PCT-OVER-100": { severity: "error", section: "arithmetic" },
  "QUOTA-MEMBERS": { severity: "warning", section: "ratings" },
  "QUOTA-UNITS": { severity: "warning", section: "ratings" },
  "ORG-EXCELLENT-WITH-FAIL": { severity: "error", section: "ratings", sets: ["HD21"] },
  "ORG-EXCELLENT-BELOW-80": { severity: "error", section: "ratings", sets: ["HD21"] },
  "ORG-PARENT-EXCELLENT": { severity: "error", section: "ratings", sets: ["HD21"] },
  "ORG-NEW-RATED": { severity: "error", section: "ratings" },
  "ORG-FAIL-DISCIPLINED": { severity: "warning", section: "ratings", sets: ["QD124", "QD366"] },
  "HIER-NOT-REPORTED": { severity: "error", section: "hierarchy" },
  "HIER-UNKNOWN-UNIT": { severity: "warning", section: "hierarchy" },
  "HIER-CHILD-MISMATCH": { severity: "error", section: "hierarchy" },
  "HIER-CELL-COUNT": { severity: "warning", section: "hierarchy" },
  "HIER-DOUBLE-COUNT": { severity: "error", section: "hierarchy" },
  "HIER-AMBIGUOUS": { severity: "error", section: "hierarchy" },
  "HIER-CYCLE": { severity: "error", section: "hierarchy" },
  "HIER-NO-PARENT": { severity: "warning", section: "hierarchy" },
  "HOST-SHEET-SKIPPED": { severity: "warning", section: "structure" },
  "OFF-TYPE-UNKNOWN": { severity: "info", section: "official" },
  "OFF-BLOCK-SUM": { severity: "error", section: "official" },
  "OFF-RATED-SUM": { severity: "error", section: "official" },
  "OFF-TYPE-SUM": { severity: "error", section: "official" },
  "OFF-PART-OVER": { severity: "error", section: "official" },
  "OFF-NOT-NUMBER": { severity: "error", section: "official" },
  "OFF-MISMATCH": { severity: "error", section: "official" },
  "PREV-EXCELLENT-FAIL-TWICE": { severity: "warning", section: "hierarchy", sets: ["QD124", "QD366"] },
  "PREV-MEMBER-JUMP": { severity: "warning", section: "hierarchy" },
  "TPL-ROW-UNREAD": { severity: "error", section: "structure" },
  "TPL-COLUMN-UNREAD": { severity: "warning", section: "structure" },
  "CELL-RATING-TYPO": { severity: "info", section: "cells" },
  "HIER-SECTION-SUM": { severity: "error", section: "hierarchy" },
  "SUM-IMPOSSIBLE": { severity: "error", section: "arithmetic" },
  "CELL-NOT-CALCULATED": { severity: "error", section: "cells" },
  "ORG-RATING-DIFFERS": { severity: "info", section: "ratings" },
  "HIER-SAME-NAME": { severity: "warning", section: "hierarchy" },
  "TPL-NO-ORGANISATION": { severity: "warning", section: "structure" },
};

export const RULE_IDS = Object.keys(RULE_CATALOG) as RuleId[];
