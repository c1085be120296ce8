import { makeIssue, type SheetRule } from "./Rule";

/**
 * TPL-COLUMN-UNREAD: a column with numbers under a header that matched no known label, once per
 * sheet and column; the message quotes the header so the user sees what was not counted.
 */
export const tplColumnUnread: SheetRule = {
  id: "TPL-COLUMN-UNREAD",
  needs: [],
  check(sheet) {
    const { grid } = sheet;
    return sheet.unreadColumns.map((u) => {
      let numbers = 0;
      let sum = 0;
      for (let r = u.top; r <= u.bottom; r++) {
        const v = grid.value(r, u.col);
        if (grid.type(r, u.col) !== "number" || typeof v !== "number") continue;
        numbers++;
        sum += v;
      }
      return makeIssue(
        "TPL-COLUMN-UNREAD",
        sheet.name,
        { range: { top: u.top, bottom: u.bottom, left: u.col, right: u.col } },
        { header: u.header, numbers, sum },
      );
    });
  },
};
