#!/usr/bin/env node
/* `npm run test:excel`: the mock tests' scenarios inside a real Excel. Microsoft's
 * office-addin-test-server collects the results that the in-Excel page sends with
 * office-addin-test-helpers; office-addin-debugging sideloads the test manifest (through npx).
 * Those packages are fetched when this runs, never installed with the project. Without Excel it
 * says so in one line and exits 0. Results: test-output/excel/results.json. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "../../..");
const out = path.join(root, "test-output/excel");
const TOOLS = {
  server: "office-addin-test-server@2.0.3",
  helpers: "office-addin-test-helpers@2.0.3",
  debugging: "office-addin-debugging@7.0.0",
};
const PORT = 4201;
const TIMEOUT_MS = 10 * 60 * 1000;

/** Which Excel is here: "desktop" (Windows, Mac), "web" (a workbook URL given), or null. */
function findExcel() {
  if (process.env.XEPLOAI_EXCEL_WEB_DOC) return "web";
  if (process.platform === "darwin" && fs.existsSync("/Applications/Microsoft Excel.app")) return "desktop";
  if (process.platform === "win32") {
    const key = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    if (spawnSync("reg", ["query", key], { stdio: "ignore" }).status === 0) return "desktop";
  }
  return null;
}

/** The add-in's manifest pointed at the test page, with its own id so it never replaces the real one. */
function testManifest() {
  const text = fs
    .readFileSync(path.join(root, "manifest.xml"), "utf8")
    .replace(/https:\/\/localhost:3000\/taskpane\.html/g, "https://localhost:3000/test-taskpane.html")
    .replace(/<Id>[^<]+<\/Id>/, "<Id>6f0c2d0e-9b1a-4c55-8d3e-2a7b5e4f9c62</Id>");
  const file = path.join(out, "test-manifest.xml");
  fs.writeFileSync(file, text);
  return file;
}

function npx(args) {
  const r = spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--yes", ...args], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error(`npx ${args.join(" ")} failed`);
}

async function main() {
  const platform = findExcel();
  if (!platform) {
    console.log(
      "test:excel: no Excel here (needs Excel on Windows or Mac, or XEPLOAI_EXCEL_WEB_DOC=<workbook URL> for Excel on the web); skipped.",
    );
    return 0;
  }
  fs.mkdirSync(out, { recursive: true });
  // Microsoft's test packages, fetched now into a folder of their own.
  const tools = path.join(out, "tools");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const install = spawnSync(
    npm,
    ["install", "--no-save", "--no-package-lock", "--prefix", tools, TOOLS.server, TOOLS.helpers],
    { stdio: "inherit" },
  );
  if (install.status !== 0) throw new Error("could not fetch office-addin-test-server and office-addin-test-helpers");
  const { TestServer } = require(path.join(tools, "node_modules/office-addin-test-server"));
  const server = new TestServer(PORT);
  if (!(await server.startTestServer(true))) throw new Error(`the test server did not start on port ${PORT}`);

  const manifest = testManifest();
  const devServer = `node ${JSON.stringify(require.resolve("webpack-cli/bin/cli.js"))} serve --config ${JSON.stringify(path.join(__dirname, "webpack.config.js"))}`;
  process.env.XEPLOAI_TEST_TOOLS = tools;
  const start = ["start", manifest, platform, "--dev-server", devServer, "--dev-server-port", "3000", "--no-debug"];
  if (platform === "web") start.push("--document", process.env.XEPLOAI_EXCEL_WEB_DOC);
  npx([TOOLS.debugging, ...start]);

  let results;
  try {
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error("no results from Excel in 10 minutes")), TIMEOUT_MS),
    );
    results = await Promise.race([server.getTestResults(), timeout]);
  } finally {
    await server.stopTestServer();
    npx([TOOLS.debugging, "stop", manifest]);
  }
  fs.writeFileSync(
    path.join(out, "results.json"),
    JSON.stringify({ platform, host: os.hostname(), date: new Date().toISOString(), results }, null, 2),
  );
  let failed = 0;
  for (const r of results) {
    const ok = r.resultValue === r.expectedValue;
    if (!ok) failed++;
    console.log(
      `${ok ? "PASS" : "FAIL"}  ${r.resultName}${ok ? "" : `\n      got      ${r.resultValue}\n      expected ${r.expectedValue}`}`,
    );
  }
  console.log(
    `test:excel: ${results.length - failed}/${results.length} passed in ${platform} Excel; results in ${path.relative(root, path.join(out, "results.json"))}`,
  );
  return failed === 0 && results.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`test:excel: ${err instanceof Error ? err.message : err}`);
    process.exit(2);
  },
);
