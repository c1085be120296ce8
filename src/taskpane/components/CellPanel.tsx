import * as React from "react";
import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "../strings";

/** The cell a finding names, as the browser mode shows it (there is no sheet to select). */
export interface CellView {
  file: string | null;
  sheet: string;
  ref: string;
  value: string;
  unit: string;
}

const useStyles = makeStyles({
  // Stays in view beside the list on a wide page, at the bottom of a narrow one.
  card: { position: "sticky", top: tokens.spacingVerticalS, bottom: tokens.spacingVerticalS },
  value: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export function CellPanel({ cell, strings }: { cell: CellView; strings: Strings }) {
  const styles = useStyles();
  return (
    <Card size="small" className={styles.card} aria-label={strings.selected} data-testid="selection" role="status">
      <Text weight="semibold">
        {strings.selected}: {cell.sheet}!{cell.ref}
      </Text>
      <Text size={200}>
        {cell.unit}
        {cell.file ? ` · ${cell.file}` : ""}
      </Text>
      <Text size={200}>
        {strings.cellValue}: <span className={styles.value}>{cell.value === "" ? strings.emptyCell : cell.value}</span>
      </Text>
    </Card>
  );
}
