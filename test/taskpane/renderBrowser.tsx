import fs from "fs";
import path from "path";
import * as React from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { Controller } from "../../src/taskpane/controller";
import type { BrowserWorkbook } from "../../src/xlsx/browserWorkbook";

export const seeds = path.resolve(__dirname, "../../seeds/thoi-lai-2022");

/** A file of the sample district, as Mở tệp gives it. */
export const picked = (f: string) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(seeds, f))) });

/** The pane in browser mode over opened files; returns its controller. */
export function renderBrowser(workbook: BrowserWorkbook): Controller {
  const controller = new Controller(workbook);
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        controller={controller}
        levelSheetsOf={async () => []}
        browser={{
          openFiles: async () => undefined,
          download: async () => undefined,
          fileNames: workbook.fileNames,
          selection: null,
          fileOf: () => undefined,
        }}
      />
    </FluentProvider>,
  );
  return controller;
}
