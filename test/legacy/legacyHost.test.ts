import fs from "fs";
import path from "path";
import { parse } from "acorn";

const root = path.resolve(__dirname, "../..");
const check = fs.readFileSync(path.join(root, "src/legacy/legacy-check.js"), "utf8");
const page = fs.readFileSync(path.join(root, "src/legacy/legacy.html"), "utf8");

/** Runs the check as a browser would, with a given user agent and globals; returns where it sent the page. */
function run(userAgent: string, modern = true): string | null {
  let target: string | null = null;
  const win = {
    navigator: { userAgent },
    Promise: modern ? Promise : undefined,
    Proxy: modern ? Proxy : undefined,
    fetch: modern ? () => undefined : undefined,
    location: { replace: (url: string) => (target = url) },
  };

  new Function("window", check)(win);
  return target;
}

describe("hosts that cannot run the pane (Excel 2016/2019 in IE11 or the old Edge)", () => {
  test("the check that runs first is plain ES5 (what IE11 parses)", () => {
    expect(() => parse(check, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  test("IE11 and EdgeHTML go to the message page; a current engine stays", () => {
    expect(run("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", false)).toBe("legacy.html");
    expect(
      run(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763",
      ),
    ).toBe("legacy.html");
    expect(
      run(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0",
      ),
    ).toBeNull();
    expect(run("Mozilla/5.0 (Windows NT 10.0) unknown", false)).toBe("legacy.html");
  });

  test("the message page is HTML without any script, in Vietnamese, and names what to use instead", () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).toMatch(/<html lang="vi">/);
    for (const way of ["xeploai.html", "npm run serve", "Excel trên web"]) expect(page).toContain(way);
  });

  test("taskpane.html loads the check before any other script", () => {
    const html = fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("legacy-check.js");
  });
});
