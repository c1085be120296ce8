import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { Controller } from "../../src/taskpane/controller";
import { pageEngine, type Engine } from "../../src/taskpane/engine/Engine";
import type { WorkbookPort } from "../../src/core/port";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { levelSheet, xuanThangUnits, type UnitFigures } from "../builders/levelSheet";

/** A port over an in-memory workbook, as the Office adapter would hand it over. */
function port(snapshot: WorkbookSnapshot): WorkbookPort & { selected: string[] } {
  const selected: string[] = [];
  return {
    selected,
    capabilities: { importSheets: false },
    async checkAndFlag(analyse) {
      await analyse(snapshot);
      return snapshot;
    },
    async summarizeInto(build) {
      return (await build(snapshot, { all: snapshot.sheets.map((s) => s.name), owned: [] })).map((l) => l.name);
    },
    clearFlags: async () => 0,
    selectCell: async (sheet, cell) => void selected.push(`${sheet}!${cell.row},${cell.col}`),
    importWorkbooks: async () => [],
  };
}

async function run(button: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: button }));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

function renderPane(p: WorkbookPort, exportFindings?: (perUnit: boolean) => Promise<void>) {
  const controller = new Controller(p);
  render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} levelSheetsOf={async () => []} exportFindings={exportFindings} />
    </FluentProvider>,
  );
  return controller;
}

/** Two communes' sheets, both named "Biểu 01" as real files are, each with a number typed as text in many rows. */
function twoCommunes(): WorkbookSnapshot {
  const commune = (name: string, sheet: string) => {
    const rows: UnitFigures[] = xuanThangUnits().map((u) => ({ ...u, set: { members: `${u.members ?? 20} ` } }));
    rows[0]!.set = { ...rows[0]!.set, good: "" };
    return { ...levelSheet({ rows, organisation: name }), name: sheet };
  };
  return { sheets: [commune("ĐẢNG ỦY XÃ XUÂN THẮNG", "Biểu 01"), commune("ĐẢNG ỦY XÃ ĐÔNG BÌNH", "Biểu 01 (2)")] };
}

