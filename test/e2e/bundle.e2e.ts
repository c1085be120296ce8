import fs from "fs";
import path from "path";
import http from "http";

const { startServer, CSP } = require("../../scripts/serve.js") as {
  startServer: (dir: string, port?: number) => Promise<{ server: http.Server; url: string }>;
  CSP: string;
};

const dist = path.resolve(__dirname, "../../dist");

describe("the built pane", () => {
  test("no eval and no new Function anywhere in the bundle", () => {
    const scripts = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(3);
    const offenders = scripts.filter((f) =>
      /\beval\s*\(|new Function\s*\(/.test(fs.readFileSync(path.join(dist, f), "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  test("a Content Security Policy allows only the local origin (and Office.js's host in Excel)", () => {
    const csp = (file: string) =>
      fs
        .readFileSync(path.join(dist, file), "utf8")
        .match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1] ?? "";
    const browserPage = csp("index.html");
    expect(browserPage).toContain("default-src 'self'");
    expect(browserPage).toContain("script-src 'self';");
    expect(browserPage).not.toMatch(/https?:|unsafe-eval/);
    const excelPage = csp("taskpane.html");
    expect(excelPage).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(excelPage.replace(/https:\/\/appsforoffice\.microsoft\.com/g, "")).not.toMatch(/https?:|unsafe-eval/);
    expect(fs.readFileSync(path.join(dist, "index.html"), "utf8")).not.toContain("office.js");
  });

  test("npm run serve's server sends the same policy and serves only files of dist", async () => {
    const { server, url } = await startServer(dist);
    const get = (p: string) => new Promise<http.IncomingMessage>((resolve) => http.get(new URL(p, url), resolve));
    const page = await get("/");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-security-policy"]).toBe(CSP);
    page.resume();
    const outside = await get("/../package.json");
    expect(outside.statusCode).toBe(404);
    outside.resume();
    await new Promise((r) => server.close(r));
  });

  test("the pane's first load is under 400 KB gzipped; the .xlsx libraries come later, on demand", () => {
    const zlib = require("zlib") as typeof import("zlib");
    const js = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    const text = (f: string) => fs.readFileSync(path.join(dist, f), "utf8");
    // ExcelJS (xl/workbook.xml) and SheetJS are needed only to open files: the browser mode, Nhập biểu, .xls.
    const onDemand = js.filter((f) => text(f).includes("xl/workbook.xml") || text(f).includes("SheetJS"));
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const served = [...html.matchAll(/src="([^":]+\.js)"/g)].map((m) => m[1]!);
    expect(onDemand.length).toBeGreaterThan(0);
    expect(onDemand.some((f) => served.includes(f))).toBe(false);
    // Everything else counts as the first load, the App's lazily loaded chunk included.
    const size = js
      .filter((f) => !onDemand.includes(f))
      .reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
    expect(size).toBeLessThan(400 * 1024);
  });
});
