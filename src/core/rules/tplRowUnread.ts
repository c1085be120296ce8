import type { Issue } from "../issues/Issue";
import { makeIssue, type SheetRule } from "./Rule";

/**
 * TPL-ROW-UNREAD: a row holding figures that is neither a unit, a group, a share row nor the
 * total (below the `Tổng cộng`, below the notes, after a long blank run): its figures would be lost.
 */
export const tplRowUnread: SheetRule = {
  id: "TPL-ROW-UNREAD",
  needs: [],
  check(sheet) {
    const { grid } = sheet;
    const issues: Issue[] = [];
    for (const u of sheet.unreadRows) {
      let numbers = 0;
      let sum = 0;
      for (let c = grid.left; c < grid.right; c++) {
        const v = grid.value(u.row, c);
        if (grid.type(u.row, c) !== "number" || typeof v !== "number") continue;
        numbers++;
        sum += v;
      }
      issues.push(
        makeIssue(
          "TPL-ROW-UNREAD",
          sheet.name,
          { range: { top: u.row, bottom: u.row, left: grid.left, right: grid.right - 1 } },
          {
            label: u.label,
            numbers,
            sum,
            reason: u.reason,
          },
        ),
      );
    }
    return issues;
  },
};