describe("the pane's states", () => {
  test("findings grouped by the unit in each sheet's title, identical ones folded into one line with their cells", async () => {
    renderPane(port(twoCommunes()));
    await run("Kiểm tra");
    const list = screen.getByRole("region", { name: "Danh sách lỗi" });
    const headings = within(list)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings[0]).toMatch(/^ĐẢNG ỦY XÃ XUÂN THẮNG \(\d+\)$/);
    expect(headings[1]).toMatch(/^ĐẢNG ỦY XÃ ĐÔNG BÌNH \(\d+\)$/);
    const fold = within(list)
      .getAllByRole("button", { expanded: false })
      .find((b) => b.hasAttribute("data-fold"))!;
    expect(fold.textContent).toMatch(/Ô C8, C9, C10, C11, C12, C13 … \(11 ô\)/);
    expect(fold.parentElement!.textContent).toContain("Cách sửa:");
    fireEvent.click(fold);
    expect(within(list).getAllByRole("button", { name: /Ô C9 \(/ })).toHaveLength(1);
  });

  test("next / previous walk the findings in cell order, open what they reach, and the picked one stays marked", async () => {
    const p = port(twoCommunes());
    renderPane(p);
    await run("Kiểm tra");
    const next = screen.getByRole("button", { name: "Lỗi sau" });
    await act(async () => fireEvent.click(next));
    expect(screen.getAllByRole("button", { current: true })[0]!.textContent).toMatch(/Ô C8 \(/);
    await act(async () => fireEvent.click(next));
    const marked = screen.getAllByRole("button", { current: true });
    expect(marked).toHaveLength(1);
    expect(marked[0]!.textContent).toMatch(/Ô G8 \(/); // the same row, the next column
    expect(screen.getByTestId("position").textContent).toMatch(/^2\//);
    expect(screen.getByTestId("details").textContent).toMatch(/SUM-SUBJECT · Biểu 01!G8/);
    // ↑ goes back; from the first it goes round to the last finding, in the second unit, opening it.
    await act(async () => fireEvent.keyDown(marked[0]!, { key: "ArrowUp" }));
    expect(screen.getByTestId("position").textContent).toMatch(/^1\//);
    await act(async () => fireEvent.keyDown(screen.getAllByRole("button", { current: true })[0]!, { key: "ArrowUp" }));
    const last = screen.getAllByRole("button", { current: true });
    expect(last).toHaveLength(1);
    expect(p.selected.length).toBe(4);
    expect(p.selected[3]).toMatch(/^Biểu 01 \(2\)!/);
  });

  test("a sheet or file that could not be read is named, in Vietnamese, and the rest is checked", async () => {
    const snapshot = twoCommunes();
    snapshot.unreadable = [
      { name: "Biểu 03", message: { vi: "Biểu 03: trang tính được bảo vệ, không đọc được", en: "Biểu 03: protected" } },
    ];
    renderPane(port(snapshot));
    await run("Kiểm tra");
    expect(screen.getByTestId("unreadable").textContent).toContain("Biểu 03: trang tính được bảo vệ, không đọc được");
    expect(screen.getByText(/^Đã kiểm tra 2 trang theo mẫu: \d+ lỗi, \d+ cảnh báo, 0 ghi chú.$/)).toBeTruthy();
  });

  test("units missing: the headline says 'chưa đủ' first and names them on a click", async () => {
    // The district's own sheet lists two communes; only one of them sent its sheet.
    const district = levelSheet({
      organisation: "HUYỆN ỦY THỚI LAI",
      parent: "TỈNH ỦY CẦN THƠ",
      unitLabel: "Tên tổ chức cơ sở đảng",
      rows: [
        { unit: "Đảng ủy xã Xuân Thắng", members: 180, excellent: 20, good: 132, complete: 14 },
        { unit: "Đảng ủy xã Đông Bình", members: 150, excellent: 15, good: 120, complete: 10 },
      ],
    });
    const commune = {
      ...levelSheet({ rows: xuanThangUnits(), organisation: "ĐẢNG ỦY XÃ XUÂN THẮNG", parent: "HUYỆN ỦY THỚI LAI" }),
      name: "Xuân Thắng",
    };
    renderPane(port({ sheets: [{ ...district, name: "Huyện" }, commune] }));
    await run("Tổng hợp");
    const reported = screen.getByTestId("reported");
    expect(reported.textContent).toMatch(/Đã nộp 1\/2 đơn vị — số liệu chưa đủ/);
    fireEvent.click(within(reported).getByRole("button", { name: "Xem 1 đơn vị chưa nộp" }));
    expect(within(reported).getByRole("list", { name: "Đơn vị chưa nộp" }).textContent).toMatch(/Đông Bình/i);
    // The headline comes before the figures.
    const card = screen.getByRole("group", { name: "Số liệu tổng hợp" });
    expect(card.firstElementChild).toBe(reported);
  });

  test("severity is told by icon and word; the language switch's name is its text", async () => {
    renderPane(port(twoCommunes()));
    await run("Kiểm tra");
    const filters = screen.getByRole("group", { name: "Lọc theo mức độ" });
    expect(
      within(filters)
        .getByRole("button", { name: /Lỗi \(\d+\)/ })
        .querySelector("svg"),
    ).toBeTruthy();
    const english = screen.getByRole("button", { name: "English" });
    expect(english.textContent).toBe("English");
    fireEvent.click(english);
    expect(screen.getByRole("button", { name: "Tiếng Việt" }).textContent).toBe("Tiếng Việt");
  });

  test("Xuất danh sách lỗi is offered once there are findings, per unit too", async () => {
    const asked: boolean[] = [];
    renderPane(port(twoCommunes()), async (perUnit) => void asked.push(perUnit));
    const exportButton = () => screen.getByRole("button", { name: "Xuất danh sách lỗi" }) as HTMLButtonElement;
    expect(exportButton().disabled).toBe(true);
    await run("Kiểm tra");
    fireEvent.click(exportButton());
    fireEvent.click(screen.getByRole("button", { name: "Xuất lỗi từng đơn vị" }));
    expect(asked).toEqual([false, true]);
  });

  test("Hủy stops a running Kiểm tra before anything is painted, and says so", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let painted: unknown = null;
    const snapshot = twoCommunes();
    const p = port(snapshot);
    p.checkAndFlag = async (analyse) => {
      await gate;
      painted = await analyse(snapshot);
      return snapshot;
    };
    renderPane(p);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    await act(async () => {
      open();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(painted).toBeNull();
    expect(screen.getByText("Đã hủy.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Danh sách lỗi" })).toBeNull();
    expect((screen.getByRole("button", { name: "Kiểm tra" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("progress: the sheet at hand, k of n, drawn while the engine works", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const inner = pageEngine();
    // An engine that reports where it is, then waits: what the worker's messages do.
    const engine: Engine = {
      ...inner,
      where: "worker",
      check: async (snapshot, onProgress) => {
        onProgress({ step: "check", done: 1, total: 2, name: "Biểu 01 (2)" });
        await gate;
        return inner.check(snapshot, onProgress);
      },
    };
    const controller = new Controller(port(twoCommunes()), engine);
    render(
      <FluentProvider theme={webLightTheme}>
        <App controller={controller} levelSheetsOf={async () => []} />
      </FluentProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByText("Đang kiểm tra trang 2/2: Biểu 01 (2)")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.5");
    await act(async () => {
      open();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("region", { name: "Danh sách lỗi" })).toBeTruthy();
  });
});
