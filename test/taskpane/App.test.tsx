import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { Controller } from "../../src/taskpane/controller";
import type { WorkbookPort } from "../../src/core/port";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";

/** A port over an in-memory workbook; `gate` holds an action open to show the running state. */
function fakePort(
  snapshot: WorkbookSnapshot,
  options: { fail?: unknown; gate?: Promise<void> } = {},
): WorkbookPort & { selected: string[] } {
  const selected: string[] = [];
  return {
    selected,
    capabilities: { importSheets: true },
    async checkAndFlag(analyse) {
      await options.gate;
      if (options.fail) throw options.fail;
      await analyse(snapshot);
      return snapshot;
    },
    async summarizeInto(build) {
      await options.gate;
      if (options.fail) throw options.fail;
      return (await build(snapshot, { all: snapshot.sheets.map((s) => s.name), owned: [] })).map((l) => l.name);
    },
    clearFlags: async () => 3,
    selectCell: async (sheet, cell) => void selected.push(`${sheet}!${cell.row},${cell.col}`),
    importWorkbooks: async () => [],
  };
}

function renderPane(port: WorkbookPort) {
  const controller = new Controller(port);
  render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} levelSheetsOf={async () => []} />
    </FluentProvider>,
  );
  return controller;
}

const clean = (): WorkbookSnapshot => ({ sheets: [levelSheet({ rows: xuanThangUnits() })] });
const faulty = (): WorkbookSnapshot => {
  const units = xuanThangUnits();
  units[0]!.set = { good: "" };
  return { sheets: [levelSheet({ rows: units })] };
};

describe("the task pane", () => {
  test("idle: says what the buttons do", () => {
    renderPane(fakePort(clean()));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Xếp loại đảng viên");
    expect(screen.getByText(/Bấm Kiểm tra để soát mọi trang/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeTruthy();
  });

  test("running: shows progress and disables the actions until done", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    renderPane(fakePort(clean(), { gate }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByRole("progressbar", { name: "Đang kiểm tra…" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Tổng hợp" }) as HTMLButtonElement).disabled).toBe(true);
    // The engine yields to the page once (so progress is drawn): let that pass too.
    await act(async () => {
      open();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("issues: grouped by the unit the sheet's title names, with counts, filterable, a click selects the cell", async () => {
    const port = fakePort(faulty());
    renderPane(port);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" })));
    const list = screen.getByRole("region", { name: "Danh sách lỗi" });
    expect(within(list).getByRole("heading", { name: /XUÂN THẮNG \(1\)$/ })).toBeTruthy();
    const issue = within(list).getByRole("button", {
      name: /Ô M8 \(Chi bộ ấp Thới Hòa A\): chưa nhập số đảng viên Hoàn thành tốt nhiệm vụ/,
    });
    await act(async () => fireEvent.click(issue));
    expect(port.selected).toEqual(["Xuân Thắng!7,12"]);
    fireEvent.click(within(list).getByRole("button", { name: /Cảnh báo \(0\)/ }));
    expect(within(list).queryByRole("button", { name: /Ô M8/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    fireEvent.click(screen.getByRole("button", { name: /^All/ }));
    expect(
      screen.getByRole("button", { name: /Cell M8 \(Chi bộ ấp Thới Hòa A\): members rated good is not filled in/ }),
    ).toBeTruthy();
  });

  test("no issues: says so", async () => {
    renderPane(fakePort(clean()));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" })));
    expect(screen.getByText("Không có lỗi nào: các biểu đúng mẫu và khớp số liệu.")).toBeTruthy();
  });

  test("after Tổng hợp: the headline figures and a link to the summary sheet", async () => {
    const port = fakePort(clean());
    renderPane(port);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" })));
    const card = screen.getByRole("group", { name: "Số liệu tổng hợp" });
    expect(within(card).getByText("166")).toBeTruthy();
    expect(within(card).getByText("152 (91,57%)")).toBeTruthy();
    await act(async () => fireEvent.click(within(card).getByRole("button", { name: 'Mở trang "Tổng hợp"' })));
    expect(port.selected).toEqual(["Tổng hợp!0,0"]);
  });

  test("Office error: said plainly in Vietnamese, and the pane stays usable", async () => {
    const denied = Object.assign(new Error("AccessDenied"), { code: "AccessDenied" });
    renderPane(fakePort(clean(), { fail: denied }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" })));
    expect(screen.getByRole("alert").textContent).toContain("Excel không cho phép thao tác này");
    expect((screen.getByRole("button", { name: "Kiểm tra" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("Xóa đánh dấu reports how many flags it removed", async () => {
    renderPane(fakePort(clean()));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" })));
    expect(screen.getByText("Đã xóa 3 ô đánh dấu.")).toBeTruthy();
  });

  test("Nhập biểu warns first that Excel cannot undo it", () => {
    renderPane(fakePort(clean()));
    fireEvent.click(screen.getByRole("button", { name: "Nhập biểu" }));
    expect(screen.getByRole("dialog").textContent).toContain("Excel không hoàn tác (Ctrl+Z) được thao tác này");
  });
});
