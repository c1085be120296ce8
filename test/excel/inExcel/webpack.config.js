/* The in-Excel test page of `npm run test:excel`: the scenarios and Microsoft's test helpers,
 * served over https on localhost:3000 like the pane. Microsoft's packages are resolved from the
 * folder run.js installs them into at run time (XEPLOAI_TEST_TOOLS), not from the project's install. */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { certificatePaths } = require("../../../scripts/certificates");

const root = path.resolve(__dirname, "../../..");

module.exports = () => {
  const certs = certificatePaths();
  const tools = process.env.XEPLOAI_TEST_TOOLS;
  return {
    mode: "development",
    devtool: "source-map",
    target: ["web", "es2020"],
    entry: { "test-taskpane": path.resolve(__dirname, "runInExcel.ts") },
    output: { path: path.join(root, "test-output/excel/bundle"), filename: "[name].js", clean: true },
    resolve: {
      extensions: [".ts", ".js"],
      modules: [...(tools ? [path.join(tools, "node_modules")] : []), "node_modules"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: path.join(root, "tsconfig.json"), transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "test-taskpane.html", template: path.join(__dirname, "test-taskpane.html") }),
      new CopyWebpackPlugin({ patterns: [{ from: path.join(root, "assets/*.png"), to: "assets/[name][ext]" }] }),
    ],
    devServer: {
      static: { directory: path.join(root, "test-output/excel/bundle") },
      server: {
        type: "https",
        options: fs.existsSync(certs.key)
          ? { key: fs.readFileSync(certs.key), cert: fs.readFileSync(certs.cert), ca: fs.readFileSync(certs.ca) }
          : {},
      },
      port: 3000,
      host: "localhost",
      hot: false,
    },
  };
};
