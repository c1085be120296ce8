import fs from "fs";
import path from "path";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { summarizeWorkbooks, type WorkbookInput } from "../../src/core/summarize";
import { nodeJson } from "../../src/cli/nodeJson";
import { COLUMN_IDS } from "../../src/core/official/columns";
import {
  FORM6_KEYS,
  FORM7_KEYS,
  type Form6Key,
  type Form7Key,
  type OfficialForms,
} from "../../src/core/official/forms";
import { CO_DO_FORM6, CO_DO_FORM7, handForm, type HandFormSpec } from "../builders/officialForm";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { levelSheet } from "../builders/levelSheet";
import type { Issue } from "../../src/core/issues/Issue";

const params = (i: Issue) => i.params as unknown as Record<string, string | number>;

function scaled<K extends string>(figures: HandFormSpec<K>["figures"], k: number): HandFormSpec<K>["figures"] {
  return Object.fromEntries(
    Object.entries(figures).map(([key, byType]) => [
      key,
      Object.fromEntries(Object.entries(byType as Record<string, number>).map(([t, n]) => [t, n * k])),
    ]),
  ) as HandFormSpec<K>["figures"];
}

/** A district's two forms typed by hand, written by SheetJS (not this project's writer), read by the adapter. */
async function district(organisation: string, k: number, file: string): Promise<WorkbookInput> {
  const sheets = [
    handForm<Form6Key>({ form: 6, organisation, figures: scaled(CO_DO_FORM6, k) }),
    handForm<Form7Key>({ form: 7, organisation, figures: scaled(CO_DO_FORM7, k), textThousands: true }),
  ];
  return { name: file, snapshot: await readWorkbookBytes(writeWithSheetJS(sheets, "xlsx"), file) };
}

const sumOf = (a: OfficialForms, b: OfficialForms, form: "form6" | "form7", keys: readonly string[]) => {
  const out: Record<string, Record<string, number | null>> = {};
  for (const c of COLUMN_IDS)
    for (const k of keys) {
      const x = (a[form][c] as Record<string, number | null>)[k]!;
      const y = (b[form][c] as Record<string, number | null>)[k]!;
      (out[c] ??= {})[k] = x === null || y === null ? null : x + y;
    }
  return out;
};

