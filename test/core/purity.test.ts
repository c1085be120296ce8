import path from "path";
import ts from "typescript";

/** Compiles one extra file in src/core with core's own tsconfig and returns the errors. */
function compileInCore(source: string): string[] {
  const configPath = path.resolve(__dirname, "../../src/core/tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
  const probe = path.resolve(__dirname, "../../src/core/__probe__.ts");
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === probe ? source : read(f));
  const exists = host.fileExists.bind(host);
  host.fileExists = (f) => path.resolve(f) === probe || exists(f);
  const program = ts.createProgram([probe], parsed.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("src/core is pure (its tsconfig has no DOM, Office or Node types)", () => {
  test("pure code compiles", () => {
    expect(compileInCore("export const x: number = [1, 2].reduce((a, b) => a + b, 0);")).toEqual([]);
  });
  test.each([
    ["Excel", "export const f = () => Excel.run(async () => {});"],
    ["window", "export const w = window.location;"],
    ["document", "export const d = document.body;"],
    ["process", "export const p = process.env;"],
  ])("touching %s is a compile error", (_name, source) => {
    expect(compileInCore(source).join("\n")).toMatch(/Cannot find name/);
  });
});
