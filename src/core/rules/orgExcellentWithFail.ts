import type { Issue } from "../issues/Issue";
import { countValue } from "../recognize/parseCell";
import { cellOf, makeIssue, type SheetRule } from "./Rule";
import { excellentCells } from "./ratedExcellent";

/** ORG-EXCELLENT-WITH-FAIL (HD21): a chi bộ rated HTXSNV has a member rated KHTNV. */
export const orgExcellentWithFail: SheetRule = {
  id: "ORG-EXCELLENT-WITH-FAIL",
  needs: ["unitRating", "fail"],
  check(sheet) {
    const issues: Issue[] = [];
    for (const row of excellentCells(sheet)) {
      const fail = countValue(row.cells.fail);
      if (fail === null || fail === 0) continue;
      issues.push(
        makeIssue(
          "ORG-EXCELLENT-WITH-FAIL",
          sheet.name,
          { cell: cellOf(sheet, row.row, "unitRating")! },
          { unit: row.unit, fail },
        ),
      );
    }
    return issues;
  },
};
