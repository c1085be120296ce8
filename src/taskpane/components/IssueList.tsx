import * as React from "react";
import { Badge } from "@fluentui/react-components";
import { Button } from "@fluentui/react-components";
import { Text } from "@fluentui/react-components";
import { ToggleButton } from "@fluentui/react-components";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../../core/issues/Issue";
import { describeIssue, type Lang } from "../../core/issues/describeIssue";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  filters: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
  sheet: { marginTop: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { marginTop: tokens.spacingVerticalXXS },
  button: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    minHeight: "32px",
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
});

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface IssueListProps {
  issues: readonly Issue[];
  lang: Lang;
  strings: Strings;
  onSelect: (issue: Issue) => void;
}

/** Issues grouped by sheet and severity, with counts and a severity filter; a click selects the cell. */
export function IssueList({ issues, lang, strings, onSelect }: IssueListProps) {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Severity | "all">("all");
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length;
  const visible = shown === "all" ? issues : issues.filter((i) => i.severity === shown);
  const bySheet = new Map<string, Issue[]>();
  for (const issue of visible) bySheet.set(issue.sheet, [...(bySheet.get(issue.sheet) ?? []), issue]);
  const order = (i: Issue) => SEVERITIES.indexOf(i.severity);
  return (
    <section aria-label={strings.issues}>
      <Text as="h2" weight="semibold" size={400}>
        {strings.issues}
      </Text>
      <div className={styles.filters} role="group" aria-label={strings.filter}>
        <ToggleButton size="small" checked={shown === "all"} onClick={() => setShown("all")}>
          {strings.all} ({issues.length})
        </ToggleButton>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={shown === s}
            onClick={() => setShown(s)}
            icon={<Badge color={COLOR[s]} size="extra-small" />}
          >
            {strings[s]} ({count(s)})
          </ToggleButton>
        ))}
      </div>
      {[...bySheet.entries()].map(([sheet, list]) => (
        <div key={sheet} className={styles.sheet}>
          <Text as="h3" weight="semibold">
            {sheet} ({list.length})
          </Text>
          <ul className={styles.list}>
            {[...list]
              .sort((a, b) => order(a) - order(b))
              .map((issue, i) => (
                <li key={i} className={styles.item}>
                  <Button
                    appearance="subtle"
                    className={styles.button}
                    onClick={() => onSelect(issue)}
                    icon={<Badge color={COLOR[issue.severity]} size="small" aria-label={strings[issue.severity]} />}
                    data-rule={issue.rule}
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
