import * as React from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { PreviousLine } from "../previousLines";
import type { Lang } from "../../core/issues/describeIssue";
import { formatNumber } from "../../core/issues/formatNumber";

const WORDS = {
  vi: {
    title: "So sánh năm trước",
    unit: "Đơn vị",
    rated: "ĐV đã xếp loại",
    good: "HTTNV trở lên",
    rating: "Xếp loại",
    before: "năm trước",
    now: "năm nay",
  },
  en: {
    title: "Compared with last year",
    unit: "Unit",
    rated: "Members rated",
    good: "Good or above",
    rating: "Rating",
    before: "last year",
    now: "this year",
  },
};

/** Last year beside this year, per unit: the pane's view of the sheet `So sánh năm trước`. */
export function PreviousView({ lines, lang }: { lines: readonly PreviousLine[]; lang: Lang }) {
  const w = WORDS[lang];
  // An unknown figure is blank, never 0.
  const n = (v: number | null) => (v === null ? "" : formatNumber(v, lang));
  const pair = (a: string, b: string) => (a || b ? `${a || "–"} → ${b || "–"}` : "");
  return (
    <section aria-label={w.title}>
      <Text as="h2" weight="semibold" size={400}>
        {w.title}
      </Text>
      <Table size="small" aria-label={w.title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{w.unit}</TableHeaderCell>
            <TableHeaderCell>{`${w.rated} (${w.before} → ${w.now})`}</TableHeaderCell>
            <TableHeaderCell>{`${w.good} (${w.before} → ${w.now})`}</TableHeaderCell>
            <TableHeaderCell>{w.rating}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((l, i) => (
            <TableRow key={`${i}|${l.unit}`}>
              <TableCell>
                {l.unit}
                {l.note ? ` (${l.note})` : ""}
              </TableCell>
              <TableCell>{pair(n(l.ratedBefore), n(l.ratedNow))}</TableCell>
              <TableCell>{pair(n(l.goodBefore), n(l.goodNow))}</TableCell>
              <TableCell>{`${pair(l.ratingBefore ?? "", l.ratingNow ?? "")} ${l.change ?? ""}`.trim()}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
