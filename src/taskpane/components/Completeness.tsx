import * as React from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { Text } from "@fluentui/react-components";
import type { CompletenessRow } from "../../core/layout/completenessLayout";
import type { Strings } from "../strings";
import type { Lang } from "../../core/issues/describeIssue";
import { describeStamp } from "../../core/stamp/stampStatus";

export interface CompletenessProps {
  rows: readonly CompletenessRow[];
  strings: Strings;
  /** For the check stamp's column (shown when some unit carries a stamp state). */
  lang?: Lang;
}

/** Who reported, who has not, who is incomplete, who has errors. */
export function Completeness({ rows, strings, lang = "vi" }: CompletenessProps) {
  const stamps = rows.some((r) => r.stamp);
  return (
    <section aria-label={strings.completeness}>
      <Text as="h2" weight="semibold" size={400}>
        {strings.completeness}
      </Text>
      <Table size="small" aria-label={strings.completeness}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.unit}</TableHeaderCell>
            <TableHeaderCell>{strings.status}</TableHeaderCell>
            <TableHeaderCell>{strings.errors}</TableHeaderCell>
            <TableHeaderCell>{strings.warnings}</TableHeaderCell>
            {stamps && <TableHeaderCell>{lang === "vi" ? "Dấu kiểm tra" : "Check stamp"}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={`${r.unit}|${r.sheet}`}>
              <TableCell>{r.unit}</TableCell>
              <TableCell>{strings.statusLabel[r.status]}</TableCell>
              <TableCell>{r.errors}</TableCell>
              <TableCell>{r.warnings}</TableCell>
              {stamps && <TableCell>{r.stamp ? describeStamp(r.stamp, lang) : ""}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
