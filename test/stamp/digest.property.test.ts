import ExcelJS from "exceljs";
import fc from "fast-check";
import { recognizeSheet } from "../../src/core/recognize/recognizeSheet";
import { sheetDigest } from "../../src/core/stamp/sheetDigest";
import type { LevelSheet } from "../../src/core/model/SheetModel";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { levelSheet, type UnitFigures } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";

function level(snapshot: SheetSnapshot): LevelSheet {
  const sheet = recognizeSheet(snapshot);
  if (sheet.kind !== "level") throw new Error(`${snapshot.name} is not a level sheet`);
  return sheet;
}

/** The same cells through ExcelJS (the project's writer), formats dropped: another file, same figures. */
async function writeWithExcelJS(s: SheetSnapshot): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.name);
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (s.types[r]![c] !== "empty") ws.getCell(r + s.origin.row + 1, c + s.origin.col + 1).value = v;
    }),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const unitArb: fc.Arbitrary<UnitFigures> = fc.record({
  unit: fc.constantFrom("Chi bộ ấp Thới Hòa A", "Chi bộ ấp Thới Hòa B", "Chi bộ Trường học", "Chi bộ Quân sự"),
  excellent: fc.integer({ min: 0, max: 9 }),
  good: fc.integer({ min: 0, max: 40 }),
  complete: fc.integer({ min: 0, max: 5 }),
  fail: fc.integer({ min: 0, max: 2 }),
  unitRating: fc.constantFrom("Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"),
});
const unitsArb = fc.uniqueArray(unitArb, { minLength: 1, maxLength: 4, selector: (u) => u.unit });
const sheetOf = (rows: UnitFigures[], leadingRows = 0) =>
  levelSheet({ name: "Xuân Thắng", organisation: "ĐẢNG ỦY XÃ XUÂN THẮNG", year: 2022, rows, leadingRows });

describe("the sheet digest: what the engine reads, not how the file stores it", () => {
  test("the same figures saved by another writer or format (ExcelJS, SheetJS .xlsx and .xls, moved down) keep it", async () => {
    await fc.assert(
      fc.asyncProperty(unitsArb, fc.integer({ min: 0, max: 3 }), async (rows, shift) => {
        const snapshot = sheetOf(rows);
        const digest = sheetDigest(level(snapshot));
        expect(sheetDigest(level(sheetOf(rows, shift)))).toBe(digest);
        const files: [string, Uint8Array][] = [
          ["exceljs.xlsx", await writeWithExcelJS(snapshot)],
          ["sheetjs.xlsx", writeWithSheetJS([snapshot], "xlsx")],
          ["sheetjs.xls", writeWithSheetJS([snapshot], "biff8")],
        ];
        for (const [name, bytes] of files) {
          const read = await readWorkbookBytes(bytes, name);
          expect(sheetDigest(level(read.sheets[0]!))).toBe(digest);
        }
      }),
      { numRuns: 12 },
    );
  });

  test("a change of any figure, or of a unit's name, breaks it", () => {
    const figures = ["excellent", "good", "complete", "fail"] as const;
    fc.assert(
      fc.property(
        unitsArb,
        fc.nat(),
        fc.constantFrom(...figures),
        fc.integer({ min: 1, max: 5 }),
        (rows, i, key, by) => {
          const before = sheetDigest(level(sheetOf(rows)));
          const changed = rows.map((u, j) => (j === i % rows.length ? { ...u, [key]: u[key]! + by } : u));
          expect(sheetDigest(level(sheetOf(changed)))).not.toBe(before);
          const renamed = rows.map((u, j) => (j === i % rows.length ? { ...u, unit: `${u.unit} 2` } : u));
          expect(sheetDigest(level(sheetOf(renamed)))).not.toBe(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a change of a cell the rollup does not add (a typed share, a rating) breaks it too", () => {
    const rows: UnitFigures[] = [{ unit: "Chi bộ ấp A", excellent: 2, good: 10, complete: 1, fail: 0 }];
    const before = sheetDigest(level(sheetOf(rows)));
    expect(sheetDigest(level(sheetOf([{ ...rows[0]!, set: { excellentPct: 20 } }])))).not.toBe(before);
    expect(sheetDigest(level(sheetOf([{ ...rows[0]!, unitRating: "Hoàn thành nhiệm vụ" }])))).not.toBe(before);
  });

  test("text is compared after NFC: decomposed Vietnamese reads the same", () => {
    const nfc: UnitFigures[] = [{ unit: "Chi bộ ấp Thới Hòa", excellent: 1, good: 5 }];
    const nfd: UnitFigures[] = [{ unit: "Chi bộ ấp Thới Hòa".normalize("NFD"), excellent: 1, good: 5 }];
    expect(sheetDigest(level(sheetOf(nfd)))).toBe(sheetDigest(level(sheetOf(nfc))));
  });
});
