import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  ToggleButton,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDown20Regular, ArrowUp20Regular } from "@fluentui/react-icons";
import type { Issue, Severity as Level } from "../../core/issues/Issue";
import type { Lang } from "../../core/issues/describeIssue";
import { groupIssues, inCellOrder, type Group } from "../issues/groupIssues";
import type { Strings } from "../strings";
import { Severity } from "./Severity";
import { IssueRow } from "./IssueRow";
import { FoldRow } from "./FoldRow";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  nav: { marginLeft: "auto", padding: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  header: { overflowWrap: "anywhere" },
  counts: { display: "inline-flex", gap: tokens.spacingHorizontalS, marginLeft: tokens.spacingHorizontalS },
  file: { color: tokens.colorNeutralForeground3 },
});

const SEVERITIES: Level[] = ["error", "warning", "info"];
/** Lines drawn per group before "Hiện thêm": a long list is drawn as it is opened. */
const FOLD_PAGE = 40;

export interface IssueListProps {
  issues: readonly Issue[];
  lang: Lang;
  strings: Strings;
  units: Readonly<Record<string, string>>;
  fileOf?: (sheet: string) => string | undefined;
  onSelect: (issue: Issue) => void;
}

/**
 * Findings grouped by file and unit, each group collapsible with its counts, findings of one kind
 * folded into one line. Next / previous (buttons, ↑ ↓) walk them in cell order; the finding
 * picked stays marked. Only open groups and folds are drawn, so a thousand findings stay light.
 */
