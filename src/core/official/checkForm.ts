import type { Issue } from "../issues/Issue";
import { columnLetters } from "../issues/a1";
import { makeIssue } from "../rules/Rule";
import { COLUMN_IDS, TOP_TYPES, partsOf, type ColumnId } from "./columns";
import { BLOCK_IDS, type Fig, type FormFigures, type OfficialForms } from "./forms";
import { columnLabel } from "./formFigures";
import type { OfficialSheet } from "./readForm";

const RATINGS = ["excellent", "good", "complete", "fail"] as const;

const sum = (values: readonly Fig[]): Fig =>
  values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + v!, 0);

/**
 * The identities of Biểu 6/7 on what the sheet states (docs/RULES.md, Official forms): line 1 is
 * the sum of its lines, rated is the sum of the four ratings, Tổng số is the sum of the type
 * columns (and a group's total of its parts), a "trong đó" line is within its line. A check whose
 * figures are not all known is not made.
 */
export function checkForm(sheet: OfficialSheet, forms: OfficialForms, sheetName: string): Issue[] {
  const issues: Issue[] = [];
  const figures: FormFigures<string> = sheet.form === 6 ? forms.form6 : forms.form7;
  const at = (key: string, id: ColumnId) => sheet.lines[key as keyof OfficialSheet["lines"]]?.cells[id];
  const label = (key: string) => sheet.lines[key as keyof OfficialSheet["lines"]]?.label ?? key;
  const f = (key: string, id: ColumnId): Fig => figures[id][key] ?? null;

  const sumCheck = (rule: "OFF-BLOCK-SUM" | "OFF-RATED-SUM", whole: string, parts: readonly string[]) => {
    for (const id of COLUMN_IDS) {
      const cell = at(whole, id);
      const actual = f(whole, id);
      const expected = sum(parts.map((p) => f(p, id)));
      if (!cell || actual === null || expected === null || actual === expected) continue;
      issues.push(
        makeIssue(rule, sheetName, { cell: cell.at }, { row: label(whole), column: columnLabel(id), expected, actual }),
      );
    }
  };
  const overCheck = (part: string, whole: string) => {
    for (const id of COLUMN_IDS) {
      const cell = at(part, id);
      const actual = f(part, id);
      const w = f(whole, id);
      if (!cell || actual === null || w === null || actual <= w) continue;
      issues.push(
        makeIssue(
          "OFF-PART-OVER",
          sheetName,
          { cell: cell.at },
          { row: label(part), column: columnLabel(id), whole: w, actual },
        ),
      );
    }
  };

  if (sheet.form === 6) {
    for (const b of BLOCK_IDS) {
      sumCheck("OFF-BLOCK-SUM", `${b}.total`, [`${b}.rated`, `${b}.notRated`]);
      sumCheck(
        "OFF-RATED-SUM",
        `${b}.rated`,
        RATINGS.map((r) => `${b}.${r}`),
      );
      overCheck(`${b}.newUnder6`, `${b}.notRated`);
    }
  } else {
    sumCheck("OFF-BLOCK-SUM", "present", ["exempt", "notRated", "rated"]);
    sumCheck("OFF-RATED-SUM", "rated", RATINGS);
    for (const reason of ["failDecline", "failUnderHalf", "failOfficial", "failDisciplined", "failOther"])
      overCheck(reason, "fail");
  }

  // Tổng số across the types, and each group's total across its parts, on every line.
  const across: [ColumnId, readonly ColumnId[]][] = [
    ["total", TOP_TYPES],
    ["service", partsOf("service")],
    ["enterprise", partsOf("enterprise")],
  ];
  for (const key of Object.keys(sheet.lines)) {
    for (const [whole, parts] of across) {
      const cell = at(key, whole);
      const actual = f(key, whole);
      const present = parts.filter((p) => sheet.columns[p] !== undefined);
      if (!cell || actual === null || present.length === 0) continue;
      if (whole !== "total" && present.length < parts.length) continue;
      const expected = sum(parts.map((p) => f(key, p)));
      if (expected === null || expected === actual) continue;
      const cols = present.map((p) => columnLetters(sheet.columns[p]!));
      issues.push(
        makeIssue(
          "OFF-TYPE-SUM",
          sheetName,
          { cell: cell.at },
          {
            row: label(key),
            column: columnLabel(whole),
            expected,
            actual,
            parts: `${cols[0]}…${cols[cols.length - 1]}`,
          },
        ),
      );
    }
  }
  return issues;
}
