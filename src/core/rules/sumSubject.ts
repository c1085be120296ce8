import type { Issue } from "../issues/Issue";
import { countValue, optionalCount } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/** SUM-SUBJECT: subject = members − exempt − suspended − newMembers (missing optional columns count as 0). */
export const sumSubject: SheetRule = {
  id: "SUM-SUBJECT",
  needs: ["members", "subject"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      const members = countValue(row.cells.members);
      const subject = countValue(row.cells.subject);
      const exempt = optionalCount(row.cells.exempt);
      const suspended = optionalCount(row.cells.suspended);
      const newMembers = optionalCount(row.cells.newMembers);
      if (members === null || subject === null || exempt === null || suspended === null || newMembers === null)
        continue;
      const expected = members - exempt - suspended - newMembers;
      if (expected === subject) continue;
      issues.push(
        makeIssue(
          "SUM-SUBJECT",
          sheet.name,
          { cell: cellOf(sheet, row.row, "subject")! },
          { unit: row.unit, expected, actual: subject, members, exempt, suspended, newMembers },
        ),
      );
    }
    return issues;
  },
};
