import path from "path";
import type { Browser, Page } from "playwright-core";
import {
  checkDistrict,
  checkDistrictWithFaults,
  checkDownloaded,
  checkFaultSet,
  downloadResult,
  launchChromium,
  root,
} from "./paneChecks";

const { startServer } = require("../../scripts/serve.js") as {
  startServer: (dir: string, port?: number) => Promise<{ server: import("http").Server; url: string }>;
};

let server: import("http").Server;
let base: string;
let browser: Browser;
const requests: string[] = [];

beforeAll(async () => {
  ({ server, url: base } = await startServer(path.join(root, "dist")));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPane(viewport = { width: 480, height: 1400 }): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(base);
  await page.getByRole("button", { name: "Mở tệp" }).waitFor();
  return page;
}

describe("the pane in a plain browser (Chromium)", () => {
  test("the fault set: Kiểm tra lists the issues with their cells; a click names the cell", async () => {
    const page = await openPane();
    await checkFaultSet(page, "pane-issues.png");
    await page.context().close();
  });

  test("the sample district: Tổng hợp shows the published figures; Tải về gives back the inputs unchanged with flags and the summary", async () => {
    const page = await openPane();
    await checkDistrictWithFaults(page, "pane-summary.png");
    await page.context().close();
    // The district on its own: the article's figures.
    const only = await openPane();
    await checkDistrict(only, "pane-district.png");
    await only.context().close();
  });

  test("Tải về: the result read back holds the summary, the flags as conditional formats, and every input cell as it was", async () => {
    const page = await openPane();
    const saved = await downloadResult(page);
    await page.context().close();
    await checkDownloaded(saved);
  });

  test("the page asks nothing of any server but its own", async () => {
    expect(requests.length).toBeGreaterThan(3);
    const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(foreign).toEqual([]);
  });
});
