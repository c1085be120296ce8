import * as React from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/issues/Issue";
import { describeIssue, type Lang } from "../../core/issues/describeIssue";
import { howToFix } from "../../core/issues/howToFix";
import { a1 } from "../../core/issues/a1";
import type { Strings } from "../strings";
import { Severity } from "./Severity";

export const useRowStyles = makeStyles({
  item: { marginTop: tokens.spacingVerticalXXS },
  button: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    minHeight: "28px",
    height: "auto",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
    display: "block",
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  severity: { marginRight: tokens.spacingHorizontalXS },
  note: { display: "block", color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalS },
  details: { display: "block", color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalS },
});

/** The technical line: the rule ID and the cell as Excel names it, for whoever needs them. */
export function detailsOf(issue: Issue): string {
  const where = issue.cell ? `${issue.sheet}!${a1(issue.cell)}` : issue.sheet;
  return `${issue.rule} · ${issue.workbook ? `[${issue.workbook}] ` : ""}${where}`;
}

export interface IssueRowProps {
  issue: Issue;
  lang: Lang;
  strings: Strings;
  current: boolean;
  /** Under a folded line the fix is said once, above: not again for each cell. */
  showFix: boolean;
  onPick: (issue: Issue) => void;
  buttonRef?: (el: HTMLButtonElement | null) => void;
}

/** One finding: severity by icon and word, the plain message; the fix under it, details when marked. */
export const IssueRow = React.memo(function IssueRow({
  issue,
  lang,
  strings,
  current,
  showFix,
  onPick,
  buttonRef,
}: IssueRowProps) {
  const styles = useRowStyles();
  const fix = showFix || current ? howToFix(issue, lang) : "";
  return (
    <li className={styles.item}>
      <Button
        ref={buttonRef}
        appearance="subtle"
        className={mergeClasses(styles.button, current && styles.current)}
        aria-current={current ? "true" : undefined}
        onClick={() => onPick(issue)}
        data-rule={issue.rule}
      >
        <Severity level={issue.severity} lang={lang} className={styles.severity} /> {describeIssue(issue, lang)}
      </Button>
      {fix && (
        <Text size={200} className={styles.note}>
          {strings.howToFix}: {fix}
        </Text>
      )}
      {current && (
        <Text size={100} className={styles.details} data-testid="details">
          {strings.details}: {detailsOf(issue)}
        </Text>
      )}
    </li>
  );
});
