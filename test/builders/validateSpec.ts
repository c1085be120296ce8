import { validateWorkbook, type ValidateOptions } from "../../src/core/validate";
import type { Issue, RuleId } from "../../src/core/issues/Issue";
import type { CellRef } from "../../src/core/snapshot";
import { ALL_COLUMNS, levelSheet, type ColumnId, type LevelSheetSpec } from "./levelSheet";

/** Validates one sheet built from a spec. */
export function validateSpec(spec: LevelSheetSpec, options: ValidateOptions = {}): Issue[] {
  return validateWorkbook({ sheets: [levelSheet(spec)] }, options).issues;
}

export function ofRule(issues: Issue[], rule: RuleId): Issue[] {
  return issues.filter((i) => i.rule === rule);
}

/** The builder's first unit row (0-based): five title rows, a two-row header. */
export const FIRST_UNIT_ROW = 7;

/** The cell of a unit row in the builder's default layout. */
export function at(column: ColumnId, unitIndex: number, columns: ColumnId[] = ALL_COLUMNS): CellRef {
  return { row: FIRST_UNIT_ROW + unitIndex, col: columns.indexOf(column) };
}
