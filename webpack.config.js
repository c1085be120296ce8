/* The add-in's bundle: one shared-runtime page (taskpane.html) that hosts the task pane and the
 * ribbon commands, so that the buttons and the pane share state. Layout follows Microsoft's React
 * task-pane template. A second build (scripts/offline) makes dist/xeploai.html, the browser mode
 * in one file that works from disk. */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { certificatePaths } = require("./scripts/certificates");
const { urlDev, checkUrl, transformManifest: rewriteManifest, NO_MANIFEST } = require("./scripts/manifestUrl");
const { offlineConfigs } = require("./scripts/offline/config");

// Where the production build is hosted: XEPLOAI_URL_PROD=https://host/path/ npm run build (or
// `npm run package -- --url …`). Without it a production build writes no manifest at all.
const urlProd = process.env.XEPLOAI_URL_PROD ? checkOrThrow(process.env.XEPLOAI_URL_PROD) : null;

function checkOrThrow(raw) {
  const checked = checkUrl(raw);
  if (checked.error) throw new Error(`XEPLOAI_URL_PROD: ${checked.error}`);
  return checked.url;
}

/** The manifest as built: the dev URL rewritten to the production address outside development. */
function transformManifest(content, dev, url = urlProd) {
  if (dev) return content;
  if (!url) throw new Error(NO_MANIFEST);
  return rewriteManifest(content, url);
}

/** The manifest, in development (localhost) or when an address is given; never a placeholder. */
function manifestPatterns(dev) {
  if (!dev && !urlProd) return [];
  return [{ from: "manifest.xml", to: "manifest.xml", transform: (content) => transformManifest(content, dev) }];
}

/** Says once, as the last line of a production build without an address, why dist has no manifest. */
class SayNoManifest {
  apply(compiler) {
    // After webpack-cli's report, which comes after the done hook, so that the line is not buried.
    compiler.hooks.done.tap("SayNoManifest", () => process.once("exit", () => console.log(`\n${NO_MANIFEST}`)));
  }
}

function httpsOptions() {
  const paths = certificatePaths();
  if (!fs.existsSync(paths.cert) || !fs.existsSync(paths.key)) {
    throw new Error("No development certificate: run `npm run dev-server`, which makes one.");
  }
  return { key: fs.readFileSync(paths.key), cert: fs.readFileSync(paths.cert), ca: fs.readFileSync(paths.ca) };
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const pages = {
    name: "pages",
    devtool: dev ? "source-map" : false,
    // es2020: webpack's runtime then reads globalThis instead of building it with new Function.
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The engine's Web Worker (i13): one self-contained file, no runtime or chunks shared with the
      // pages, so that it also runs from a Blob URL (dist/xeploai.html's embedded copy).
      engineWorker: {
        import: "./src/taskpane/worker/engineWorker.ts",
        // A fixed name the page can find (src/taskpane/worker/startWorker.ts); the build id it
        // asks for it with keeps a redeployed pane from running yesterday's worker from a cache.
        filename: "engineWorker.js",
        runtime: false,
        asyncChunks: false,
        chunkLoading: false,
      },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Content hashes: a redeployed pane never runs yesterday's script from a cache.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json" } },
        },
        { test: /exceljs[\\/]dist[\\/].*\.js$/, use: path.resolve(__dirname, "scripts/noStringTimers.js") },
        // JSZip's browser build (check stamps) bundles the same setImmediate polyfill.
        { test: /jszip[\\/]dist[\\/].*\.js$/, use: path.resolve(__dirname, "scripts/noStringTimers.js") },
      ],
    },
    // One runtime for both entries, so the pane and the ribbon commands share one controller.
    optimization: {
      runtimeChunk: "single",
      splitChunks: { chunks: (chunk) => chunk.name !== "engineWorker" },
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ __XEPLOAI_BUILD__: JSON.stringify(Date.now().toString(36)) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The old-host check (plain ES5, runs first) and its message page, copied as they are.
          { from: "src/legacy/legacy-check.js", to: "legacy-check.js" },
          { from: "src/legacy/legacy.html", to: "legacy.html" },
          // The manifest's SupportUrl: what the add-in does, where the offline file is, who to ask.
          { from: "src/help/help.html", to: "help.html" },
          ...manifestPatterns(dev),
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The commands entry registers the ribbon functions in the same runtime as the pane.
        chunks: ["runtime", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      // The same pane for a plain browser (npm run serve): no Office.js, no ribbon commands.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/browser.html",
        chunks: ["runtime", "taskpane"],
        chunksSortMode: "manual",
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          server: { type: "https", options: httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          host: "localhost",
          hot: false,
          client: { overlay: true },
        }
      : undefined,
  };
  // The dev server serves the pages only; a build also makes dist/xeploai.html after them.
  if (serving) return pages;
  const configs = [pages, ...offlineConfigs(pages, { dev })];
  if (!dev && !urlProd) configs[configs.length - 1].plugins.push(new SayNoManifest());
  return configs;
};

module.exports.transformManifest = transformManifest;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
