import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  ErrorCircle16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import type { CompletenessRow, ReportStatus } from "../../core/layout/completenessLayout";
import type { Strings } from "../strings";
import type { Lang } from "../../core/issues/describeIssue";
import { describeStamp } from "../../core/stamp/stampStatus";

const useStyles = makeStyles({
  unit: { overflowWrap: "anywhere", paddingLeft: 0 },
  stamp: { margin: 0, color: tokens.colorNeutralForeground3 },
  status: { width: "6.5em", whiteSpace: "nowrap" },
  count: { width: "3em", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  word: { display: "inline-flex", alignItems: "center", gap: "2px" },
  missing: { color: tokens.colorStatusDangerForeground1 },
  incomplete: { color: tokens.colorStatusWarningForeground3 },
  errors: { color: tokens.colorStatusDangerForeground1 },
  reported: { color: tokens.colorStatusSuccessForeground1 },
});

const ICON: Record<ReportStatus, typeof CheckmarkCircle16Filled> = {
  reported: CheckmarkCircle16Filled,
  missing: DismissCircle16Filled,
  incomplete: Warning16Filled,
  errors: ErrorCircle16Filled,
};

export interface CompletenessProps {
  rows: readonly CompletenessRow[];
  strings: Strings;
  /** For the check stamp's column (shown when some unit carries a stamp state). */
  lang?: Lang;
}

/** Who reported, who has not, who is incomplete, who has errors: the unit's name keeps the room. */
export function Completeness({ rows, strings, lang = "vi" }: CompletenessProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="completeness-title">
      <Text as="h2" id="completeness-title" weight="semibold" size={300}>
        {strings.completeness}
      </Text>
      <Table size="extra-small" aria-labelledby="completeness-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.unit}>{strings.unit}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{strings.status}</TableHeaderCell>
            <TableHeaderCell className={styles.count}>{strings.errors}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => {
            const Icon = ICON[r.status];
            return (
              <TableRow key={`${r.unit}|${r.sheet}|${r.parent}`}>
                <TableCell className={styles.unit}>
                  {r.unit}
                  {r.stamp && (
                    <Text as="p" size={100} className={styles.stamp}>
                      {describeStamp(r.stamp, lang)}
                    </Text>
                  )}
                </TableCell>
                <TableCell className={styles.status}>
                  <span className={`${styles.word} ${styles[r.status]}`}>
                    <Icon aria-hidden="true" />
                    {strings.statusLabel[r.status]}
                  </span>
                </TableCell>
                <TableCell className={styles.count}>{r.errors}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
