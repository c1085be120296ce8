/**
 * @jest-environment jsdom
 */
// The one-file page's writer (scripts/offline): the worker's code goes in the agreed script tag when
// the pages have an engineWorker entry, and nothing is there when they have none.
import crypto from "crypto";
import path from "path";

const { page } = require("../../scripts/offline/inlinePage.js") as {
  page: (p: {
    script: string;
    worker: string | null;
    licenses: string;
    icon: Buffer;
    version: string;
    date: string;
  }) => string;
};
const { offlineConfigs } = require("../../scripts/offline/config.js") as {
  offlineConfigs: (
    pages: object,
    o: { dev: boolean },
  ) => { name: string; entry: Record<string, string>; target: string[]; dependencies: string[] }[];
};

const icon = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("xeploai.html's writer", () => {
  test("a worker's code, even with </script> in a string, comes back whole from #xeploai-worker-src", () => {
    const worker = 'self.onmessage = (e) => self.postMessage("</script><b>" + e.data);';
    const html = page({
      script: "document.title='x';",
      worker,
      licenses: "MIT",
      icon,
      version: "1.2.3",
      date: "2026-11-29",
    });
    const doc = parse(html);
    const tag = doc.getElementById("xeploai-worker-src")!;
    expect(tag.getAttribute("type")).toBe("text/plain");
    // The text differs from the source only by "<\/", which JavaScript reads as "</".
    expect(tag.textContent).toBe(worker.replace("</script", "<\\/script"));
    expect(doc.querySelectorAll("script").length).toBe(3); // worker, licences, the page's script
  });

  test("no worker: no worker tag; the page's script runs by the hash the policy names", () => {
    const script = 'console.log("xin chào");';
    const html = page({ script, worker: null, licenses: "", icon, version: "1.2.3", date: "2026-01-05" });
    const doc = parse(html);
    expect(doc.getElementById("xeploai-worker-src")).toBeNull();
    const inline = [...doc.querySelectorAll("script")].find((s) => !s.type)!;
    const hash = crypto
      .createHash("sha256")
      .update(inline.textContent ?? "", "utf8")
      .digest("base64");
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
    expect(csp).toContain(`script-src 'sha256-${hash}';`);
    expect(doc.getElementById("xeploai-about")!.textContent).toContain("xeploai 1.2.3 · bản dựng ngày 05/01/2026");
  });

  test('refuses a script that would leave the parser double-escaped ("<!--", then "<script", no "-->")', () => {
    const make = (script: string) =>
      page({ script, worker: null, licenses: "", icon, version: "1", date: "2026-01-01" });
    expect(() => make('x = "<!--<script>";')).toThrow(/<!--/);
    expect(() => make('x = "<!-- a"; y = "<SCRIPT type=module>";')).toThrow(/<!--/);
  });

  test('keeps a script with "<!--" and "<script" that the parser reads whole (a "-->" between, or no "<!--" first)', () => {
    for (const script of [
      'a = "<!-- note -->"; b = "<script>"; c = "</script>";',
      'a = "<script>"; b = "<!--";',
      'a = "<!--"; b = "<script>"; c = "-->";',
    ]) {
      const doc = parse(page({ script, worker: null, licenses: "", icon, version: "1", date: "2026-01-01" }));
      const inline = [...doc.querySelectorAll("script")].filter((e) => !e.type);
      expect(inline.map((e) => e.textContent)).toEqual([script.replace(/<\/script/g, "<\\/script")]);
      expect(doc.getElementById("xeploai-about")).not.toBeNull();
    }
  });
});

describe("xeploai.html's builds", () => {
  const pages = {
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    output: { path: path.resolve("dist") },
    resolve: {},
    module: { rules: [{ test: /x/, use: { loader: "ts-loader", options: {} } }] },
  };

  test("without an engineWorker entry: one page build after the pages", () => {
    const configs = offlineConfigs(pages, { dev: false });
    expect(configs.map((c) => c.name)).toEqual(["offline"]);
    expect(configs[0]!.dependencies).toEqual(["pages"]);
    expect(configs[0]!.entry).toEqual({ xeploai: "./src/taskpane/index.tsx" });
  });

  test("with one: the worker is built on its own, for a worker, before the page", () => {
    const withWorker = { ...pages, entry: { ...pages.entry, engineWorker: "./src/taskpane/worker/engine.ts" } };
    const configs = offlineConfigs(withWorker, { dev: false });
    expect(configs.map((c) => c.name)).toEqual(["offline-worker", "offline"]);
    expect(configs[0]!.entry).toEqual({ engineWorker: "./src/taskpane/worker/engine.ts" });
    expect(configs[0]!.target[0]).toBe("webworker");
    expect(configs[1]!.dependencies).toEqual(["pages", "offline-worker"]);
  });
});
