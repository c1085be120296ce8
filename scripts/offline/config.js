// The webpack builds behind dist/xeploai.html: the browser mode as ONE script (no chunks to fetch,
// the .xlsx readers and writer included), and, when the pages have an `engineWorker` entry, that
// worker as one script too. InlinePage then writes them into the one HTML file and nothing else.
const path = require("path");
const webpack = require("webpack");
const { InlinePage } = require("./inlinePage");

const root = path.resolve(__dirname, "..", "..");
const workerDir = path.join(root, "build", "offline-worker");
const WORKER_FILE = "engineWorker.js";

/** The pages' rules, ts-loader without a second type check (the pages' build has made it). */
function fastRules(pages) {
  return pages.module.rules.map((rule) =>
    rule.use && rule.use.loader === "ts-loader"
      ? { ...rule, use: { ...rule.use, options: { ...rule.use.options, transpileOnly: true } } }
      : rule,
  );
}

/** One chunk per entry, no runtime chunk, no automatic public path (an inline script has no src). */
function oneScript(pages, name, target, entry, output) {
  return {
    name,
    target,
    devtool: false,
    entry,
    output: { publicPath: "", ...output },
    resolve: pages.resolve,
    module: { rules: fastRules(pages) },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  };
}

/**
 * The configurations that follow `pages` (the multi-compiler runs them after it, so its clean of
 * dist cannot remove xeploai.html): [worker?, page].
 */
function offlineConfigs(pages, { dev, workerOut = workerDir }) {
  const workerEntry = pages.entry.engineWorker;
  const worker = workerEntry
    ? oneScript(
        pages,
        "offline-worker",
        ["webworker", "es2020"],
        { engineWorker: workerEntry },
        { path: workerOut, filename: WORKER_FILE, clean: true },
      )
    : null;
  if (worker) worker.dependencies = ["pages"];
  const page = oneScript(
    pages,
    "offline",
    ["web", "es2020"],
    { xeploai: pages.entry.taskpane },
    // Into dist beside the pages; InlinePage removes this script once it is inside the HTML.
    { path: pages.output.path, filename: "offline-[name].js", clean: false },
  );
  page.dependencies = worker ? ["pages", "offline-worker"] : ["pages"];
  page.plugins.push(
    new InlinePage({
      script: "offline-xeploai.js",
      workerFile: worker ? path.join(workerOut, WORKER_FILE) : null,
      dev,
    }),
  );
  return worker ? [worker, page] : [page];
}

module.exports = { offlineConfigs };
