import * as React from "react";
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Controller, PaneState } from "../controller";
import { STRINGS } from "../strings";
import type { Lang } from "../../core/issues/describeIssue";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  controller: Controller;
}

/** The task pane. It never calls Office.js: it talks to the controller, which holds the port. */
export function App({ controller }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>("vi");
  const [state, setState] = React.useState<PaneState>(controller.getState());
  React.useEffect(() => controller.subscribe(setState), [controller]);
  const s = STRINGS[lang];
  const running = state.status === "running";
  return (
    <main className={styles.root} lang={lang}>
      <header>
        <Title2 as="h1">{s.title}</Title2>
        <Text as="p">{s.subtitle}</Text>
        <Link as="button" onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
          {s.language}
        </Link>
      </header>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={() => void controller.validate()}>
          {s.validate}
        </Button>
      </div>
      {state.status === "idle" && <Text>{s.idle}</Text>}
      {running && <Spinner label={s.running} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {s.officeError}: {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "validated" && (
        <>
          <Text>
            {state.levelSheets} {s.sheetsChecked}
          </Text>
          {state.issues.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{s.noIssues}</MessageBarBody>
            </MessageBar>
          ) : (
            <IssueList
              issues={state.issues}
              lang={lang}
              strings={s}
              onSelect={(issue) => void controller.selectCell(issue)}
            />
          )}
        </>
      )}
    </main>
  );
}
