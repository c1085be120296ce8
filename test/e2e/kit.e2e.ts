/**
 * The deployment kit made from the built dist/ (`npm run package -- --no-build --url …`): complete,
 * every manifest address under the given one, the zip holding the same files, and the pane served
 * from the folder alone working in Chromium (so no script chunk is missing).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { checkFaultSet, launchChromium, root } from "./paneChecks";

const { startServer } = require("../../scripts/serve.js") as {
  startServer: (dir: string, port?: number) => Promise<{ server: import("http").Server; url: string }>;
};
const { checkKit, manifestUrls } = require("../../scripts/kit/checkKit.js") as {
  checkKit: (folder: string, url: string) => string[];
  manifestUrls: (xml: string) => string[];
};

const address = "https://example.invalid/xeploai/";
const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
const out = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-kit-"));
const folder = path.join(out, `xeploai-${version}`);

function filesUnder(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

describe("npm run package -- --url https://example.invalid/xeploai/", () => {
  beforeAll(() => {
    const r = spawnSync(
      process.execPath,
      [path.join(root, "scripts/package.js"), "--no-build", "--url", address, "--out", out],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`package failed: ${r.stderr}`);
  });

  test("the folder is complete and its manifest names only addresses under the given one", () => {
    expect(checkKit(folder, address)).toEqual([]);
    const urls = manifestUrls(fs.readFileSync(path.join(folder, "manifest.xml"), "utf8"));
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(address))).toEqual([]);
    expect(fs.readFileSync(path.join(folder, "manifest.xml"), "utf8")).not.toContain("localhost");
    for (const f of ["xeploai.html", "help.html", "index.html", "taskpane.html", "web.config", "DOC-TRUOC.txt"])
      expect(fs.existsSync(path.join(folder, f))).toBe(true);
  });

  test("the zip holds exactly the folder's files, byte for byte", async () => {
    const files = filesUnder(folder).sort();
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, `xeploai-${version}.zip`)), {
      checkCRC32: true,
    });
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort();
    expect(names).toEqual(files.map((f) => `xeploai-${version}/${f}`));
    const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
    for (const f of files)
      expect(`${f} ${sha(await zip.file(`xeploai-${version}/${f}`)!.async("uint8array"))}`).toBe(
        `${f} ${sha(fs.readFileSync(path.join(folder, f)))}`,
      );
  });

  test("served from the folder alone, the pane loads every script it needs and runs Kiểm tra", async () => {
    const { server, url } = await startServer(folder);
    try {
      browser = await launchChromium();
      const page = await (await browser.newContext({ viewport: { width: 480, height: 1400 } })).newPage();
      const failed: string[] = [];
      page.on("requestfailed", (r) => failed.push(r.url()));
      page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(url);
      await page.getByRole("button", { name: "Mở tệp" }).waitFor();
      await checkFaultSet(page, "kit-issues.png");
      await page.goto(new URL("help.html", url).href);
      await page.getByRole("heading", { name: /xeploai — Xếp loại đảng viên/ }).waitFor();
      expect(failed).toEqual([]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
