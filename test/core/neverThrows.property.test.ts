import fc from "fast-check";
import { validateWorkbook } from "../../src/core/validate";
import { describeIssue } from "../../src/core/issues/describeIssue";
import type { CellType, CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { encodeTcvn3 } from "../../src/core/text/encodeLegacy";

// Text that a malformed sheet might hold: template labels, ratings, totals, legacy bytes, junk.
const WORDS = [
  "STT",
  "Tên chi bộ",
  "Tổng số đảng viên",
  "Số lượng",
  "Tỷ lệ (%)",
  "Hoàn thành tốt nhiệm vụ",
  "Xếp loại chi bộ",
  "Cộng",
  "Tổng cộng",
  "NĂM 2022",
  "ĐẢNG ỦY XÃ A",
  "HUYỆN ỦY B",
  "Chưa đánh giá, xếp loại",
  "Đã đánh giá, xếp loại",
  "Tæng sè",
  "Toång soá",
  "3.675",
  "91,56",
  "1 234",
  "#REF!",
  "Trong sạch, vững mạnh",
  "Chưa xếp loại",
  "Đề nghị: Tốt",
  "",
  " ",
  "\u00ad",
  "1",
  "(1)",
  "I.",
  "Khá",
  "x".repeat(300),
  "Hoà".normalize("NFD"),
];
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double({ noDefaultInfinity: false, noNaN: false }),
  fc.integer({ min: -5, max: 500 }),
  fc.boolean(),
);
const type: fc.Arbitrary<CellType> = fc.constantFrom("empty", "string", "number", "boolean", "error");

const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.array(
      fc.array(
        fc.tuple(
          value,
          type,
          fc.constantFrom("General", "0.00", "0.00%", "#,##0", "@", ""),
          fc.constantFrom(null, ".VnTime", ".VnTimeH", "VNI-Times", "Arial"),
        ),
        { maxLength: 24 },
      ),
      { maxLength: 30 },
    ),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: -2, max: 30 }),
        left: fc.integer({ min: -2, max: 25 }),
        bottom: fc.integer({ min: -2, max: 30 }),
        right: fc.integer({ min: -2, max: 25 }),
      }),
      { maxLength: 6 },
    ),
    originRow: fc.integer({ min: 0, max: 5 }),
    originCol: fc.integer({ min: 0, max: 5 }),
    name: fc.string({ maxLength: 31 }),
  })
  .map(({ rows, merges, originRow, originCol, name }) => ({
    name,
    origin: { row: originRow, col: originCol },
    values: rows.map((r) => r.map((c) => c[0])),
    types: rows.map((r) => r.map((c) => c[1])),
    numberFormats: rows.map((r) => r.map((c) => c[2])),
    merges,
    fonts: rows.map((r) => r.map((c) => c[3])),
  }));

/** A real sheet with random cells overwritten: malformed, but close enough to be recognised. */
const damaged: fc.Arbitrary<SheetSnapshot> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 25 }), value, type), {
      maxLength: 40,
    }),
  )
  .map(([legacy, edits]) => {
    const s = levelSheet({ rows: xuanThangUnits(), ...(legacy ? { encodeText: encodeTcvn3 } : {}) });
    for (const [r, c, v, t] of edits) {
      const row = s.values[r];
      if (row && c < row.length) {
        row[c] = v;
        s.types[r]![c] = t;
      }
    }
    return s;
  });

describe("the engine never throws on data", () => {
  test("no generated grid, however malformed, makes validation or messages throw", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(sheet, damaged), { maxLength: 3 }), (sheets) => {
        const { issues } = validateWorkbook({ sheets });
        for (const issue of issues) {
          expect(describeIssue(issue, "vi")).not.toContain("undefined");
          describeIssue(issue, "en");
        }
      }),
      { numRuns: 300 },
    );
  });
});
