import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { getController } from "./session";
import type { PickedFile } from "../core/port";

/* global document, Office */

/** The level sheets of a picked file: the .xlsx reader is loaded only now, when it is needed. */
async function levelSheetsOf(file: PickedFile): Promise<string[]> {
  const [{ readWorkbookBytes }, { recognizeSheet }] = await Promise.all([
    import("../xlsx/readWorkbookFile"),
    import("../core/recognize/recognizeSheet"),
  ]);
  const snapshot = await readWorkbookBytes(file.bytes, file.name);
  return snapshot.sheets.filter((s) => recognizeSheet(s).kind === "level").map((s) => s.name);
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App controller={getController()} levelSheetsOf={levelSheetsOf} />
    </FluentProvider>,
  );
});
