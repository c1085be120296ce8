import fc from "fast-check";
import { validateWorkbook } from "../../src/core/validate";
import { summarizeWorkbooks } from "../../src/core/summarize";
import type { CellValue } from "../../src/core/snapshot";
import { CO_DO_FORM6, CO_DO_FORM7, handForm } from "../builders/officialForm";
import type { Form6Key, Form7Key } from "../../src/core/official/forms";

const anyCell = fc.oneof(
  fc.constant<CellValue>(""),
  fc.integer({ min: -5, max: 5000 }),
  fc.double({ noNaN: true }),
  fc.string(),
  fc.constantFrom<CellValue>(
    "3.675",
    "91,56%",
    "#REF!",
    "Tổng số",
    "Xã",
    "I. Đảng bộ cơ sở",
    "- Đảng viên HTXSNV",
    true,
  ),
);

describe("Biểu 6/7 with any cell changed to anything", () => {
  test("reading, checking and summing never throw; every issue has a rule and a sheet", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.nat(22), anyCell), { maxLength: 12 }),
        fc.boolean(),
        (edits, seven) => {
          const sheet = seven
            ? handForm<Form7Key>({ form: 7, figures: CO_DO_FORM7, percentColumn: true })
            : handForm<Form6Key>({ form: 6, figures: CO_DO_FORM6 });
          for (const [r, c, v] of edits) {
            const row = sheet.values[r];
            if (!row || c >= row.length) continue;
            row[c] = v;
            sheet.types[r]![c] =
              v === "" ? "empty" : typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "string";
          }
          const analysis = validateWorkbook({ sheets: [sheet] });
          for (const i of analysis.issues) expect(typeof i.rule === "string" && typeof i.sheet === "string").toBe(true);
          const result = summarizeWorkbooks([{ name: "f.xlsx", snapshot: { sheets: [sheet] } }]);
          expect(Array.isArray(result.layouts)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
