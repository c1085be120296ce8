import { howToFix, ruleTitle, RULES_WITH_ADVICE } from "../../src/core/issues/howToFix";
import { RULE_IDS } from "../../src/core/issues/catalog";

describe("cách sửa: every rule says in plain words what it is and how to fix it", () => {
  test("every rule of the catalogue has a title and a fix, in Vietnamese and English", () => {
    expect([...RULES_WITH_ADVICE].sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULE_IDS) {
      for (const lang of ["vi", "en"] as const) {
        expect(ruleTitle(rule, lang)).not.toBe(rule);
        const fix = howToFix({ rule }, lang);
        // One sentence: ends with a full stop, no rule ID or technical word leaks into it.
        expect(fix).toMatch(/^[^\n]{10,200}\.$/);
        expect(fix).not.toMatch(/[A-Z]{3,}-[A-Z]/);
      }
    }
  });

  test("the two languages differ (no untranslated copy)", () => {
    for (const rule of RULE_IDS) expect(howToFix({ rule }, "vi")).not.toBe(howToFix({ rule }, "en"));
  });
});