export function IssueList({ issues, lang, strings, units, fileOf, onSelect }: IssueListProps) {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Level | "all">("all");
  const visible = React.useMemo(
    () => (shown === "all" ? issues : issues.filter((i) => i.severity === shown)),
    [issues, shown],
  );
  const groups = React.useMemo(() => groupIssues(visible, { units, fileOf }), [visible, units, fileOf]);
  const ordered = React.useMemo(() => inCellOrder(groups), [groups]);
  const where = React.useMemo(() => {
    const m = new Map<Issue, { group: string; fold: string; index: number }>();
    for (const g of groups)
      for (const f of g.folds)
        for (const [index, i] of f.issues.entries()) m.set(i, { group: g.key, fold: f.key, index });
    return m;
  }, [groups]);
  const [open, setOpen] = React.useState<string[]>(() => (groups[0] ? [groups[0].key] : []));
  const [openFolds, setOpenFolds] = React.useState<ReadonlySet<string>>(new Set());
  const [pages, setPages] = React.useState<Record<string, number>>({});
  const [current, setCurrent] = React.useState<Issue | null>(null);
  const buttons = React.useRef(new Map<Issue, HTMLButtonElement>());
  const focusNext = React.useRef<Issue | null>(null);
  const count = (s: Level) => issues.filter((i) => i.severity === s).length;

  const pick = React.useCallback(
    (issue: Issue) => {
      setCurrent(issue);
      onSelect(issue);
    },
    [onSelect],
  );
  const go = (step: 1 | -1) => {
    if (ordered.length === 0) return;
    const at = current ? ordered.indexOf(current) : -1;
    const next =
      ordered[at < 0 ? (step === 1 ? 0 : ordered.length - 1) : (at + step + ordered.length) % ordered.length]!;
    const w = where.get(next)!;
    setOpen((o) => (o.includes(w.group) ? o : [...o, w.group]));
    setOpenFolds((f) => (f.has(`${w.group}|${w.fold}`) ? f : new Set(f).add(`${w.group}|${w.fold}`)));
    const group = groups.find((g) => g.key === w.group)!;
    const foldAt = group.folds.findIndex((f) => f.key === w.fold);
    setPages((p) => ({
      ...p,
      [w.group]: Math.max(p[w.group] ?? FOLD_PAGE, foldAt + 1),
      [`${w.group}|${w.fold}`]: Math.max(p[`${w.group}|${w.fold}`] ?? FOLD_PAGE, w.index + 1),
    }));
    focusNext.current = next;
    pick(next);
  };
  React.useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const el = buttons.current.get(target);
    el?.focus();
    el?.scrollIntoView?.({ block: "nearest" });
  });
  // One ref callback per finding, kept: rows are memoised and must not redraw for a new function.
  const refs = React.useRef(new WeakMap<Issue, (el: HTMLButtonElement | null) => void>());
  const refFor = React.useCallback((issue: Issue) => {
    let ref = refs.current.get(issue);
    if (!ref) {
      ref = (el: HTMLButtonElement | null) => {
        if (el) buttons.current.set(issue, el);
        else buttons.current.delete(issue);
      };
      refs.current.set(issue, ref);
    }
    return ref;
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    go(e.key === "ArrowDown" ? 1 : -1);
  };
  const toggleFold = (key: string) =>
    setOpenFolds((f) => {
      const next = new Set(f);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const renderGroup = (g: Group) => {
    const limit = pages[g.key] ?? FOLD_PAGE;
    return (
      <ul className={styles.list}>
        {g.folds
          .slice(0, limit)
          .map((f) =>
            f.issues.length === 1 ? (
              <IssueRow
                key={f.key}
                issue={f.issues[0]!}
                lang={lang}
                strings={strings}
                current={current === f.issues[0]}
                showFix
                onPick={pick}
                buttonRef={refFor(f.issues[0]!)}
              />
            ) : (
              <FoldRow
                key={f.key}
                fold={f}
                lang={lang}
                strings={strings}
                open={openFolds.has(`${g.key}|${f.key}`)}
                onToggle={() => toggleFold(`${g.key}|${f.key}`)}
                limit={pages[`${g.key}|${f.key}`] ?? FOLD_PAGE}
                onMore={() =>
                  setPages((p) => ({ ...p, [`${g.key}|${f.key}`]: (p[`${g.key}|${f.key}`] ?? FOLD_PAGE) + FOLD_PAGE }))
                }
                current={current}
                onPick={pick}
                refFor={refFor}
              />
            ),
          )}
        {g.folds.length > limit && (
          <li>
            <Button
              size="small"
              appearance="transparent"
              onClick={() => setPages((p) => ({ ...p, [g.key]: limit + FOLD_PAGE }))}
            >
              {strings.showMore(Math.min(FOLD_PAGE, g.folds.length - limit))}
            </Button>
          </li>
        )}
      </ul>
    );
  };

  const position = current ? ordered.indexOf(current) + 1 : 0;
  return (
    <section aria-labelledby="issues-title" onKeyDown={onKeyDown}>
      <div className={styles.bar}>
        <Text as="h2" id="issues-title" weight="semibold" size={300}>
          {strings.issues}
        </Text>
        <Toolbar size="small" aria-label={strings.issues} className={styles.nav}>
          <ToolbarButton
            icon={<ArrowUp20Regular />}
            onClick={() => go(-1)}
            aria-label={strings.previous}
            title={strings.previous}
          />
          <Text size={200} aria-live="polite" data-testid="position">
            {strings.position(position, ordered.length)}
          </Text>
          <ToolbarButton
            icon={<ArrowDown20Regular />}
            onClick={() => go(1)}
            aria-label={strings.next}
            title={strings.next}
          />
        </Toolbar>
      </div>
      <div className={styles.bar} role="group" aria-label={strings.filter}>
        <ToggleButton size="small" checked={shown === "all"} onClick={() => setShown("all")}>
          {strings.all} ({issues.length})
        </ToggleButton>
        {SEVERITIES.map((s) => (
          <ToggleButton key={s} size="small" checked={shown === s} onClick={() => setShown(s)}>
            <Severity level={s} lang={lang} label={`${strings[s]} (${count(s)})`} />
          </ToggleButton>
        ))}
      </div>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        {groups.map((g) => (
          <AccordionItem key={g.key} value={g.key}>
            <AccordionHeader as="h3" size="small" className={styles.header}>
              <span>
                {g.unit}
                {g.file && <span className={styles.file}> · {g.file}</span>} ({g.count})
              </span>
            </AccordionHeader>
            <AccordionPanel>{open.includes(g.key) && renderGroup(g)}</AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
