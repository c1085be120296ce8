import fs from "fs";
import path from "path";
import { validateWorkbook } from "../../src/core/validate";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { validateJson } from "../../src/cli/report";
import type { Issue, RuleId } from "../../src/core/issues/Issue";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { CO_DO_FORM6, CO_DO_FORM7, HAND_FIRST_ROW, formLines, handColumn, handForm } from "../builders/officialForm";
import type { Form6Key, Form7Key } from "../../src/core/official/forms";
import { encodeTcvn3 } from "../../src/core/text/encodeLegacy";

const validate = (sheets: SheetSnapshot[]) => validateWorkbook({ sheets });
const of = (issues: Issue[], rule: RuleId) => issues.filter((i) => i.rule === rule);
/** An issue's parameters as plain data, for tests across rules. */
const params = (i: Issue) => i.params as unknown as Record<string, string | number>;
const rowOf = (form: 6 | 7, key: string) => HAND_FIRST_ROW + formLines(form).findIndex(([, k]) => k === key);
const form6 = (extra: Partial<Parameters<typeof handForm<Form6Key>>[0]> = {}) =>
  handForm<Form6Key>({ form: 6, figures: CO_DO_FORM6, ...extra });
const form7 = (extra: Partial<Parameters<typeof handForm<Form7Key>>[0]> = {}) =>
  handForm<Form7Key>({ form: 7, figures: CO_DO_FORM7, ...extra });

