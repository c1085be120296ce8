/**
 * dist/xeploai.html, the browser mode in one file, opened from disk (file://) in Chromium with
 * every request that is not file:, data: or blob: refused: the same checks as the served page
 * (paneChecks.ts), then proof that nothing asked for the network, broke the policy or was stored.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  checkDistrict,
  checkDistrictWithFaults,
  checkDownloaded,
  checkFaultSet,
  downloadResult,
  launchChromium,
  root,
} from "./paneChecks";

const { page } = require("../../scripts/offline/inlinePage.js") as {
  page: (p: {
    script: string;
    worker: string | null;
    licenses: string;
    icon: Buffer;
    version: string;
    date: string;
  }) => string;
};
const file = path.join(root, "dist", "xeploai.html");
const pageUrl = pathToFileURL(file).href;
const local = (u: string) => /^(file|data|blob):/.test(u);

let browser: Browser;
const requests: string[] = [];
const refused: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The page from disk, network off, every policy violation kept in window.__violations. */
async function openOffline(bypassCSP = false): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    bypassCSP,
    acceptDownloads: true,
    viewport: { width: 480, height: 1400 },
    offline: true,
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    refused.push(url);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (err) => refused.push(`page error: ${err.message}`));
  await page.goto(pageUrl);
  await page.getByRole("button", { name: "Mở tệp" }).waitFor();
  return page;
}

/** What the page left behind: policy violations and everything stored anywhere a page can store. */
async function traces(page: Page) {
  return page.evaluate(async () => {
    const dump = (s: Storage) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k) ?? ""]));
    const dbs = typeof indexedDB.databases === "function" ? await indexedDB.databases() : [];
    return {
      violations: (window as unknown as { __violations: string[] }).__violations,
      local: dump(localStorage),
      session: dump(sessionStorage),
      cookie: document.cookie,
      databases: dbs.map((d) => d.name ?? ""),
    };
  });
}

/** Nothing stored but, at most, a short value such as the checker's name: no figure, no file, no unit. */
function expectNothingStored(t: Awaited<ReturnType<typeof traces>>) {
  expect(t.violations).toEqual([]);
  expect(t.session).toEqual({});
  expect(t.cookie).toBe("");
  expect(t.databases).toEqual([]);
  for (const [key, value] of Object.entries(t.local)) {
    expect(`${key}=${value}`).not.toMatch(/Thới Lai|Đông Bình|3\.675|xlsx/i);
    expect(value.length).toBeLessThan(200);
  }
}

describe("xeploai.html from file:// with no network (Chromium)", () => {
  test("the file is built, and holds no eval, no new Function and no address to fetch", () => {
    const html = fs.readFileSync(file, "utf8");
    expect(html.length).toBeGreaterThan(500_000); // the .xlsx libraries are inside
    expect(html).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*stylesheet/i);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; /);
    expect(csp).toContain("worker-src blob:");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  test("shows its version and build date", async () => {
    const page = await openOffline();
    const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string })
      .version;
    const about = (await page.locator("#xeploai-about").textContent()) ?? "";
    expect(about).toContain(`xeploai ${version}`);
    expect(about).toMatch(/bản dựng ngày \d{2}\/\d{2}\/\d{4} \(built \d{4}-\d{2}-\d{2}\)/);
    await page.context().close();
  });

  test("the fault set: Kiểm tra lists the issues with their cells; then English and back", async () => {
    const page = await openOffline();
    await checkFaultSet(page, "offline-issues.png");
    await page.getByRole("button", { name: "English", exact: true }).click();
    await page.getByRole("button", { name: "Validate" }).waitFor();
    await page.getByRole("button", { name: "Tiếng Việt", exact: true }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    expectNothingStored(await traces(page));
    await page.context().close();
  });

  test("the sample district: the published figures, with and without the fault set", async () => {
    const page = await openOffline();
    await checkDistrictWithFaults(page, "offline-summary.png");
    await page.context().close();
    const only = await openOffline();
    await checkDistrict(only, "offline-district.png");
    expectNothingStored(await traces(only));
    await only.context().close();
  });

  test("Tải về: the result read back holds the summary, the flags and every input cell as it was", async () => {
    const page = await openOffline();
    const saved = await downloadResult(page);
    expectNothingStored(await traces(page));
    await page.context().close();
    await checkDownloaded(saved);
  });

  test("the engine worker's way in: a stand-in worker in #xeploai-worker-src starts from a blob: URL under the policy", async () => {
    // What startWorker does with the tag, on a page written by the same writer as xeploai.html.
    const script = `const text = document.getElementById("xeploai-worker-src").textContent;
const worker = new Worker(URL.createObjectURL(new Blob([text], { type: "text/javascript" })));
worker.onmessage = (e) => { document.title = e.data; };
worker.postMessage(21);`;
    const worker = 'self.onmessage = (e) => self.postMessage("</script> " + e.data * 2);';
    const stand = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-worker-")), "stand-in.html");
    fs.writeFileSync(
      stand,
      page({ script, worker, licenses: "", icon: Buffer.alloc(0), version: "0", date: "2026-01-01" }),
    );
    const context = await browser.newContext({ offline: true });
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(e.violatedDirective));
    });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(stand).href);
    await tab.waitForFunction(() => document.title === "</script> 42");
    expect(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await context.close();
  });

  test("the watch itself works: a request to the network is stopped by the policy, and without it by the route", async () => {
    const ask = async (tab: Page) => {
      const failed = tab.waitForEvent("requestfailed");
      await tab.evaluate(() => {
        const img = document.createElement("img");
        img.src = "https://example.invalid/pixel.png";
        document.body.appendChild(img);
      });
      expect((await failed).url()).toBe("https://example.invalid/pixel.png");
      // Seen by the request listener, then taken out so the last test judges the app's own requests only.
      expect(requests.splice(requests.lastIndexOf("https://example.invalid/pixel.png"), 1)).toHaveLength(1);
    };
    const tab = await openOffline();
    await ask(tab);
    expect((await traces(tab)).violations).toEqual(["img-src https://example.invalid/pixel.png"]);
    await tab.context().close();

    const noPolicy = await openOffline(true);
    const before = refused.length;
    await ask(noPolicy);
    expect(refused.splice(before)).toEqual(["https://example.invalid/pixel.png"]);
    await noPolicy.context().close();
  });

  test("no request left the machine: only the file itself, data: and blob:", () => {
    expect(requests).toContain(pageUrl);
    expect(requests.filter((u) => !local(u))).toEqual([]);
    expect(refused).toEqual([]);
  });
});
