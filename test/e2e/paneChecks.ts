/**
 * The browser mode's checks, shared by the served page (pane.e2e.ts) and the one-file page opened
 * from disk (offline.e2e.ts): each takes a page already showing the pane and asserts what a user sees.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import ExcelJS from "exceljs";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";

export const root = path.resolve(__dirname, "../..");
export const out = path.join(root, "test-output");
export const district = fs
  .readdirSync(path.join(root, "seeds/thoi-lai-2022"))
  .sort()
  .map((f) => path.join(root, "seeds/thoi-lai-2022", f));
export const faults = path.join(root, "seeds/faults/bieu-co-loi.xlsx");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  fs.mkdirSync(out, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No sandbox as root; no traffic of Chromium's own (this machine has no network beyond npm and Debian).
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

/** Opens every group and every folded line, so that each finding is on the page. */
export async function openAll(page: Page): Promise<void> {
  for (const locator of [
    page.locator("button[aria-expanded='false'].fui-AccordionHeader__button"),
    page.locator("button[data-fold][aria-expanded='false']"),
  ]) {
    while ((await locator.count()) > 0) await locator.first().click();
  }
}

/** (rule, cell) of every issue the pane lists. */
export async function shownIssues(page: Page): Promise<string[]> {
  await openAll(page);
  const buttons = page.locator("[data-rule]");
  const n = await buttons.count();
  const found: string[] = [];
  for (let i = 0; i < n; i++) {
    const rule = await buttons.nth(i).getAttribute("data-rule");
    const text = (await buttons.nth(i).textContent()) ?? "";
    // After the severity's word (Lỗi, Cảnh báo, Ghi chú): "Ô M10 (…): …".
    const cell = text.match(/^(?:Lỗi|Cảnh báo|Ghi chú)\s*Ô ([A-Z]+\d+)/)?.[1];
    if (cell) found.push(`${rule} ${cell}`);
  }
  return found.sort();
}

/** The fault set: Kiểm tra lists the golden issues with their cells; a click names the cell. */
export async function checkFaultSet(page: Page, screenshot: string): Promise<void> {
  await page.getByTestId("open-files").setInputFiles(faults);
  await page.getByText("bieu-co-loi.xlsx").waitFor();
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await page.getByRole("region", { name: "Danh sách lỗi" }).waitFor();
  const golden = JSON.parse(fs.readFileSync(path.join(root, "test/golden/faults.validate.json"), "utf8")) as {
    issues: { rule: string; cell?: string }[];
  };
  const expected = golden.issues
    .filter((i) => i.cell)
    .map((i) => `${i.rule} ${i.cell}`)
    .sort();
  expect(await shownIssues(page)).toEqual(expected);
  await page.getByRole("button", { name: /Ô M10 \(Chi bộ ấp Thới Hòa\): chưa nhập/ }).click();
  await expect(page.getByTestId("selection").textContent()).resolves.toContain("Đông Bình!M10");
  await page.screenshot({ path: path.join(out, screenshot), fullPage: true });
}

/** The district with the fault set: Kiểm tra, then Tổng hợp shows the card. */
export async function checkDistrictWithFaults(page: Page, screenshot: string): Promise<void> {
  await page.getByTestId("open-files").setInputFiles([...district, faults]);
  await page.getByText("bieu-co-loi.xlsx", { exact: false }).waitFor();
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await page.getByRole("region", { name: "Danh sách lỗi" }).waitFor();
  await page.getByRole("button", { name: "Tổng hợp" }).click();
  const card = page.getByRole("group", { name: "Số liệu tổng hợp" });
  await card.waitFor();
  await page.screenshot({ path: path.join(out, screenshot), fullPage: true });
  expect((await card.textContent()) ?? "").toContain("Số liệu tổng hợp");
}

/** The district on its own: Tổng hợp shows the article's figures (TEMPLATE.md §7); Kiểm tra finds nothing. */
export async function checkDistrict(page: Page, screenshot: string): Promise<void> {
  await page.getByTestId("open-files").setInputFiles(district);
  await page.getByText("13-xuan-thang.xlsx", { exact: false }).waitFor();
  await page.getByRole("button", { name: "Tổng hợp" }).click();
  const figures = page.getByRole("group", { name: "Số liệu tổng hợp" });
  await figures.waitFor();
  const shown = (await figures.textContent()) ?? "";
  expect(shown).toContain("HUYỆN ỦY THỚI LAI");
  expect(shown).toContain("3.675"); // members rated
  expect(shown).toContain("3.410 (92,79%)"); // good or above
  expect(shown).toContain("Tổ chức cơ sở đảng44"); // TCCSĐ
  expect(shown).toContain("Chi bộ trực thuộc207trong đó Hoàn thành tốt nhiệm vụ trở lên193 (93,24%)"); // chi bộ trực thuộc
  await page.screenshot({ path: path.join(out, screenshot), fullPage: true });
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await page.getByText("Không có lỗi nào", { exact: false }).waitFor();
}

/** Kiểm tra and Tổng hợp on the fault set and one commune, then Tải về; returns the saved file. */
export async function downloadResult(page: Page): Promise<string> {
  await page.getByTestId("open-files").setInputFiles([faults, district[13]!]);
  await page.getByText("bieu-co-loi.xlsx", { exact: false }).waitFor();
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await page.getByRole("region", { name: "Danh sách lỗi" }).waitFor();
  await page.getByRole("button", { name: "Tổng hợp" }).click();
  await page.getByRole("group", { name: "Số liệu tổng hợp" }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải về" }).click(),
  ]);
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-e2e-")), "ket-qua.xlsx");
  await download.saveAs(saved);
  return saved;
}

/** The downloaded result read back: the summary, the flags as conditional formats, every input cell as it was. */
export async function checkDownloaded(saved: string): Promise<void> {
  const result = await readWorkbookBytes(new Uint8Array(fs.readFileSync(saved)), "ket-qua.xlsx");
  const names = result.sheets.map((s) => s.name);
  expect(names).toEqual(
    expect.arrayContaining(["Đông Bình", "Trường Xuân", "Thới Tân", "Ghi chú", "Xuân Thắng", "Tổng hợp"]),
  );
  for (const input of [faults, district[13]!]) {
    const original = await readWorkbookBytes(new Uint8Array(fs.readFileSync(input)), input);
    for (const sheet of original.sheets) {
      const back = result.sheets.find((s) => s.name === sheet.name)!;
      expect({ name: back.name, origin: back.origin, values: back.values, types: back.types }).toEqual({
        name: sheet.name,
        origin: sheet.origin,
        values: sheet.values,
        types: sheet.types,
      });
    }
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(saved) as unknown as ArrayBuffer);
  const cf = (
    wb.getWorksheet("Đông Bình") as unknown as { conditionalFormattings: { ref: string }[] }
  ).conditionalFormattings.map((c) => c.ref);
  expect(cf).toEqual(expect.arrayContaining(["M10", "C11", "N13", "T14", "B15", "C16"]));
}
