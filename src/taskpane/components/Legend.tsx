import * as React from "react";
import { makeStyles, tokens, Text } from "@fluentui/react-components";
import { FLAG_STYLE } from "../../core/flags";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  swatch: { width: "18px", height: "14px", flexShrink: 0, boxSizing: "border-box" },
});

/** How the flags look on the sheet: the same words and colours as the list. */
export function Legend({ strings }: { strings: Strings }) {
  const styles = useStyles();
  const swatch = (fill: string, border: string) => (
    <span aria-hidden="true" className={styles.swatch} style={{ background: fill, border: `2px solid ${border}` }} />
  );
  return (
    <details>
      <summary>
        <Text size={200}>{strings.legend}</Text>
      </summary>
      <ul className={styles.list}>
        <li className={styles.item}>
          {swatch(`#${FLAG_STYLE.error.fill}`, `#${FLAG_STYLE.error.border}`)}
          <Text size={200}>{strings.legendError}</Text>
        </li>
        <li className={styles.item}>
          {swatch(`#${FLAG_STYLE.warning.fill}`, `#${FLAG_STYLE.warning.fill}`)}
          <Text size={200}>{strings.legendWarning}</Text>
        </li>
        <li className={styles.item}>
          {swatch("transparent", "#c8c8c8")}
          <Text size={200}>{strings.legendInfo}</Text>
        </li>
      </ul>
    </details>
  );
}
