import fs from "fs";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { Controller } from "../../src/taskpane/controller";
import { BrowserWorkbook } from "../../src/xlsx/browserWorkbook";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { lastYearOfSample } from "../previous/lastYear";
import { picked, renderBrowser, seeds } from "./renderBrowser";

describe("So sánh năm trước in the pane", () => {
  test("Năm trước… takes last year's Tổng hợp; after Tổng hợp the view shows each unit, HTTNV → HTXSNV ↑", async () => {
    const workbook = new BrowserWorkbook();
    await workbook.open(fs.readdirSync(seeds).sort().map(picked));
    const controller = renderBrowser(workbook);
    const lastYear = await writeLayouts(summarizeWorkbooks(await lastYearOfSample()).layouts);
    await act(async () => controller.choosePrevious([{ name: "tong-hop-2021.xlsx", bytes: lastYear }]));
    expect(screen.getByText("Năm trước: tong-hop-2021.xlsx. Bấm Tổng hợp để so sánh.")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" })));
    const view = screen.getByRole("table", { name: "So sánh năm trước" });
    const xt = within(view).getByText("ĐẢNG ỦY XÃ XUÂN THẮNG").closest("tr")!;
    expect(xt.textContent).toContain("166 → 166");
    expect(xt.textContent).toContain("HTTNV → HTXSNV ↑");
    const top = within(view).getByText("HUYỆN ỦY THỚI LAI").closest("tr")!;
    expect(top.textContent).toContain("3.413 → 3.410");
    // The units that only one year has are there too, said as such.
    expect(within(view).getByText(/ĐẢNG ỦY XÃ TRƯỜNG LONG/).textContent).toContain("năm nay không có");
  }, 30_000);

  test("the file picker is offered in Excel as well (the view works through the port)", () => {
    const controller = new Controller({
      capabilities: { importSheets: true },
      checkAndFlag: async (a) => (a({ sheets: [] }), { sheets: [] }),
      summarizeInto: async () => [],
      clearFlags: async () => 0,
      selectCell: async () => undefined,
      importWorkbooks: async () => [],
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <App controller={controller} levelSheetsOf={async () => []} />
      </FluentProvider>,
    );
    expect(screen.getByRole("button", { name: "Năm trước…" })).toBeTruthy();
    expect(screen.getByLabelText("Bảng tổng hợp năm trước")).toBeTruthy();
  });
});
