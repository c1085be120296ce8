/** Two projects: Node for the core, adapters and tooling; jsdom for the task pane's React tests. */
const tsJest = [
  "ts-jest",
  {
    // Jest runs CommonJS; the bundler settings of tsconfig.json stay for webpack.
    tsconfig: { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "5.0", jsx: "react-jsx" },
    diagnostics: { warnOnly: false },
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/shims/officeAddinManifest.js" },
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/build/"],
  setupFiles: ["<rootDir>/test/shims/textCoding.js"],
};

module.exports = {
  projects: [
    { ...common, displayName: "node", testEnvironment: "node", testMatch: ["<rootDir>/test/**/*.test.ts"] },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/shims/textCoding.js", "<rootDir>/test/shims/jsdomSetup.js"],
    },
  ],
};
