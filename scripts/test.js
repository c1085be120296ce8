#!/usr/bin/env node
// `npm test`: type checks, lint, the command line's build, jest, and the real-browser tests when
// Chromium is installed (required when XEPLOAI_REQUIRE_E2E=1, as in CI). With XEPLOAI_RESULTS_DIR
// set, each jest run writes its JSON results there (CI adds them up).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const results = process.env.XEPLOAI_RESULTS_DIR;

function run(label, cmd, args) {
  console.log(`\n> ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) {
    console.error(`\n${label} failed`);
    process.exit(r.status || 1);
  }
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const jestArgs = (name) => (results ? ["--json", "--outputFile", path.join(results, `${name}.json`)] : []);

run("type checks", npm, ["run", "-s", "typecheck"]);
run("lint", npm, ["run", "-s", "lint"]);
run("command line build", npm, ["run", "-s", "build:cli"]);
run("unit tests", process.execPath, [require.resolve("jest/bin/jest"), ...jestArgs("unit")]);
if (fs.existsSync(CHROMIUM)) {
  run("real-browser tests", npm, ["run", "-s", "test:e2e", "--", ...jestArgs("e2e")]);
} else if (process.env.XEPLOAI_REQUIRE_E2E === "1") {
  console.error(`\nreal-browser tests: ${CHROMIUM} is missing (apt-get install chromium)`);
  process.exit(1);
} else {
  console.log(`\n(real-browser tests skipped: no ${CHROMIUM}; install Debian's chromium to run them)`);
}
