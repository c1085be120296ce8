/**
 * @jest-environment jsdom
 */
import fs from "fs";
import path from "path";
import { checkManifest } from "./checkManifest";

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [fs.readFileSync(p, "utf8")] : [];
  });
}
const sources = sourceFiles(path.join(root, "src"));
// webpack.config.js is CommonJS; jest runs it as is.

const webpackConfig = require("../../webpack.config.js") as {
  transformManifest: (c: string, dev: boolean, url?: string) => string;
  urlDev: string;
  urlProd: string | null;
};

describe("manifest.xml, checked offline", () => {
  test("has no problems", () => {
    expect(checkManifest(manifest, { sources })).toEqual([]);
  });

  test("declares the three buttons on the Home tab: Kiểm tra, Tổng hợp and Bảng điều khiển", () => {
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain("<FunctionName>validateWorkbook</FunctionName>");
    expect(manifest).toContain("<FunctionName>summarizeWorkbook</FunctionName>");
    expect(manifest).toContain('DefaultValue="Kiểm tra"');
    expect(manifest).toContain('DefaultValue="Tổng hợp"');
    expect(manifest).toContain('DefaultValue="Bảng điều khiển"');
    expect(manifest).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  test("fails when a resid is broken", () => {
    const broken = manifest.replace(
      '<Label resid="Xeploai.Validate.Label"/>',
      '<Label resid="Xeploai.Validate.Lable"/>',
    );
    expect(checkManifest(broken, { sources })).toContainEqual(
      'resid "Xeploai.Validate.Lable" of <Label> has no ShortStrings resource',
    );
  });

  test("fails when an element is out of order", () => {
    const swapped = manifest.replace(/(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/, "$2$1");
    expect(swapped).not.toBe(manifest);
    expect(checkManifest(swapped, { sources })).toContainEqual(
      "element order: <Version> must come before <ProviderName> in <OfficeApp>",
    );
  });

  test("fails when a FunctionName has no Office.actions.associate in the source", () => {
    const unassociated = sources.map((s) =>
      s.replace(/Office\.actions\.associate\("summarizeWorkbook"/g, 'Office.actions.associate("summarise"'),
    );
    expect(checkManifest(manifest, { sources: unassociated })).toContainEqual(
      'FunctionName "summarizeWorkbook" is not associated with Office.actions.associate in the source',
    );
  });

  test("fails on an http URL, an overlong id and an overlong short string", () => {
    const bad = manifest
      .replace('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://')
      .replace('id="Xeploai.Group"', 'id="Xeploai.Group.With.A.Very.Long.Identifier"')
      .replace('DefaultValue="Xếp loại">', `DefaultValue="${"x".repeat(126)}">`);
    const problems = checkManifest(bad, { sources });
    expect(problems).toContainEqual(expect.stringMatching(/^URL of <SupportUrl> is not https/));
    expect(problems).toContainEqual('id "Xeploai.Group.With.A.Very.Long.Identifier" is longer than 32 characters');
    expect(problems).toContainEqual('short string "Xeploai.Group.Label" has 126 characters (at most 125)');
  });

  test("fails when the shared runtime's pages disagree", () => {
    const split = manifest.replace(
      '<FunctionFile resid="Xeploai.Taskpane.Url"/>',
      '<FunctionFile resid="Xeploai.Help.Url"/>',
    );
    expect(checkManifest(split, { sources })).toContainEqual(
      'shared runtime: <FunctionFile> resid "Xeploai.Help.Url" differs from the runtime\'s "Xeploai.Taskpane.Url"',
    );
  });

  test("the production build rewrites the dev URL everywhere", () => {
    const url = "https://example.invalid/xeploai/";
    const prod = webpackConfig.transformManifest(manifest, false, url);
    expect(prod).not.toContain(webpackConfig.urlDev);
    expect(prod).toContain(`${url}taskpane.html`);
    expect(checkManifest(prod, { sources })).toEqual([]);
    expect(webpackConfig.transformManifest(manifest, true)).toBe(manifest);
    // No address, no manifest: never a placeholder URL.
    if (!webpackConfig.urlProd) expect(() => webpackConfig.transformManifest(manifest, false)).toThrow(/--url/);
  });
});
