/**
 * The offline build with an `engineWorker` entry, end to end on stand-ins: webpack builds the worker
 * as one script, then the page, and xeploai.html carries the worker's code in #xeploai-worker-src;
 * opened from file:// with the network off, the page starts the worker from a blob: URL of that text.
 * (The real entry is i13's; this proves the way in, whatever the worker holds.)
 */
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import webpack from "webpack";
import { launchChromium } from "./paneChecks";

const { offlineConfigs } = require("../../scripts/offline/config.js") as {
  offlineConfigs: (pages: object, o: { dev: boolean; workerOut: string }) => webpack.Configuration[];
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-offline-worker-"));
fs.writeFileSync(
  path.join(dir, "page.js"),
  `const text = document.getElementById("xeploai-worker-src").textContent;
const worker = new Worker(URL.createObjectURL(new Blob([text], { type: "text/javascript" })));
worker.onmessage = (e) => { document.title = e.data; };
worker.postMessage([3675, 3410]);`,
);
fs.writeFileSync(path.join(dir, "double.js"), "export const double = (n) => n * 2;");
fs.writeFileSync(
  path.join(dir, "worker.js"),
  `import { double } from "./double.js";
self.onmessage = async (e) => {
  const { ratio } = await import("./ratio.js"); // a chunk of its own in a normal build: here, inside
  self.postMessage("worker " + double(e.data[0]) + " " + ratio(e.data[1], e.data[0]));
};`,
);
fs.writeFileSync(path.join(dir, "ratio.js"), "export const ratio = (a, b) => (100 * a / b).toFixed(2);");

function build(configs: webpack.Configuration[]): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(configs, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
}

test("the engineWorker entry is built on its own and embedded; from file:// it runs as a blob: worker", async () => {
  const pages = {
    entry: { taskpane: path.join(dir, "page.js"), engineWorker: path.join(dir, "worker.js") },
    output: { path: path.join(dir, "dist") },
    resolve: { extensions: [".js"] },
    module: { rules: [] },
  };
  const configs = offlineConfigs(pages, { dev: false, workerOut: path.join(dir, "worker-out") }).map((c) => ({
    ...c,
    mode: "production" as const,
    // The pages' own build is not part of this test.
    dependencies: (c.dependencies ?? []).filter((d) => d !== "pages"),
  }));
  expect(configs.map((c) => c.name)).toEqual(["offline-worker", "offline"]);
  await build(configs);

  const html = fs.readFileSync(path.join(dir, "dist", "xeploai.html"), "utf8");
  expect(fs.readdirSync(path.join(dir, "dist"))).toEqual(["xeploai.html"]);
  const worker = html.match(/<script type="text\/plain" id="xeploai-worker-src">([\s\S]*?)<\/script>/)?.[1] ?? "";
  expect(worker).toBe(fs.readFileSync(path.join(dir, "worker-out", "engineWorker.js"), "utf8"));
  expect(worker).not.toMatch(/importScripts|\.js["']/); // one script: nothing left to fetch

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ offline: true });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await tab.goto(pathToFileURL(path.join(dir, "dist", "xeploai.html")).href);
    await tab.waitForFunction(() => document.title.startsWith("worker"));
    expect(await tab.title()).toBe("worker 7350 92.79");
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
