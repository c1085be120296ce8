import type { Issue } from "../issues/Issue";
import { countValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";

/** ORG-FAIL-DISCIPLINED (QD124, QD366): more members disciplined than rated KHTNV. */
export const orgFailDisciplined: SheetRule = {
  id: "ORG-FAIL-DISCIPLINED",
  needs: ["disciplined", "fail"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of sheet.rows) {
      const disciplined = countValue(row.cells.disciplined);
      const fail = countValue(row.cells.fail);
      if (disciplined === null || fail === null || disciplined <= fail) continue;
      issues.push(
        makeIssue(
          "ORG-FAIL-DISCIPLINED",
          sheet.name,
          { cell: cellOf(sheet, row.row, "disciplined")! },
          { unit: row.unit, disciplined, fail },
        ),
      );
    }
    return issues;
  },
};
