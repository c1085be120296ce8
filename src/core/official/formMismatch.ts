import type { Issue } from "../issues/Issue";
import { inWorkbook } from "../rollup/hierarchyRules";
import { makeIssue } from "../rules/Rule";
import type { Fig } from "./forms";
import type { SentBeside } from "./attachOfficial";
import type { OfficialRead } from "./readOfficial";
import type { ColumnKey } from "../model/template";
import { countValue } from "../recognize/parseCell";

/**
 * OFF-MISMATCH: an organisation's Biểu 6/7 sent beside its level sheets say other totals than
 * those sheets add up to (members present, exempt, rated and each rating; TCCSĐ and chi bộ counts).
 * The level sheets' figures are kept; the forms give only the split by type.
 */
export function formMismatches(beside: readonly SentBeside[]): Issue[] {
  const issues: Issue[] = [];
  for (const { node, workbook, reads } of beside) {
    // A unit known by its row only is compared on what the row states.
    const row = node.children.length === 0 && node.source.kind === "row" ? node.source : null;
    const stated = (key: ColumnKey) =>
      !row ||
      (key.includes(".") ? row.source.sheet.columns[key] !== undefined : countValue(row.row.cells[key]) !== null);
    const check = (
      read: OfficialRead | undefined,
      line: string,
      actual: Fig,
      expected: number | null,
      key: ColumnKey,
      label?: string,
    ) => {
      const at = read?.sheet.lines[line as keyof OfficialRead["sheet"]["lines"]];
      // An unknown figure of the sheets (null) cannot disagree with the form: nothing to compare.
      if (!read || !at || actual === null || expected === null || actual === expected || !stated(key)) return;
      const cell = at.cells.total?.at;
      const sheetName = read.sheetName;
      issues.push(
        inWorkbook(
          workbook,
          makeIssue("OFF-MISMATCH", sheetName, cell ? { cell } : {}, {
            unit: node.name,
            row: label ?? at.label,
            expected,
            actual,
          }),
        ),
      );
    };
    const f = node.figures;
    const t7 = reads[7]?.forms.form7.total;
    if (t7) {
      check(reads[7], "present", t7.present, f.members, "members");
      check(reads[7], "exempt", t7.exempt, f.exempt, "exempt");
      check(reads[7], "rated", t7.rated, f.rated, "rated");
      for (const r of ["excellent", "good", "complete", "fail"] as const) check(reads[7], r, t7[r], f[r], r);
    }
    const t6 = reads[6]?.forms.form6.total;
    if (t6) {
      const a =
        t6["partyCommittees.total"] === null || t6["partyCells.total"] === null
          ? null
          : t6["partyCommittees.total"] + t6["partyCells.total"];
      check(
        reads[6],
        "partyCommittees.total",
        a,
        node.organisations.grassroots.total,
        "grassroots.total",
        "A. TỔ CHỨC CƠ SỞ ĐẢNG (I + II)",
      );
      check(reads[6], "cells.total", t6["cells.total"], node.organisations.cells.total, "cells.total");
    }
  }
  return issues;
}