describe("a hand-typed Biểu 6 and Biểu 7 in the official layout", () => {
  test("are recognised as the official forms, with organisation and year, and are clean", () => {
    const analysis = validate([form6(), form7({ textThousands: false })]);
    expect(analysis.issues).toEqual([]);
    const [s6, s7] = analysis.sheets;
    expect(s6).toMatchObject({ kind: "other", official: { sheet: { form: 6, year: 2022 } } });
    expect(s7).toMatchObject({ kind: "other", official: { sheet: { form: 7, year: 2022 } } });
    if (s6?.kind !== "other" || !s6.official) throw new Error("not read");
    expect(s6.official.sheet.organisation?.display).toBe("HUYỆN ỦY CỜ ĐỎ");
    const f6 = s6.official.forms.form6;
    expect(f6.total["partyCommittees.total"]).toBe(6);
    expect(f6.xa["cells.total"]).toBe(50);
    // Blank beside figures is 0; a line left wholly blank (no đảng bộ bộ phận typed) is unknown.
    expect(f6.police["cells.excellent"]).toBe(0);
    expect(f6.police["cells.newUnder6"]).toBe(0);
    expect(f6.total["sections.total"]).toBeNull();
    expect(f6.state["partyCells.newUnder6"]).toBe(1);
  });

  test('validate --json calls them kind "official" and names the form', () => {
    const json = validateJson([{ file: "co-do.xlsx", analysis: validate([form6(), form7()]) }], "vi");
    expect(json.files[0]!.sheets).toEqual([
      expect.objectContaining({
        name: "Biểu 6",
        kind: "official",
        form: "Biểu 6",
        organisation: "HUYỆN ỦY CỜ ĐỎ",
        year: 2022,
      }),
      expect.objectContaining({ name: "Biểu 7", kind: "official", form: "Biểu 7", year: 2022 }),
    ]);
  });

  test("the older Biểu 7A with a Tỷ lệ (%) column and counts typed as text (3.675) reads the same figures", () => {
    const plain = validate([form7()]);
    const older = validate([form7({ percentColumn: true, textThousands: true })]);
    expect(older.issues).toEqual([]);
    const read = (a: typeof plain) => (a.sheets[0]!.kind === "other" ? a.sheets[0]!.official?.forms.form7 : null);
    expect(read(older)).toEqual(read(plain));
    expect(read(older)!.total.present).toBe(1145);
  });

  test("a form typed in TCVN3 (.VnTime) is recognised once decoded, with the same figures", () => {
    const plain = validate([form7()]);
    const legacy = form7();
    legacy.values = legacy.values.map((r) => r.map((v) => (typeof v === "string" ? encodeTcvn3(v) : v)));
    legacy.fonts = legacy.values.map((r) => r.map((v) => (typeof v === "string" && v !== "" ? ".VnTime" : null)));
    expect(legacy.values[2]![3]).not.toContain("THỐNG KÊ");
    const read = validate([legacy]);
    const figures = (a: typeof plain) => (a.sheets[0]!.kind === "other" ? a.sheets[0]!.official?.forms : null);
    expect(figures(read)).toEqual(figures(plain));
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("[OFF-BLOCK-SUM] Biểu 6 line 1 ≠ 2 + 3, and Biểu 7 line 1 ≠ 2 + 3 + 4, at the cell of line 1", () => {
    const a = validate([
      form6({ set: { "cells.total": { xa: 51, total: 57 } } }),
      form7({ set: { present: { police: 121, total: 1146 } } }),
    ]);
    expect(of(a.issues, "OFF-BLOCK-SUM")).toEqual([
      expect.objectContaining({
        sheet: "Biểu 6",
        cell: { row: rowOf(6, "cells.total"), col: handColumn("total") },
        params: expect.objectContaining({ expected: 56, actual: 57 }),
      }),
      expect.objectContaining({
        sheet: "Biểu 6",
        cell: { row: rowOf(6, "cells.total"), col: handColumn("xa") },
        params: expect.objectContaining({ column: "Xã", expected: 50, actual: 51 }),
      }),
      expect.objectContaining({ sheet: "Biểu 7", cell: { row: rowOf(7, "present"), col: handColumn("total") } }),
      expect.objectContaining({
        sheet: "Biểu 7",
        cell: { row: rowOf(7, "present"), col: handColumn("police") },
        params: expect.objectContaining({ column: "Công an", expected: 120, actual: 121 }),
      }),
    ]);
  });

  test("[OFF-RATED-SUM] the rated line ≠ the sum of its four ratings", () => {
    const a = validate([form7({ set: { good: { xa: 699, total: 891 } } })]);
    expect(of(a.issues, "OFF-RATED-SUM").map((i) => [i.cell, i.params])).toEqual([
      [{ row: rowOf(7, "rated"), col: handColumn("total") }, expect.objectContaining({ expected: 1108, actual: 1109 })],
      [{ row: rowOf(7, "rated"), col: handColumn("xa") }, expect.objectContaining({ expected: 869, actual: 870 })],
    ]);
  });

  test("[OFF-TYPE-SUM] Tổng số ≠ the sum of the type columns, and a group's Tổng số ≠ its parts", () => {
    // 3 chi bộ cơ sở of state agencies, 4 of public service units: typed 9 in Tổng số, 5 in the group.
    const a = validate([form6({ set: { "partyCells.total": { total: 9, service: 5 } } })]);
    expect(
      of(a.issues, "OFF-TYPE-SUM").map((i) => [i.cell, params(i).column, params(i).expected, params(i).actual]),
    ).toEqual([
      [{ row: rowOf(6, "partyCells.total"), col: handColumn("total") }, "Tổng số", 8, 9],
      [{ row: rowOf(6, "partyCells.total"), col: handColumn("service") }, "Đơn vị sự nghiệp — Tổng số", 4, 5],
    ]);
  });

  test('[OFF-PART-OVER] a "trong đó" line larger than its line', () => {
    const a = validate([
      form6({ set: { "partyCells.newUnder6": { state: 2, total: 2 } } }),
      form7({ set: { failDisciplined: { xa: 6, total: 6 } } }),
    ]);
    expect(of(a.issues, "OFF-PART-OVER").map((i) => [i.sheet, i.cell, params(i).column])).toEqual([
      ["Biểu 6", { row: rowOf(6, "partyCells.newUnder6"), col: handColumn("total") }, "Tổng số"],
      ["Biểu 6", { row: rowOf(6, "partyCells.newUnder6"), col: handColumn("state") }, "Cơ quan Nhà nước"],
      ["Biểu 7", { row: rowOf(7, "failDisciplined"), col: handColumn("total") }, "Tổng số"],
      ["Biểu 7", { row: rowOf(7, "failDisciplined"), col: handColumn("xa") }, "Xã"],
    ]);
  });

  test("[OFF-NOT-NUMBER] a figure cell with a word in it is reported and not counted", () => {
    const a = validate([form7({ set: { exempt: { police: "không" } } })]);
    expect(of(a.issues, "OFF-NOT-NUMBER")).toEqual([
      expect.objectContaining({
        cell: { row: rowOf(7, "exempt"), col: handColumn("police") },
        params: expect.objectContaining({ text: "không" }),
      }),
    ]);
    // The sums that need the cell are not made: no false error on top of the real one.
    expect(a.issues.filter((i) => i.rule !== "OFF-NOT-NUMBER")).toEqual([]);
  });
});

describe("this project's own Biểu 6 and Biểu 7, read back", () => {
  test("the sample district's forms, written and read by the .xlsx adapter, are recognised, clean, and state the same figures", async () => {
    const dir = path.resolve(__dirname, "../../seeds/thoi-lai-2022");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
    const inputs = await Promise.all(
      files.map(async (f) => ({
        name: f,
        snapshot: await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, f))), f),
      })),
    );
    const result = summarizeWorkbooks(inputs);
    const back = await readWorkbookBytes(
      await writeLayouts(result.layouts.filter((l) => l.name.startsWith("Biểu"))),
      "forms.xlsx",
    );
    const analysis = validateWorkbook(back);
    expect(analysis.issues).toEqual([]);
    const [s6, s7] = analysis.sheets;
    if (s6?.kind !== "other" || s7?.kind !== "other") throw new Error("not read");
    expect(s6.official?.sheet.organisation?.display).toBe("HUYỆN ỦY THỚI LAI");
    expect(s6.official?.sheet.year).toBe(2022);
    expect(s6.official?.forms.form6).toEqual(result.official!.forms.form6);
    expect(s7.official?.forms.form7).toEqual(result.official!.forms.form7);
  });
});
