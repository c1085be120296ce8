import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import type { PickedFile } from "../core/port";
import { themeFor } from "./theme";

/* global document */

/** The level sheets of a picked file: the .xlsx reader is loaded only now, when it is needed. */
async function levelSheetsOf(file: PickedFile): Promise<string[]> {
  const [{ readWorkbookBytes }, { recognizeSheet }] = await Promise.all([
    import("../xlsx/readWorkbookFile"),
    import("../core/recognize/recognizeSheet"),
  ]);
  const snapshot = await readWorkbookBytes(file.bytes, file.name);
  return snapshot.sheets.filter((s) => recognizeSheet(s).kind === "level").map((s) => s.name);
}

function mount(element: React.ReactElement, theme: Theme = webLightTheme) {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<FluentProvider theme={theme}>{element}</FluentProvider>);
}

/** In Excel: the pane over the open workbook. The Office adapter is loaded only there. */
async function startInExcel() {
  const [{ App }, { getController }] = await Promise.all([import("./components/App"), import("./session")]);
  const controller = getController();
  // Office's theme (light, dark, colourful) where this host reports it.
  const theme = themeFor(Office.context.officeTheme ?? null);
  mount(
    <App
      controller={controller}
      levelSheetsOf={levelSheetsOf}
      // ExcelJS is loaded only when the findings are exported.
      exportFindings={async (perUnit) => (await import("./exportInExcel")).exportInExcel(controller, perUnit)}
    />,
    theme,
  );
}

/** Outside Office: the browser mode, over files opened in the page. The .xlsx library is loaded only here. */
async function startInBrowser() {
  const { BrowserApp } = await import("./browserMode");
  mount(<BrowserApp />);
}

// Office.js is absent when the page is opened without Office (or offline), and reports no host
// when it loads in a plain browser.
if (typeof Office === "undefined") void startInBrowser();
else Office.onReady((info) => void (info.host ? startInExcel() : startInBrowser()));
