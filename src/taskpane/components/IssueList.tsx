import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../../core/issues/Issue";
import { describeIssue, type Lang } from "../../core/issues/describeIssue";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  sheet: { marginTop: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { marginTop: tokens.spacingVerticalXS },
  button: { justifyContent: "flex-start", textAlign: "left", width: "100%", minHeight: "32px", height: "auto" },
});

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface IssueListProps {
  issues: Issue[];
  lang: Lang;
  strings: Strings;
  onSelect: (issue: Issue) => void;
}

/** Issues grouped by sheet, each in plain words with its cell; a click selects the cell. */
export function IssueList({ issues, lang, strings, onSelect }: IssueListProps) {
  const styles = useStyles();
  const bySheet = new Map<string, Issue[]>();
  for (const issue of issues) bySheet.set(issue.sheet, [...(bySheet.get(issue.sheet) ?? []), issue]);
  return (
    <section aria-label={strings.issues}>
      {[...bySheet.entries()].map(([sheet, list]) => (
        <div key={sheet} className={styles.sheet}>
          <Text weight="semibold" as="h3">
            {sheet} ({list.length})
          </Text>
          <ul className={styles.list}>
            {list.map((issue, i) => (
              <li key={i} className={styles.item}>
                <Button
                  appearance="subtle"
                  className={styles.button}
                  onClick={() => onSelect(issue)}
                  icon={<Badge color={COLOR[issue.severity]} size="small" />}
                >
                  {describeIssue(issue, lang)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
