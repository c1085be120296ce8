import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  CalculatorMultiple20Regular,
  ClipboardError20Regular,
  Dismiss20Regular,
  DocumentAdd20Regular,
  Eraser20Regular,
  FolderOpen20Regular,
  History20Regular,
  TaskListLtr20Regular,
} from "@fluentui/react-icons";
import type { Controller, PaneState } from "../controller";
import type { Issue } from "../../core/issues/Issue";
import type { PickedFile } from "../../core/port";
import { STRINGS } from "../strings";
import type { Lang } from "../../core/issues/describeIssue";
import { IssueList } from "./IssueList";
import { Headline } from "./Headline";
import { Completeness } from "./Completeness";
import { FilePicker } from "./FilePicker";
import { ReportCard } from "./ReportCard";
import { StampCard } from "./StampCard";
import { PreviousView } from "./PreviousView";
import { ActionBar, type PaneAction } from "./ActionBar";
import { Legend } from "./Legend";
import { CellPanel, type CellView } from "./CellPanel";

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  files: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", color: tokens.colorNeutralForeground3 },
  notices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  progress: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  unreadable: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  main: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  // Wide enough for two columns (the browser page): the list on the left, the named cell beside it.
  split: {
    "@media (min-width: 720px)": { gridTemplateColumns: "minmax(0, 3fr) minmax(220px, 2fr)", alignItems: "start" },
  },
});

/** The browser mode's own actions (Mở tệp, Tải về), when the pane runs outside Excel. */
export interface BrowserActions {
  openFiles: (files: PickedFile[]) => Promise<void>;
  download: () => Promise<void>;
  fileNames: readonly string[];
  /** The cell of the finding last clicked: there is no sheet to select in the browser. */
  selection: CellView | null;
  /** The file a sheet came from, to group the findings by workbook. */
  fileOf: (sheet: string) => string | undefined;
}

export interface AppProps {
  controller: Controller;
  /** Reads a picked file's level sheet names (loads the .xlsx library on demand). */
  levelSheetsOf: (file: PickedFile) => Promise<string[]>;
  browser?: BrowserActions;
  /** Xuất danh sách lỗi: the findings as a workbook (per unit when asked). */
  exportFindings?: (perUnit: boolean) => Promise<void>;
}

