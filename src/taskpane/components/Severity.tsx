import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity as Level } from "../../core/issues/Issue";

/** Severity told by shape and word as well as colour; each colour is ≥ 3:1 against the background. */
const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", gap: "2px", fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorBrandForeground1 },
});

const ICON = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

export const SEVERITY_WORD: Record<"vi" | "en", Record<Level, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" },
  en: { error: "Error", warning: "Warning", info: "Note" },
};

export interface SeverityProps {
  level: Level;
  lang: "vi" | "en";
  /** The word shown beside the icon (counts in headers); the icon alone still has it as its name. */
  label?: string;
  className?: string;
}

export function Severity({ level, lang, label, className }: SeverityProps) {
  const styles = useStyles();
  const Icon = ICON[level];
  return (
    <span className={mergeClasses(styles.root, styles[level], className)}>
      <Icon aria-hidden="true" />
      <span>{label ?? SEVERITY_WORD[lang][level]}</span>
    </span>
  );
}
