import type { Issue, Severity } from "./issues/Issue";
import type { CellRef } from "./snapshot";

/**
 * A flag painted on a cell as a conditional format. A blank required cell's flag tests blankness
 * itself, so typing a value clears the paint at once; other flags hold until the next Kiểm tra.
 */
export interface Flag {
  sheet: string;
  cell: CellRef;
  severity: Exclude<Severity, "info">;
  kind: "blank" | "static";
}

/** The flags for a list of issues: one per cell, the most severe winning. */
export function flagsFromIssues(issues: readonly Issue[]): Flag[] {
  const byCell = new Map<string, Flag>();
  for (const issue of issues) {
    if (!issue.cell || issue.severity === "info") continue;
    const key = `${issue.sheet}\u0000${issue.cell.row}\u0000${issue.cell.col}`;
    const flag: Flag = {
      sheet: issue.sheet,
      cell: issue.cell,
      severity: issue.severity,
      kind: issue.rule === "CELL-REQUIRED" ? "blank" : "static",
    };
    const prev = byCell.get(key);
    if (!prev || (prev.severity === "warning" && flag.severity === "error"))
      byCell.set(key, prev?.kind === "static" ? { ...flag, kind: "static" } : flag);
  }
  return [...byCell.values()];
}

/**
 * Excel's standard "light red fill, dark red text" and "yellow fill, dark yellow text"; an error
 * also gets a red border, so it is told from a warning by shape, not by colour alone.
 */
export const FLAG_STYLE: Record<Flag["severity"], { fill: string; font: string; border: string | null }> = {
  error: { fill: "FFC7CE", font: "9C0006", border: "C00000" },
  warning: { fill: "FFEB9C", font: "9C5700", border: null },
};
