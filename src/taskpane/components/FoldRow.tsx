import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import type { Issue } from "../../core/issues/Issue";
import { describeLocation, describeProblem, type Lang } from "../../core/issues/describeIssue";
import { howToFix, ruleTitle } from "../../core/issues/howToFix";
import { a1 } from "../../core/issues/a1";
import { columnDef } from "../../core/model/template";
import type { Fold } from "../issues/groupIssues";
import type { Strings } from "../strings";
import { Severity } from "./Severity";
import { IssueRow, useRowStyles } from "./IssueRow";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalL },
  chevron: { verticalAlign: "middle", marginRight: "2px" },
});

/** Cells shown on a folded line before "…". */
const CELLS_SHOWN = 6;

/** "Ô C10, C11, C12 … (12 ô): số đang là chữ": a fold's one line, in the pane's language. */
export function foldLine(fold: Fold, lang: Lang, strings: Strings): string {
  const where = fold.issues.map((i) => (i.cell ? a1(i.cell) : describeLocation(i, lang)));
  const cells = where.slice(0, CELLS_SHOWN).join(", ") + (where.length > CELLS_SHOWN ? " …" : "");
  const problems = new Set(fold.issues.map((i) => describeProblem(i, lang)));
  const problem =
    problems.size === 1
      ? [...problems][0]!
      : `${ruleTitle(fold.rule, lang)}${fold.column ? ` (${lang === "vi" ? columnDef(fold.column).vi : columnDef(fold.column).en})` : ""}`;
  const first = fold.issues[0]!;
  const label = first.cell ? (lang === "vi" ? "Ô" : "Cells") : "";
  return `${label ? `${label} ` : ""}${cells} (${strings.cellsCount(fold.issues.length)}): ${problem}`;
}

export interface FoldRowProps {
  fold: Fold;
  lang: Lang;
  strings: Strings;
  open: boolean;
  onToggle: () => void;
  limit: number;
  onMore: () => void;
  current: Issue | null;
  onPick: (issue: Issue) => void;
  refFor: (issue: Issue) => (el: HTMLButtonElement | null) => void;
}

/** Identical findings as one line; opened, each finding on its own, clickable. */
export const FoldRow = function FoldRow({
  fold,
  lang,
  strings,
  open,
  onToggle,
  limit,
  onMore,
  current,
  onPick,
  refFor,
}: FoldRowProps) {
  const styles = useStyles();
  const row = useRowStyles();
  const Chevron = open ? ChevronDown16Regular : ChevronRight16Regular;
  return (
    <li className={row.item}>
      <Button appearance="subtle" className={row.button} aria-expanded={open} onClick={onToggle} data-fold={fold.rule}>
        <Chevron aria-hidden="true" className={styles.chevron} />
        <Severity level={fold.severity} lang={lang} className={row.severity} /> {foldLine(fold, lang, strings)}
      </Button>
      <Text size={200} className={row.note}>
        {strings.howToFix}: {howToFix(fold, lang)}
      </Text>
      {open && (
        <ul className={styles.list}>
          {fold.issues.slice(0, limit).map((issue, i) => (
            <IssueRow
              key={i}
              issue={issue}
              lang={lang}
              strings={strings}
              current={current === issue}
              showFix={false}
              onPick={onPick}
              buttonRef={refFor(issue)}
            />
          ))}
          {fold.issues.length > limit && (
            <li>
              <Button size="small" appearance="transparent" onClick={onMore}>
                {strings.showMore(Math.min(limit, fold.issues.length - limit))}
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
};
