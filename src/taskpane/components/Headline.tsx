import * as React from "react";
import {
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Headline as HeadlineData } from "../controller";
import { formatNumber, formatPercent } from "../../core/issues/formatNumber";
import type { Lang } from "../../core/issues/describeIssue";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  label: { paddingLeft: 0, overflowWrap: "anywhere" },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", paddingRight: 0 },
  missing: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

export interface HeadlineProps {
  headline: HeadlineData;
  summarySheets: readonly string[];
  lang: Lang;
  strings: Strings;
  onOpenSheet: (sheet: string) => void;
}

/**
 * The top organisation's figures after Tổng hợp. When units have not reported, that comes first:
 * the figures are not final, and the missing units are named on a click.
 */
export function Headline({ headline: h, summarySheets, lang, strings, onOpenSheet }: HeadlineProps) {
  const styles = useStyles();
  const [showMissing, setShowMissing] = React.useState(false);
  // Unknown member figures (null) show as "—", never as 0.
  const n = (x: number | null) => (x === null ? "—" : formatNumber(x, lang));
  const pct = (x: number | null, of: number | null) =>
    x === null || of === null || of === 0 ? "—" : formatPercent((x / of) * 100, lang);
  const rows: [string, string][] = [
    [strings.membersRated, n(h.rated)],
    [strings.goodOrAbove, `${n(h.goodOrAbove)} (${pct(h.goodOrAbove, h.rated)})`],
    [strings.ratings, `${n(h.excellent)} / ${n(h.good)} / ${n(h.complete)} / ${n(h.fail)}`],
    [strings.grassroots, n(h.grassroots.total)],
    [`${strings.ofWhich} ${strings.goodOrAbove}`, n(h.grassroots.goodOrAbove)],
    [strings.cells, n(h.cells.total)],
    [
      `${strings.ofWhich} ${strings.goodOrAbove}`,
      `${n(h.cells.goodOrAbove)} (${pct(h.cells.goodOrAbove, h.cells.rated)})`,
    ],
  ];
  const incomplete = h.missing.length > 0;
  return (
    <Card aria-label={strings.headline} size="small">
      {h.expected > 0 && (
        <MessageBar intent={incomplete ? "warning" : "success"} layout="multiline" data-testid="reported">
          <MessageBarBody>
            <MessageBarTitle>
              {incomplete ? strings.incomplete(h.reported, h.expected) : strings.complete(h.expected)}
            </MessageBarTitle>
            {incomplete && (
              <>
                <Link as="button" onClick={() => setShowMissing(!showMissing)} aria-expanded={showMissing}>
                  {strings.showMissing(h.missing.length)}
                </Link>
                {showMissing && (
                  <ul className={styles.missing} aria-label={strings.missingUnits}>
                    {h.missing.map((u) => (
                      <li key={u}>{u}</li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text as="h2" weight="semibold" size={300}>
        {strings.headline}: {h.name}
      </Text>
      <Table size="extra-small" aria-label={strings.headline}>
        <TableBody>
          {rows.map(([label, value], i) => (
            <TableRow key={i}>
              <TableCell className={styles.label}>{label}</TableCell>
              <TableCell className={styles.value} data-testid={`headline-${i}`}>
                {value}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.links}>
        {summarySheets.map((name) => (
          <Link key={name} as="button" onClick={() => onOpenSheet(name)}>
            {strings.openSummary(name)}
          </Link>
        ))}
      </div>
    </Card>
  );
}
