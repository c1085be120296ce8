/** The real-browser tests: Debian's Chromium driven by playwright-core, against the built pane. */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "5.0" } },
    ],
  },
  testTimeout: 120000,
  maxWorkers: 1,
};
