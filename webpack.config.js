/* The add-in's bundle: one shared-runtime page (taskpane.html) that hosts the task pane and the
 * ribbon commands, so that the buttons and the pane share state. Layout follows Microsoft's React
 * task-pane template. */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { certificatePaths } = require("./scripts/certificates");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted. Override with XEPLOAI_URL_PROD=https://host/path/ npm run build.
const urlProd = process.env.XEPLOAI_URL_PROD || "https://xeploai.example.vn/";

/** The manifest as built: the dev URL rewritten to the production URL outside development. */
function transformManifest(content, dev) {
  return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
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
  return {
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
        runtime: false,
        asyncChunks: false,
        chunkLoading: false,
      },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
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
      ],
    },
    // One runtime for both entries, so the pane and the ribbon commands share one controller.
    optimization: {
      runtimeChunk: "single",
      splitChunks: { chunks: (chunk) => chunk.name !== "engineWorker" },
    },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => transformManifest(content, dev) },
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
};

module.exports.transformManifest = transformManifest;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
