import * as React from "react";
import { Card } from "@fluentui/react-components";
import { Link } from "@fluentui/react-components";
import { Text } from "@fluentui/react-components";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Headline as HeadlineData } from "../controller";
import { formatNumber, formatPercent } from "../../core/issues/formatNumber";
import type { Lang } from "../../core/issues/describeIssue";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "3fr 2fr",
    rowGap: tokens.spacingVerticalXXS,
    columnGap: tokens.spacingHorizontalM,
  },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

export interface HeadlineProps {
  headline: HeadlineData;
  summarySheets: readonly string[];
  lang: Lang;
  strings: Strings;
  onOpenSheet: (sheet: string) => void;
}

/** The top organisation's figures after Tổng hợp, with links to the summary sheets. */
export function Headline({ headline: h, summarySheets, lang, strings, onOpenSheet }: HeadlineProps) {
  const styles = useStyles();
  // Unknown member figures (null) show as "—", never as 0.
  const n = (x: number | null) => (x === null ? "—" : formatNumber(x, lang));
  const pct = (x: number | null, of: number | null) =>
    x === null || of === null || of === 0 ? "—" : formatPercent((x / of) * 100, lang);
  const cellsGood = h.cells.excellent + h.cells.good;
  const rows: [string, string][] = [
    [strings.membersRated, n(h.rated)],
    [strings.goodOrAbove, `${n(h.goodOrAbove)} (${pct(h.goodOrAbove, h.rated)})`],
    [strings.ratings, `${n(h.excellent)} / ${n(h.good)} / ${n(h.complete)} / ${n(h.fail)}`],
    [
      strings.grassroots,
      `${n(h.grassroots.total)} · ${strings.goodOrAbove} ${n(h.grassroots.excellent + h.grassroots.good)}`,
    ],
    [strings.cells, `${n(h.cells.total)} · ${strings.goodOrAbove} ${n(cellsGood)} (${pct(cellsGood, h.cells.rated)})`],
  ];
  return (
    <Card aria-label={strings.headline}>
      <Text as="h2" weight="semibold" size={400}>
        {strings.headline}: {h.name}
      </Text>
      <dl className={styles.grid}>
        {rows.map(([label, value]) => (
          <React.Fragment key={label}>
            <dt>{label}</dt>
            <dd className={styles.value} data-testid={`headline-${label}`}>
              {value}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      {summarySheets.map((name) => (
        <Link key={name} as="button" onClick={() => onOpenSheet(name)}>
          {strings.openSummary(name)}
        </Link>
      ))}
    </Card>
  );
}
