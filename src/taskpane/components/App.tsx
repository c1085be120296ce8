import * as React from "react";
import { Button } from "@fluentui/react-components";
import { Link } from "@fluentui/react-components";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ProgressBar } from "@fluentui/react-components";
import { Field } from "@fluentui/react-components";
import { Text, Title2 } from "@fluentui/react-components";
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Controller, PaneState } from "../controller";
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

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The browser mode's own actions (Mở tệp, Tải về), when the pane runs outside Excel. */
export interface BrowserActions {
  openFiles: (files: PickedFile[]) => Promise<void>;
  download: () => Promise<void>;
  fileNames: readonly string[];
  /** The cell of the issue last clicked: there is no sheet to select in the browser. */
  selection: string | null;
}

export interface AppProps {
  controller: Controller;
  /** Reads a picked file's level sheet names (loads the .xlsx library on demand). */
  levelSheetsOf: (file: PickedFile) => Promise<string[]>;
  browser?: BrowserActions;
}

/** The task pane. It never calls Office.js: it talks to the controller, which holds the port. */
export function App({ controller, levelSheetsOf, browser }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(controller.lang);
  const [state, setState] = React.useState<PaneState>(controller.getState());
  const [confirmImport, setConfirmImport] = React.useState(false);
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
  const canRun = !browser || browser.fileNames.length > 0;
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title2 as="h1">{s.title}</Title2>
        <Text as="p">{s.subtitle}</Text>
        <Link as="button" onClick={switchLang} aria-label={s.languageLabel}>
          {s.language}
        </Link>
      </header>
      {browser && (
        <MessageBar intent="info">
          <MessageBarBody>{s.browserNote}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions} role="toolbar" aria-label={s.title}>
        {browser && (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => openInput.current?.click()}>
              {s.openFiles}
            </Button>
            <FilePicker
              ref={openInput}
              accept=".xlsx,.xls"
              label={s.openFiles}
              testId="open-files"
              onPick={browser.openFiles}
            />
          </>
        )}
        <Button
          appearance={browser ? "secondary" : "primary"}
          disabled={busy || !canRun}
          onClick={() => void controller.validate()}
        >
          {s.validate}
        </Button>
        <Button disabled={busy || !canRun} onClick={() => void controller.summarize()}>
          {s.summarize}
        </Button>
        <Button disabled={busy || !canRun} onClick={() => void controller.clearFlags()}>
          {s.clearFlags}
        </Button>
        {!browser && controller.port.capabilities.importSheets && (
          <Button disabled={busy} onClick={() => setConfirmImport(true)}>
            {s.importSheets}
          </Button>
        )}
        <Button disabled={busy} onClick={() => previousInput.current?.click()}>
          {lang === "vi" ? "Năm trước…" : "Last year…"}
        </Button>
        <FilePicker
          ref={previousInput}
          accept=".xlsx,.xls"
          label={lang === "vi" ? "Bảng tổng hợp năm trước" : "Last year's summary"}
          testId="previous-file"
          onPick={(files) => controller.choosePrevious(files)}
        />
        {browser && (
          <Button disabled={busy || !canRun} onClick={() => void browser.download()}>
            {s.download}
          </Button>
        )}
      </div>
      {browser && browser.fileNames.length > 0 && <Text size={200}>{browser.fileNames.join(", ")}</Text>}
      {browser?.selection && (
        <Text size={200} role="status" data-testid="selection">
          {s.selected}: {browser.selection}
        </Text>
      )}
      <FilePicker
        ref={importInput}
        accept=".xlsx"
        label={s.importSheets}
        onPick={(files) => controller.importFiles(files, levelSheetsOf)}
      />
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
      {state.running && (
        <Field validationMessage={s.running[state.running]} validationState="none">
          <ProgressBar aria-label={s.running[state.running]} />
        </Field>
      )}
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.issues === null && !state.running && !state.error && <Text>{s.idle}</Text>}
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
        <>
          <Text>{s.sheetsChecked(state.levelSheets)}</Text>
          {state.issues.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{s.noIssues}</MessageBarBody>
            </MessageBar>
          ) : (
            <IssueList
              issues={state.issues}
              lang={lang}
              strings={s}
              onSelect={(issue) => void controller.select(issue)}
            />
          )}
        </>
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
    </main>
  );
}
