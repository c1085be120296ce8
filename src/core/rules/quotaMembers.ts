import type { Issue } from "../issues/Issue";
import type { LevelSheet } from "../model/SheetModel";
import { rowLevel } from "../model/rowLevel";
import { countValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";
import { mentionsOutstanding, quotaLimit } from "./quota";

/**
 * QUOTA-MEMBERS: members rated HTXSNV above the cap, counted per TCCSĐ. On a TCCSĐ's own sheet
 * (rows are chi bộ) the sheet's sum is checked; on a sheet whose rows are TCCSĐ, each row.
 */
export const quotaMembers: SheetRule = {
  id: "QUOTA-MEMBERS",
  needs: ["excellent", "good"],
  check(sheet, settings) {
    const quota = settings.quota(sheet.ruleSet);
    const level = rowLevel(sheet);
    const issues: Issue[] = [];
    if (level === "grassroots") {
      for (const row of sheet.rows) {
        const excellent = countValue(row.cells.excellent);
        const good = countValue(row.cells.good);
        if (excellent === null || good === null) continue;
        const note = row.cells.note?.kind === "text" ? row.cells.note.text : "";
        const q = quotaLimit(quota, excellent, good, mentionsOutstanding(note));
        if (excellent <= q.limit) continue;
        issues.push(
          makeIssue(
            "QUOTA-MEMBERS",
            sheet.name,
            { cell: cellOf(sheet, row.row, "excellent")! },
            { unit: row.unit, ...q, actual: excellent },
          ),
        );
      }
      return issues;
    }
    if (level !== "cell") return issues;
    let excellent = 0;
    let good = 0;
    for (const row of sheet.rows) {
      const e = countValue(row.cells.excellent);
      const g = countValue(row.cells.good);
      if (e === null || g === null) return issues; // unreadable cells are reported elsewhere
      excellent += e;
      good += g;
    }
    const q = quotaLimit(quota, excellent, good, sheetClaimsOutstanding(sheet));
    if (excellent <= q.limit) return issues;
    const where = sheet.totalRow
      ? { cell: cellOf(sheet, sheet.totalRow.row, "excellent")! }
      : {
          range: {
            top: sheet.header.top,
            bottom: sheet.header.bottom,
            left: sheet.columns.excellent!,
            right: sheet.columns.excellent!,
          },
        };
    issues.push(
      makeIssue("QUOTA-MEMBERS", sheet.name, where, {
        unit: sheet.title.organisation?.display ?? sheet.name,
        ...q,
        actual: excellent,
      }),
    );
    return issues;
  },
};

function sheetClaimsOutstanding(sheet: LevelSheet): boolean {
  const { grid } = sheet;
  for (let r = grid.nextFilledRow(sheet.tableEnd); r < grid.bottom; r = grid.nextFilledRow(r + 1)) {
    for (let c = grid.left; c < grid.right; c++) if (mentionsOutstanding(grid.text(r, c))) return true;
  }
  return false;
}
