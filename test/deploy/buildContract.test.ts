// The build's contract (COMMON.md, i12 × i15): content-hashed script names, the pages and the one-file
// page always, and a manifest only for a given address: never one with a placeholder.
import fs from "fs";
import path from "path";

type Config = {
  name: string;
  output: { filename: string; chunkFilename?: string };
  plugins: {
    constructor: { name: string };
    patterns?: { from: string; to: string; transform?: (c: Buffer) => string }[];
  }[];
};
type ConfigModule = ((env: object, options: { mode: string }) => Config[]) & { urlProd: string | null };

const root = path.resolve(__dirname, "../..");

/** webpack.config.js as loaded with XEPLOAI_URL_PROD = url (or unset). */
function loadConfig(url: string | undefined): ConfigModule {
  const saved = process.env.XEPLOAI_URL_PROD;
  if (url === undefined) delete process.env.XEPLOAI_URL_PROD;
  else process.env.XEPLOAI_URL_PROD = url;
  try {
    let mod: ConfigModule | undefined;
    jest.isolateModules(() => {
      mod = require("../../webpack.config.js") as ConfigModule;
    });
    return mod!;
  } finally {
    if (saved === undefined) delete process.env.XEPLOAI_URL_PROD;
    else process.env.XEPLOAI_URL_PROD = saved;
  }
}

const copied = (c: Config) => c.plugins.flatMap((p) => p.patterns ?? []);
const pluginNames = (cs: Config[]) => cs.flatMap((c) => c.plugins.map((p) => p.constructor.name));

describe("the production build", () => {
  test("without an address: no manifest to copy, one line saying how to get one, hashed script names", () => {
    const configs = loadConfig(undefined)({}, { mode: "production" });
    // The engine worker (an entry of the pages) is built once more as one script for the offline page.
    expect(configs.map((c) => c.name)).toEqual(["pages", "offline-worker", "offline"]);
    const pages = configs[0]!;
    expect(copied(pages).map((p) => p.to)).not.toContain("manifest.xml");
    expect(copied(pages).map((p) => p.to)).toContain("help.html");
    expect(pluginNames(configs)).toContain("SayNoManifest");
    expect(pages.output.filename).toContain("[contenthash");
    expect(pages.output.chunkFilename).toContain("[contenthash");
    expect(pluginNames(configs)).toContain("InlinePage");
  });

  test("with XEPLOAI_URL_PROD: the manifest, every address rewritten to it", () => {
    const mod = loadConfig("https://intranet.example.vn/xeploai");
    expect(mod.urlProd).toBe("https://intranet.example.vn/xeploai/");
    const configs = mod({}, { mode: "production" });
    const manifest = copied(configs[0]!).find((p) => p.to === "manifest.xml")!;
    const text = manifest.transform!(fs.readFileSync(path.join(root, "manifest.xml")));
    expect(text).not.toContain("localhost");
    expect(text).toContain('<SourceLocation DefaultValue="https://intranet.example.vn/xeploai/taskpane.html"/>');
    expect(pluginNames(configs)).not.toContain("SayNoManifest");
  });

  test("an http address is refused with a clear message", () => {
    expect(() => loadConfig("http://intranet.example.vn/xeploai/")).toThrow(/https/);
  });

  test("development keeps the localhost manifest and plain names for the dev server", () => {
    const configs = loadConfig(undefined)({}, { mode: "development" });
    expect(copied(configs[0]!).map((p) => p.to)).toContain("manifest.xml");
    expect(configs[0]!.output.filename).toBe("[name].js");
  });
});
