import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { BrowserWorkbook } from "../../src/xlsx/browserWorkbook";
import { readStampParts } from "../../src/xlsx/stampParts";
import { stampFromXml } from "../../src/core/stamp/stampXml";
import { picked, renderBrowser } from "./renderBrowser";

describe("the check stamp in the browser mode", () => {
  beforeEach(() => localStorage.clear());

  test("after a clean Kiểm tra: the name (remembered), Đóng dấu, and Tải về carries the stamp", async () => {
    const workbook = new BrowserWorkbook();
    await workbook.open([picked("13-xuan-thang.xlsx"), picked("12-tan-thanh.xlsx")]);
    renderBrowser(workbook);
    expect(screen.queryByRole("button", { name: "Đóng dấu" })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" })));
    // The engine answers after a pause (the page's own thread here): wait for the card.
    const stamp = (await screen.findByRole("button", { name: "Đóng dấu" })) as HTMLButtonElement;
    expect(stamp.disabled).toBe(true); // no name yet
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "Nguyễn Thị Mai" } });
    await act(async () => fireEvent.click(stamp));
    expect(await screen.findByText(/Đã đóng dấu kiểm tra \(Nguyễn Thị Mai\) cho 2 trang/)).toBeTruthy();
    expect(localStorage.getItem("xeploai.checker")).toBe("Nguyễn Thị Mai");
    const parts = await readStampParts(await workbook.download());
    expect(parts.map((x) => stampFromXml(x)?.checker)).toEqual(["Nguyễn Thị Mai"]);
    expect(
      stampFromXml(parts[0]!)
        ?.sheets.map((s) => s.organisation)
        .sort(),
    ).toEqual(["ĐẢNG ỦY XÃ TÂN THẠNH", "ĐẢNG ỦY XÃ XUÂN THẮNG"]);
  });

  test("the name typed last time is there; the downloaded file, opened at the level above, shows as checked", async () => {
    localStorage.setItem("xeploai.checker", "Trần Văn B");
    const commune = new BrowserWorkbook();
    await commune.open([picked("13-xuan-thang.xlsx")]);
    renderBrowser(commune);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" })));
    const button = await screen.findByRole("button", { name: "Đóng dấu" });
    expect((screen.getByRole("textbox") as HTMLInputElement).value).toBe("Trần Văn B");
    await act(async () => fireEvent.click(button));
    await screen.findByText(/Đã đóng dấu kiểm tra \(Trần Văn B\)/);
    const stamped = await commune.download();
    cleanup();

    const district = new BrowserWorkbook();
    await district.open([
      { name: "xuan-thang-da-kiem-tra.xlsx", bytes: stamped },
      picked("12-tan-thanh.xlsx"),
      picked("00-huyen-uy-chi-bo-co-so.xlsx"),
    ]);
    const controller = renderBrowser(district);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" })));
    await waitFor(() => expect(controller.getState().completeness.length).toBeGreaterThan(0));
    const rows = controller.getState().completeness;
    expect(rows.find((r) => r.unit === "ĐẢNG ỦY XÃ XUÂN THẮNG")?.stamp?.state).toBe("checked");
    expect(rows.find((r) => r.unit === "ĐẢNG ỦY XÃ TÂN THẠNH")?.stamp?.state).toBe("unchecked");
    expect(screen.getAllByText(/^đã kiểm tra, không sửa sau đó \(Trần Văn B, /).length).toBeGreaterThan(0);
  });
});
