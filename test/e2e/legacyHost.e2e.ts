import fs from "fs";
import path from "path";
import { parse } from "acorn";

const dist = path.resolve(__dirname, "../../dist");

describe("the built pane on hosts that cannot run it", () => {
  test("taskpane.html runs dist/legacy-check.js first, and that script parses as ES5", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts[0]).toBe("legacy-check.js");
    const first = fs.readFileSync(path.join(dist, scripts[0] ?? "missing"), "utf8");
    expect(() => parse(first, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(fs.readFileSync(path.join(dist, "legacy.html"), "utf8")).not.toMatch(/<script/i);
  });
});
