import fs from "fs";
import path from "path";
import { RULE_CATALOG, RULE_IDS } from "../../src/core/issues/catalog";

const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/RULES.md"), "utf8");
const rows = new Map(
  doc
    .split("\n")
    .filter((l) => /^\| [A-Z]+-[A-Z0-9-]+ \|/.test(l))
    .map((l) => {
      const cells = l.split("|").map((c) => c.trim());
      return [cells[1]!, { severity: cells[2]!, sets: cells[3]!.replace(/\s*\*\(project\)\*/, "") }] as const;
    }),
);
const testSources = (dir: string): string =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .map((e) =>
      e.isDirectory()
        ? testSources(path.join(dir, e.name))
        : e.name.endsWith(".ts")
          ? fs.readFileSync(path.join(dir, e.name), "utf8")
          : "",
    )
    .join("\n");
const tests = testSources(path.resolve(__dirname, ".."));

describe("docs/RULES.md and the rule catalogue agree", () => {
  test.each(RULE_IDS)("[%s] is documented with its severity and rule set, and a test cites it", (id) => {
    const row = rows.get(id);
    expect(row).toBeDefined();
    expect(row!.severity).toBe(RULE_CATALOG[id].severity);
    expect(row!.sets).toBe((RULE_CATALOG[id].sets ?? ["all"]).join(", "));
    expect(tests).toContain(`[${id}]`);
  });

  test("documents no rule the code does not have", () => {
    expect([...rows.keys()].filter((id) => !(RULE_IDS as string[]).includes(id))).toEqual([]);
  });
});