describe("Tổng hợp of districts' Biểu 6/7 (a province's work)", () => {
  let coDo: WorkbookInput;
  let phongDien: WorkbookInput;
  beforeAll(async () => {
    coDo = await district("HUYỆN ỦY CỜ ĐỎ", 1, "co-do.xlsx");
    phongDien = await district("HUYỆN ỦY PHONG ĐIỀN", 2, "phong-dien.xlsx");
  });

  test("a workbook of hand-typed forms written by a second writer (SheetJS) validates clean", () => {
    const result = summarizeWorkbooks([coDo]);
    expect(result.issues).toEqual([]);
    expect(result.root!.name).toBe("HUYỆN ỦY CỜ ĐỎ");
    expect(result.official!.forms.form7.total.rated).toBe(1109);
  });

  test("the forms are summed column by column, and the JSON root carries the same figures as for level sheets", () => {
    const alone = (i: WorkbookInput) => summarizeWorkbooks([i]).official!.forms;
    const result = summarizeWorkbooks([coDo, phongDien]);
    expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const forms = result.official!.forms;
    expect(forms.form6).toEqual(sumOf(alone(coDo), alone(phongDien), "form6", FORM6_KEYS));
    expect(forms.form7).toEqual(sumOf(alone(coDo), alone(phongDien), "form7", FORM7_KEYS));
    expect(forms.form7.xa.present).toBe(2700);
    const root = nodeJson(result.root!);
    expect(root).toMatchObject({ members: 3 * 1145, rated: 3 * 1109, excellent: 3 * 135, good: 3 * 892 });
    expect(root.organisations.grassroots).toMatchObject({ total: 3 * 13, rated: 3 * 12 });
    expect(root.organisations.cells).toMatchObject({ total: 3 * 56, rated: 3 * 55 });
    expect(root.children.map((c) => c.name)).toEqual(["HUYỆN ỦY CỜ ĐỎ", "HUYỆN ỦY PHONG ĐIỀN"]);
    // Tình hình nộp biểu lists who sent forms.
    expect(result.completeness.map((r) => [r.unit, r.sheet, r.status])).toEqual([
      ["HUYỆN ỦY CỜ ĐỎ", "Biểu 6, Biểu 7", "reported"],
      ["HUYỆN ỦY PHONG ĐIỀN", "Biểu 6, Biểu 7", "reported"],
    ]);
    // The province's own forms are written with both districts in them.
    expect(result.layouts.map((l) => l.name)).toEqual(expect.arrayContaining(["Tổng hợp", "Biểu 6", "Biểu 7"]));
  });

  test("forms and level sheets together: the sample district's sheets beside a district's forms", async () => {
    const dir = path.resolve(__dirname, "../../seeds/thoi-lai-2022");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
    const thoiLai = await Promise.all(
      files.map(async (f) => ({
        name: f,
        snapshot: await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, f))), f),
      })),
    );
    const result = summarizeWorkbooks([...thoiLai, coDo]);
    expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const root = result.root!;
    expect(root.figures.rated).toBe(3675 + 1109);
    expect(root.organisations.grassroots.total).toBe(44 + 13);
    expect(root.organisations.cells.total).toBe(207 + 56);
    const forms = result.official!.forms;
    expect(forms.form7.total.rated).toBe(3675 + 1109);
    expect((forms.form6.total["partyCommittees.total"] ?? 0) + (forms.form6.total["partyCells.total"] ?? 0)).toBe(57);
    expect(forms.form6.total["cells.total"]).toBe(207 + 56);
  });

  test("[HIER-AMBIGUOUS] a second Biểu 7 of the same district is reported, not counted twice", async () => {
    const twice = await district("HUYỆN ỦY CỜ ĐỎ", 1, "co-do-2.xlsx");
    const result = summarizeWorkbooks([coDo, twice]);
    expect(result.issues.filter((i) => i.rule === "HIER-AMBIGUOUS").map((i) => [i.workbook, i.sheet])).toEqual([
      ["co-do-2.xlsx", "Biểu 6"],
      ["co-do-2.xlsx", "Biểu 7"],
    ]);
    expect(result.official!.forms.form7.total.rated).toBe(1109);
  });

  test("[OFF-MISMATCH] a district's whole output workbook (summaries and forms) sums once; forms that disagree are reported", async () => {
    const dir = path.resolve(__dirname, "../../seeds/thoi-lai-2022");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
    const inputs = await Promise.all(
      files.map(async (f) => ({
        name: f,
        snapshot: await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(dir, f))), f),
      })),
    );
    const district = summarizeWorkbooks(inputs);
    const sent = await readWorkbookBytes(await writeLayouts(district.layouts), "thoi-lai-tong-hop.xlsx");
    const province = summarizeWorkbooks([{ name: "thoi-lai-tong-hop.xlsx", snapshot: sent }]);
    expect(province.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(province.root!.figures.rated).toBe(3675);
    expect(province.official!.forms).toEqual(district.official!.forms);

    // The clerk changed Biểu 7's rated line by hand, and its HTTNV line.
    const tampered = district.layouts.map((l) =>
      l.name !== "Biểu 7"
        ? l
        : {
            ...l,
            cells: l.cells.map((c) =>
              c.col === 1 && (c.value === 3675 || c.value === 3063)
                ? { ...c, value: (c.value as number) - 1, formula: undefined }
                : c,
            ),
          },
    );
    const again = await readWorkbookBytes(await writeLayouts(tampered), "thoi-lai-tong-hop.xlsx");
    const mismatched = summarizeWorkbooks([{ name: "thoi-lai-tong-hop.xlsx", snapshot: again }]).issues.filter(
      (i) => i.rule === "OFF-MISMATCH",
    );
    expect(mismatched.map((i) => [i.sheet, params(i).row, params(i).expected, params(i).actual])).toEqual([
      ["Biểu 7", "4. Số đã KĐ, ĐG, XL chất lượng", 3675, 3674],
      ["Biểu 7", "- Đảng viên HTTNV", 3063, 3062],
    ]);
  });

  test("[OFF-MISMATCH] a province sheet's row for a district is compared with the district's forms, on what the row states", () => {
    // Cờ Đỏ's forms: 1.145 present, 23 exempt, 13 not rated, 1.109 rated (135, 892, 77, 5).
    const row = { unit: "Huyện ủy Cờ Đỏ", exempt: 23, notRated: 13, excellent: 135, good: 892, complete: 77, fail: 5 };
    const province = (good: number) =>
      levelSheet({
        name: "Tỉnh",
        organisation: "TỈNH ỦY CẦN THƠ",
        parent: "BAN CHẤP HÀNH TRUNG ƯƠNG",
        unitLabel: "Tên tổ chức đảng",
        rows: [{ ...row, good }],
      });
    const run = (good: number) =>
      summarizeWorkbooks([coDo, { name: "tinh.xlsx", snapshot: { sheets: [province(good)] } }]).issues.filter(
        (i) => i.rule === "OFF-MISMATCH",
      );
    expect(run(892)).toEqual([]);
    // The district sent no level sheet, but its forms: it has reported.
    const all = summarizeWorkbooks([coDo, { name: "tinh.xlsx", snapshot: { sheets: [province(892)] } }]);
    expect(all.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(all.completeness.find((r) => r.unit === "Huyện ủy Cờ Đỏ")?.status).toBe("reported");
    expect(run(891).map((i) => [i.workbook, i.sheet, params(i).row, params(i).expected, params(i).actual])).toEqual([
      ["co-do.xlsx", "Biểu 7", "1. Số có mặt đến thời điểm KĐ, ĐG, XL chất lượng (1 = 2+3+4)", 1144, 1145],
      ["co-do.xlsx", "Biểu 7", "4. Số đã KĐ, ĐG, XL chất lượng", 1108, 1109],
      ["co-do.xlsx", "Biểu 7", "- Đảng viên HTTNV", 891, 892],
    ]);
  });
});