/** The task pane. It never calls Office.js: it talks to the controller, which holds the port. */
export function App({ controller, levelSheetsOf, browser, exportFindings }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(controller.lang);
  const [state, setState] = React.useState<PaneState>(controller.getState());
  const [confirmImport, setConfirmImport] = React.useState(false);
  const [noteHidden, setNoteHidden] = React.useState(false);
  const importInput = React.useRef<HTMLInputElement>(null);
  const openInput = React.useRef<HTMLInputElement>(null);
  const previousInput = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => controller.subscribe(setState), [controller]);
  const s = STRINGS[lang];
  const busy = state.running !== null;
  const switchLang = () => {
    const next = lang === "vi" ? "en" : "vi";
    controller.lang = next;
    setLang(next);
  };
  const canRun = !busy && (!browser || browser.fileNames.length > 0);
  const onSelect = React.useCallback((issue: Issue) => void controller.select(issue), [controller]);
  const actions: PaneAction[] = [
    ...(browser
      ? [
          {
            id: "open",
            label: s.openFiles,
            icon: <FolderOpen20Regular />,
            onClick: () => openInput.current?.click(),
            disabled: busy,
            primary: browser.fileNames.length === 0,
            priority: 10,
          },
        ]
      : []),
    {
      id: "validate",
      label: s.validate,
      icon: <TaskListLtr20Regular />,
      onClick: () => void controller.validate(),
      disabled: !canRun,
      primary: !browser || browser.fileNames.length > 0,
      priority: 9,
    },
    {
      id: "summarize",
      label: s.summarize,
      icon: <CalculatorMultiple20Regular />,
      onClick: () => void controller.summarize(),
      disabled: !canRun,
      priority: 8,
    },
    ...(browser
      ? [
          {
            id: "download",
            label: s.download,
            icon: <ArrowDownload20Regular />,
            onClick: () => void browser.download(),
            disabled: !canRun,
            priority: 5,
          },
        ]
      : controller.port.capabilities.importSheets
        ? [
            {
              id: "import",
              label: s.importSheets,
              icon: <DocumentAdd20Regular />,
              onClick: () => setConfirmImport(true),
              disabled: busy,
              priority: 4,
            },
          ]
        : []),
    {
      id: "previous",
      label: lang === "vi" ? "Năm trước…" : "Last year…",
      icon: <History20Regular />,
      onClick: () => previousInput.current?.click(),
      disabled: busy,
      priority: 0,
    },
    ...(exportFindings
      ? [
          {
            id: "export",
            label: s.exportFindings,
            icon: <ClipboardError20Regular />,
            onClick: () => void exportFindings(false),
            disabled: busy || !state.issues?.length,
            priority: 3,
          },
          {
            id: "export-units",
            label: s.exportPerUnit,
            icon: <ClipboardError20Regular />,
            onClick: () => void exportFindings(true),
            disabled: busy || !state.issues?.length,
            priority: 1,
          },
        ]
      : []),
    {
      id: "clear",
      label: s.clearFlags,
      icon: <Eraser20Regular />,
      onClick: () => void controller.clearFlags(),
      disabled: !canRun,
      priority: 2,
    },
  ];
  const progress = state.progress;
  const progressText = progress
    ? (progress.step === "read" ? s.progressRead : s.progressCheck)(
        Math.min(progress.done + 1, progress.total),
        progress.total,
        progress.name,
      )
    : state.running
      ? s.running[state.running]
      : "";
  const dismiss = (onClick: () => void) => (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" aria-label={s.dismiss} icon={<Dismiss20Regular />} onClick={onClick} />
      }
    />
  );
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <h1 className={styles.title}>{s.title}</h1>
        <Link as="button" onClick={switchLang}>
          {s.language}
        </Link>
      </header>
      <ActionBar actions={actions} label={s.actions} more={s.more} />
      {browser && (
        <FilePicker
          ref={openInput}
          accept=".xlsx,.xls"
          label={s.openFiles}
          testId="open-files"
          onPick={browser.openFiles}
        />
      )}
      <FilePicker
        ref={previousInput}
        accept=".xlsx,.xls"
        label={lang === "vi" ? "Bảng tổng hợp năm trước" : "Last year's summary"}
        testId="previous-file"
        onPick={(files) => controller.choosePrevious(files)}
      />
      <FilePicker
        ref={importInput}
        accept=".xlsx"
        label={s.importSheets}
        onPick={(files) => controller.importFiles(files, levelSheetsOf)}
      />
      {browser && browser.fileNames.length > 0 && (
        <Text size={200} className={styles.files} title={browser.fileNames.join(", ")}>
          {browser.fileNames.length} · {browser.fileNames.join(", ")}
        </Text>
      )}
      {state.running && (
        <div className={styles.progress}>
          <Field className={styles.grow} validationMessage={progressText} validationState="none">
            <ProgressBar
              aria-label={s.running[state.running]}
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
            />
          </Field>
          <Button size="small" onClick={() => controller.cancel()}>
            {s.cancel}
          </Button>
        </div>
      )}
      <div className={styles.notices} aria-live="polite">
        {state.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{state.error}</MessageBarBody>
          </MessageBar>
        )}
        {state.unreadable.length > 0 && (
          <MessageBar intent="error" layout="multiline" data-testid="unreadable">
            <MessageBarBody>
              <MessageBarTitle>{s.unreadable(state.unreadable.length)}</MessageBarTitle>
              <ul className={styles.unreadable}>
                {state.unreadable.map((u) => (
                  <li key={u.name}>{u.message[lang]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="info">
            <MessageBarBody>{state.notice}</MessageBarBody>
            {dismiss(() => controller.note(""))}
          </MessageBar>
        )}
        {browser && !noteHidden && browser.fileNames.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{s.browserNote}</MessageBarBody>
            {dismiss(() => setNoteHidden(true))}
          </MessageBar>
        )}
      </div>
      {state.issues === null && !state.headline && !state.running && !state.error && <Text size={200}>{s.idle}</Text>}
      {state.headline && (
        <Headline
          headline={state.headline}
          summarySheets={state.summarySheets}
          lang={lang}
          strings={s}
          onOpenSheet={(name) => void controller.openSheet(name)}
        />
      )}
      {state.issues !== null && (
        <div className={`${styles.main} ${browser ? styles.split : ""}`}>
          <div>
            {/* After Kiểm tra the notice above says it, with the counts. */}
            {!state.notice && <Text size={200}>{s.sheetsChecked(state.levelSheets)}</Text>}
            {state.issues.length === 0 ? (
              <MessageBar intent="success">
                <MessageBarBody>{s.noIssues}</MessageBarBody>
              </MessageBar>
            ) : (
              <IssueList
                issues={state.issues}
                lang={lang}
                strings={s}
                units={state.units}
                fileOf={browser?.fileOf}
                onSelect={onSelect}
              />
            )}
          </div>
          {browser?.selection && <CellPanel cell={browser.selection} strings={s} />}
        </div>
      )}
      {state.issues !== null &&
        state.levelSheets > 0 &&
        !state.issues.some((i) => i.severity === "error") &&
        controller.port.stampCheck && (
          <StampCard lang={lang} disabled={busy} onStamp={(name) => void controller.stamp(name)} />
        )}
      {state.completeness.length > 0 && <Completeness rows={state.completeness} strings={s} lang={lang} />}
      {state.paragraph && <ReportCard text={state.paragraph} lang={lang} />}
      {state.previous && state.previous.length > 0 && <PreviousView lines={state.previous} lang={lang} />}
      {state.issues !== null && state.issues.length > 0 && <Legend strings={s} />}
      <Dialog open={confirmImport} onOpenChange={(_, d) => setConfirmImport(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.importTitle}</DialogTitle>
            <DialogContent>
              {controller.port.capabilities.importSheets ? s.importWarning : s.importUnsupported}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirmImport(false)}>{s.cancel}</Button>
              {controller.port.capabilities.importSheets && (
                <Button
                  appearance="primary"
                  onClick={() => {
                    setConfirmImport(false);
                    importInput.current?.click();
                  }}
                >
                  {s.importGo}
                </Button>
              )}
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </main>
  );
}
