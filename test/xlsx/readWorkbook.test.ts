import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { ReadError } from "../../src/xlsx/ReadError";
import { validateWorkbook } from "../../src/core/validate";
import { recognizeSheet } from "../../src/core/recognize/recognizeSheet";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { writeLayouts } from "../../src/xlsx/writeLayouts";
import { addFlags } from "../../src/xlsx/writeXlsx";
import { summarizeWorkbooks } from "../../src/core/summarize";
import { flagsFromIssues } from "../../src/core/flags";

const seeds = path.resolve(__dirname, "../../seeds");
const read = (file: string) => readWorkbookBytes(new Uint8Array(fs.readFileSync(file)), path.basename(file));

describe("the .xlsx adapter reads Excel's own view of each cell", () => {
  test("a sample workbook written by the project's writer: formulas read as their cached results", async () => {
    const snapshot = await read(path.join(seeds, "thoi-lai-2022/13-xuan-thang.xlsx"));
    const sheet = recognizeSheet(snapshot.sheets[0]!);
    expect(sheet.kind).toBe("level");
    if (sheet.kind !== "level") return;
    expect(sheet.rows).toHaveLength(11);
    // "subject" is a formula (members − exempt − …) in the file: the reader gives its value.
    expect(sheet.rows[0]!.cells.subject).toMatchObject({ kind: "number", value: 18 });
    expect(sheet.totalRow!.cells.rated).toMatchObject({ kind: "number", value: 166 });
    expect(sheet.title.organisation?.display).toBe("ĐẢNG ỦY XÃ XUÂN THẮNG");
  });

  test("merged header cells: the first cell holds the label, the others read blank", async () => {
    const snapshot = await read(path.join(seeds, "thoi-lai-2022/13-xuan-thang.xlsx"));
    const s = snapshot.sheets[0]!;
    const merge = s.merges.find((m) => m.top === 6 && m.right > m.left)!;
    expect(merge).toBeDefined();
    expect(s.values[merge.top]![merge.left]).not.toBe("");
    expect(s.values[merge.top]![merge.left + 1]).toBe("");
    expect(s.types[merge.top]![merge.left + 1]).toBe("empty");
  });

  test("a workbook written by another tool (SheetJS), with formulas, an error cell and merges", async () => {
    const units = xuanThangUnits();
    units[2]!.set = { subject: { error: "#REF!" } };
    const snap = levelSheet({ rows: units });
    const bytes = writeWithSheetJS([snap], "xlsx", { [snap.name]: { J8: "H8-I8" } });
    const read2 = await readWorkbookBytes(bytes, "sheetjs.xlsx");
    const { issues, sheets } = validateWorkbook(read2);
    expect(sheets[0]!.kind).toBe("level");
    expect(issues.map((i) => i.rule)).toEqual(["CELL-ERROR-VALUE"]);
    expect(read2.sheets[0]!.merges.length).toBe(snap.merges.length);
  });

  test("dates read as Excel serial numbers", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("D").getCell("A1").value = new Date(Date.UTC(2022, 10, 28));
    const snapshot = await readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), "dates.xlsx");
    expect(snapshot.sheets[0]!.values[0]![0]).toBe(44893); // 28/11/2022
    expect(snapshot.sheets[0]!.types[0]![0]).toBe("number");
  });

  test("the legacy .xls format (Excel 97-2003) reads to the same findings", async () => {
    const units = xuanThangUnits();
    units[1]!.set = { members: "1.234" };
    const snap = levelSheet({ rows: units });
    const fromXls = await readWorkbookBytes(writeWithSheetJS([snap], "biff8"), "old.xls");
    const direct = validateWorkbook({ sheets: [snap] }).issues.map((i) => [i.rule, i.cell]);
    expect(validateWorkbook(fromXls).issues.map((i) => [i.rule, i.cell])).toEqual(direct);
    expect(direct.map((d) => d[0])).toContain("CELL-NUMBER-AS-TEXT");
  });

  test("a summary written and read back is a valid level sheet with its flags as conditional formats", async () => {
    const dir = path.join(seeds, "thoi-lai-2022");
    const inputs = await Promise.all(
      fs.readdirSync(dir).map(async (f) => ({ name: f, snapshot: await read(path.join(dir, f)) })),
    );
    const result = summarizeWorkbooks(inputs);
    const bytes = await writeLayouts(result.layouts);
    const back = await readWorkbookBytes(bytes, "summary.xlsx");
    const again = validateWorkbook(back);
    expect(again.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Tổng hợp", "level"],
      ["Tình hình nộp biểu", "other"],
      ["Đoạn báo cáo", "other"],
      ["Biểu 6", "other"],
      ["Biểu 7", "other"],
    ]);
    expect(again.issues.filter((i) => i.severity !== "info")).toEqual([]);
    // Flags travel with the file as conditional formats.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    addFlags(
      wb,
      flagsFromIssues([
        {
          rule: "CELL-REQUIRED",
          severity: "error",
          sheet: "Tổng hợp",
          cell: { row: 10, col: 3 },
          params: { column: "exempt", unit: "" },
        },
      ]),
    );
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const cf = (
      reloaded.getWorksheet("Tổng hợp") as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cf).toEqual([
      expect.objectContaining({
        ref: "D11",
        rules: [expect.objectContaining({ formulae: ['AND(N("xeploai")=0,LEN(TRIM(D11))=0)'] })],
      }),
    ]);
  });
});

describe("a file that cannot be read is a clear error naming it", () => {
  test("a damaged .xlsx", async () => {
    const good = fs.readFileSync(path.join(seeds, "thoi-lai-2022/13-xuan-thang.xlsx"));
    await expect(readWorkbookBytes(new Uint8Array(good.subarray(0, 2000)), "hong.xlsx")).rejects.toMatchObject({
      name: "ReadError",
      code: "corrupt",
      file: "hong.xlsx",
    });
  });

  test("a password-protected workbook (an encrypted OOXML package)", async () => {
    const XLSX = await import("@e965/xlsx");
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", new Uint8Array([4, 0, 4, 0]));
    XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", new Uint8Array(64));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
    const err = await readWorkbookBytes(bytes, "mat-khau.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe("encrypted");
    expect((err as ReadError).describe("vi")).toBe(
      "mat-khau.xlsx: tệp có mật khẩu; hãy gỡ mật khẩu trong Excel rồi thử lại",
    );
  });

  test("something that is not a workbook", async () => {
    await expect(readWorkbookBytes(new TextEncoder().encode("STT,Tên chi bộ\n1,A"), "bieu.csv")).rejects.toMatchObject({
      code: "not-a-workbook",
      file: "bieu.csv",
    });
  });
});
