import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { Controller } from "../../src/taskpane/controller";
import type { WorkbookPort } from "../../src/core/port";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";

/** A port over one in-memory sheet: Xuân Thắng's 11 chi bộ (TEMPLATE.md §7). */
function port(snapshot: WorkbookSnapshot): WorkbookPort {
  return {
    capabilities: { importSheets: true },
    checkAndFlag: async (analyse) => (await analyse(snapshot), snapshot),
    summarizeInto: async (build) =>
      (await build(snapshot, { all: snapshot.sheets.map((s) => s.name), owned: [] })).map((l) => l.name),
    clearFlags: async () => 0,
    selectCell: async () => undefined,
    importWorkbooks: async () => [],
  };
}

describe("Đoạn báo cáo in the pane", () => {
  test("after Tổng hợp: the paragraph of Xuân Thắng, and Sao chép copies exactly it", async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (t: string) => void written.push(t) },
      configurable: true,
    });
    const controller = new Controller(port({ sheets: [levelSheet({ rows: xuanThangUnits() })] }));
    render(
      <FluentProvider theme={webLightTheme}>
        <App controller={controller} levelSheetsOf={async () => []} />
      </FluentProvider>,
    );
    expect(screen.queryByTestId("report-paragraph")).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" })));
    const text = screen.getByTestId("report-paragraph").textContent!;
    expect(text).toContain("có 11 chi bộ được đánh giá, xếp loại");
    expect(text).toContain("Có 11/11 chi bộ hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 100,00%.");
    expect(text).toContain("Có 152/166 đồng chí hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 91,57%.");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Sao chép" })));
    expect(written).toEqual([text]);
    expect(screen.getByText("Đã chép vào bộ nhớ tạm.")).toBeTruthy();
  });

  test("new files (browser mode) clear the old paragraph", async () => {
    const controller = new Controller(port({ sheets: [levelSheet({ rows: xuanThangUnits() })] }));
    await controller.summarize();
    expect(controller.getState().paragraph).toMatch(/^Kết quả đánh giá/);
    controller.reset();
    expect(controller.getState().paragraph).toBeNull();
  });
});
