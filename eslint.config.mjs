// The office-addins lint rules (what `office-addin-lint check` runs), called through eslint
// directly: office-addin-lint wraps the same config but also reports usage data, and this
// project sends nothing anywhere, not even from its tooling.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const nodeBuiltins = ["fs", "path", "os", "child_process", "crypto", "util", "stream", "zlib", "url", "http", "https"];

/** Imports a layer may not make (docs/ARCHITECTURE.md). */
function forbid(patterns, message) {
  return { "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }] };
}

export default [
  { ignores: ["dist/**", "build/**", "coverage/**", "node_modules/**", "demo-output/**", "test-output/**", "kit/**"] },
  // The plugin's recommended block names .js and .ts files only; the pane is .tsx.
  ...officeAddins.configs.react.map((c) => (c.files ? { ...c, files: ["**/*.{js,mjs,cjs,ts,tsx,cts,mts}"] } : c)),
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "no-undef": "off", // TypeScript checks names; eslint's no-undef does not know types
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}", "bin/*"],
    languageOptions: { ecmaVersion: "latest", globals: { ...globals.node, ...globals.es2021 }, sourceType: "commonjs" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module" },
  },
  {
    // The office-addins rules read Office.js proxies; ExcelJS's getCell() looks the same to them.
    files: ["src/core/**", "src/xlsx/**", "src/cli/**", "scripts/**", "bench/**", "test/**"],
    rules: Object.fromEntries(
      [
        "call-sync-after-load",
        "call-sync-before-read",
        "load-object-before-read",
        "no-context-sync-in-loop",
        "no-empty-load",
        "no-navigational-load",
        "test-for-null-using-isNullObject",
      ].map((r) => [`office-addins/${r}`, "off"]),
    ),
  },
  {
    files: ["src/core/**"],
    rules: forbid(
      [
        "**/excel/**",
        "**/xlsx/**",
        "**/taskpane/**",
        "**/commands/**",
        "**/cli/**",
        "react",
        "react-dom",
        "@fluentui/*",
        "exceljs",
        "office-*",
        "node:*",
        ...nodeBuiltins,
      ],
      "src/core is pure: no adapters, UI, Office.js, Node or I/O (docs/ARCHITECTURE.md)",
    ),
  },
  {
    files: ["src/excel/**"],
    rules: forbid(
      [
        "**/xlsx/**",
        "**/taskpane/**",
        "**/cli/**",
        "react",
        "react-dom",
        "@fluentui/*",
        "exceljs",
        "node:*",
        ...nodeBuiltins,
      ],
      "src/excel is the Office.js adapter: it may import only src/core",
    ),
  },
  {
    files: ["src/xlsx/**"],
    rules: forbid(
      ["**/excel/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "react", "react-dom", "@fluentui/*", "office-*"],
      "src/xlsx is the .xlsx adapter: it may import only src/core and its file library",
    ),
  },
  {
    files: ["src/taskpane/components/**"],
    rules: {
      ...forbid(
        ["**/excel/**", "**/xlsx/**", "**/cli/**", "exceljs", "node:*", ...nodeBuiltins],
        "components get a WorkbookPort as a prop; only the pane's entry wires an adapter",
      ),
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "components never call Office.js: they get the port" },
        { name: "Office", message: "components never call Office.js: they get the port" },
      ],
    },
  },
  {
    files: ["src/cli/**"],
    rules: forbid(
      ["**/excel/**", "**/taskpane/**", "**/commands/**", "react", "react-dom", "@fluentui/*", "office-*"],
      "the command line runs on Node over .xlsx files: it may import src/core and src/xlsx",
    ),
  },
];
