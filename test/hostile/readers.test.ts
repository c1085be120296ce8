import fs from "fs";
import path from "path";
import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { ReadError } from "../../src/xlsx/ReadError";
import { validateWorkbook } from "../../src/core/validate";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";
import { rawXlsx, workbookParts, worksheet, snapshotRows, mergesXml, rowXml, type Part } from "../builders/rawXlsx";
import { bigLevelSheetParts } from "../builders/bigLevelSheet";
import { xeploai, tempDir, sha256, expectRefused } from "./runCli";

const sheet = levelSheet({ rows: xuanThangUnits() });
const expected = validateWorkbook({ sheets: [sheet] });

/** What the engine finds in a workbook read from bytes. */
async function findings(bytes: Uint8Array) {
  const book = await readWorkbookBytes(bytes, "t.xlsx");
  return { book, analysis: validateWorkbook(book) };
}

async function refusal(bytes: Uint8Array): Promise<ReadError> {
  try {
    await readWorkbookBytes(bytes, "t.xlsx");
  } catch (err) {
    if (err instanceof ReadError) return err;
    throw err;
  }
  throw new Error("read without a refusal");
}

function levelParts(options: Parameters<typeof workbookParts>[1] & { addresses?: boolean } = {}) {
  return workbookParts(
    [{ name: sheet.name, xml: worksheet(snapshotRows(sheet, options), options, mergesXml(sheet, options)) }],
    options,
  );
}

describe("files that are fine are read, not refused", () => {
  test("openpyxl style: absolute relationship targets, with a comment and an Excel table beside the sheet", async () => {
    const parts: Record<string, Part> = {
      ...levelParts({ absoluteTargets: true }),
      "xl/comments/comment1.xml": `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>x</author></authors><commentList><comment ref="B8" authorId="0"><text><t>ghi chú</t></text></comment></commentList></comments>`,
      "xl/tables/table1.xml": `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" ref="A7:U20"/>`,
      "xl/worksheets/_rels/sheet1.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/table1.xml"/></Relationships>`,
    };
    const { analysis } = await findings(await rawXlsx(parts));
    expect(analysis.sheets.map((s) => s.kind)).toEqual(["level"]);
    expect(analysis.issues).toEqual(expected.issues);
  });

  test("an `x:` namespace prefix (OpenXML SDK) and rows and cells without addresses", async () => {
    for (const options of [{ prefix: "x" }, { addresses: false }, { prefix: "x", addresses: false }]) {
      const { book, analysis } = await findings(await rawXlsx(levelParts(options)));
      expect(analysis.sheets.map((s) => s.kind)).toEqual(["level"]);
      expect(analysis.issues).toEqual(expected.issues);
      expect(book.sheets[0]!.values).toEqual(sheet.values);
    }
  });

  test("a chart sheet is listed as a sheet that is not a level sheet; the level sheet is read", async () => {
    const parts = workbookParts([
      { name: "Biểu đồ", chart: true },
      { name: sheet.name, xml: worksheet(snapshotRows(sheet), {}, mergesXml(sheet)) },
    ]);
    const { analysis } = await findings(await rawXlsx(parts));
    expect(analysis.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Biểu đồ", "other"],
      [sheet.name, "level"],
    ]);
  });

  test("a good .xls whose text says EncryptedPackage is read, not called password-protected", async () => {
    const units = xuanThangUnits();
    units[0]!.note = "EncryptedPackage";
    const snap = levelSheet({ rows: units });
    const bytes = writeWithSheetJS([snap], "biff8");
    const book = await readWorkbookBytes(bytes, "t.xls");
    expect(validateWorkbook(book).sheets[0]!.kind).toBe("level");
    // And a real encrypted package (an OLE container with the stream) is still refused.
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.from("x"));
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(5000));
    const encrypted = new Uint8Array(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
    expect((await refusal(encrypted)).code).toBe("encrypted");
  });

  test("a second table lower on the sheet: its cells are in the snapshot (the reader drops nothing)", async () => {
    const second = snapshotRows({ ...sheet, origin: { row: sheet.values.length + 30, col: 0 } });
    const parts = workbookParts([
      { name: "Hai bảng", xml: worksheet([...snapshotRows(sheet), ...second], {}, mergesXml(sheet)) },
    ]);
    const { book } = await findings(await rawXlsx(parts));
    const s = book.sheets[0]!;
    expect(s.values.length).toBe(sheet.values.length * 2 + 30);
    expect(s.values.slice(sheet.values.length + 30)).toEqual(sheet.values);
  });

  test("a formula without a cached result reads blank and is listed with its text; a cached 0 reads 0", async () => {
    const rows = [`<row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>A1*2</f></c><c r="C1"><f>A1-A1</f><v>0</v></c></row>`];
    const { book } = await findings(await rawXlsx(workbookParts([{ name: "F", xml: worksheet(rows) }])));
    const s = book.sheets[0]!;
    expect(s.values[0]).toEqual([5, "", 0]);
    expect(s.types[0]).toEqual(["number", "empty", "number"]);
    expect(s.uncalculated).toEqual([{ row: 0, col: 1, formula: "A1*2" }]);
  });
});

describe("a stray cell far below the table costs nothing", () => {
  test("a space in U1048576 and formatting on a million rows: the same findings, rows shared, read at once", async () => {
    const far = rowXml(1_048_575, [...Array<string>(20).fill(""), " "]);
    const formatted = { head: "", piece: `<row><c s="1"/><c s="1"/></row>`.repeat(1000), times: 1000, tail: "" };
    const rows = function* () {
      yield* snapshotRows(sheet);
      yield far;
    };
    const parts = workbookParts([{ name: sheet.name, xml: worksheet(rows, {}, mergesXml(sheet)) }]);
    const { book, analysis } = await findings(await rawXlsx(parts));
    const s = book.sheets[0]!;
    expect(s.values.length).toBe(1_048_576);
    expect(s.values[1_048_575]![20]).toBe(" ");
    // The empty rows are one shared row, not a million arrays.
    expect(new Set(s.values.slice(sheet.values.length)).size).toBeLessThanOrEqual(2);
    expect(analysis.sheets[0]!.kind).toBe("level");
    // A million rows of formatting only (no value) add no row at all.
    const styled = workbookParts([{ name: sheet.name, xml: worksheet(snapshotRows(sheet), {}, mergesXml(sheet)) }]);
    const sheetPart = styled["xl/worksheets/sheet1.xml"] as () => Iterable<string>;
    styled["xl/worksheets/sheet1.xml"] = () =>
      (function* () {
        for (const piece of sheetPart()) {
          if (piece.endsWith("</worksheet>")) for (let i = 0; i < formatted.times; i++) yield formatted.piece;
          yield piece;
        }
      })();
    const plain = await findings(await rawXlsx(styled));
    expect(plain.book.sheets[0]!.values.length).toBe(sheet.values.length);
  }, 120_000);
});

describe("a stray figure at the sheet's last row", () => {
  test("[TPL-ROW-UNREAD] read through the streaming reader: reported at row 1.048.576, the rest as without it", async () => {
    const plain = await findings(await rawXlsx(bigLevelSheetParts(11)));
    const stray = await findings(
      await rawXlsx(bigLevelSheetParts(11, { strayAt: { row: 1_048_575, col: 20, text: 5 } })),
    );
    expect(stray.book.sheets[0]!.values).toHaveLength(1_048_576);
    const unread = stray.analysis.issues.filter((i) => i.rule === "TPL-ROW-UNREAD");
    expect(unread.map((i) => [i.range!.top, i.params])).toEqual([
      [1_048_575, expect.objectContaining({ numbers: 1, sum: 5, reason: "afterTable" })],
    ]);
    expect(stray.analysis.issues.filter((i) => i.rule !== "TPL-ROW-UNREAD")).toEqual(plain.analysis.issues);
  }, 60_000);
});

describe("a stray cell through the process", () => {
  test("U1048576 holding a space, and a defined name over the whole sheet: read, same report, under 1 GB", async () => {
    const dir = tempDir();
    const plain = path.join(dir, "plain.xlsx");
    const stray = path.join(dir, "stray.xlsx");
    fs.writeFileSync(plain, await rawXlsx(bigLevelSheetParts(11)));
    const parts = bigLevelSheetParts(11, { strayAt: { row: 1_048_575, col: 20, text: " " } });
    parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string).replace(
      "</sheets>",
      `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Lớn'!$A$1:$XFD$1048576</definedName></definedNames>`,
    );
    fs.writeFileSync(stray, await rawXlsx(parts));
    const hash = sha256(stray);
    const a = xeploai(["validate", plain, "--json"]);
    const b = xeploai(["validate", stray, "--json"]);
    expect(b.code).toBe(a.code);
    expect(b.stderr).toBe("");
    expect(JSON.parse(b.stdout).files[0].sheets).toEqual(JSON.parse(a.stdout).files[0].sheets);
    expect(b.peakMb).toBeLessThan(1024);
    expect(sha256(stray)).toBe(hash);
  }, 120_000);
});

describe("zip bombs and oversized packages are refused before they are read", () => {
  const sheetOf = (piece: string, times: number): Part => ({
    head: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
    piece,
    times,
    tail: `</sheetData></worksheet>`,
  });

  test("a sheet that expands to 2 GB, shared strings of 2 GB: too large, from the declared sizes", async () => {
    const big = "<row><c><v>1</v></c></row>".repeat(40_000); // ~1 MB
    const sheetBomb = workbookParts([{ name: "B", xml: sheetOf(big, 2100) }]);
    const err = await refusal(await rawXlsx(sheetBomb));
    expect(err.code).toBe("too-large");
    expect(err.describe("vi")).toMatch(/tệp quá lớn/);
    const strings = { ...workbookParts([{ name: "S" }]) };
    strings["xl/_rels/workbook.xml.rels"] = (strings["xl/_rels/workbook.xml.rels"] as string).replace(
      "</Relationships>",
      `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    strings["xl/sharedStrings.xml"] = {
      head: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
      piece: "<si><t>x</t></si>".repeat(60_000),
      times: 2100,
      tail: "</sst>",
    };
    expect((await refusal(await rawXlsx(strings))).code).toBe("too-large");
  }, 60_000);

  test("a package that lies about its sizes stops as soon as a part passes what it declared", async () => {
    const big = "<row><c><v>1</v></c></row>".repeat(40_000);
    const parts = workbookParts([{ name: "B", xml: sheetOf(big, 2100) }]);
    const lying = await rawXlsx(parts, { "xl/worksheets/sheet1.xml": 10_000 });
    const err = await refusal(lying);
    expect(err.code).toBe("corrupt");
    // Stopped at the declared 10.000 bytes, not after inflating gigabytes.
    expect(err.detail).toBe("xl/worksheets/sheet1.xml: larger than declared");
  }, 60_000);

  test("400 M cells in a few MB: too large, through the real process, quickly and in little memory", async () => {
    const dir = tempDir();
    const file = path.join(dir, "bomb.xlsx");
    const piece = "<row>" + "<c><v>1</v></c>".repeat(1000) + "</row>";
    fs.writeFileSync(file, await rawXlsx(workbookParts([{ name: "B", xml: sheetOf(piece.repeat(100), 4000) }])));
    const hash = sha256(file);
    const r = xeploai(["validate", file]);
    expectRefused(r, file, /tệp quá lớn để đọc/);
    expect(r.peakMb).toBeLessThan(300);
    const en = xeploai(["validate", file, "--lang", "en"]);
    expect(en.stderr).toMatch(/too large to read/);
    expect(sha256(file)).toBe(hash);
    expect(fs.readdirSync(dir)).toEqual(["bomb.xlsx"]);
  }, 60_000);
});

describe("what is not an .xlsx workbook says what it is", () => {
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const cases: [string, Record<string, Part>, RegExp][] = [
    [
      "xlsb",
      {
        "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
        "xl/workbook.bin": "binary",
      },
      /chưa được hỗ trợ.*\.xlsb/,
    ],
    [
      "ods",
      { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" },
      /chưa được hỗ trợ.*OpenDocument/,
    ],
    ["zip without a workbook", { "readme.txt": "hello" }, /chưa được hỗ trợ.*no xl\/workbook.xml/],
  ];
  test.each(cases)("%s: exit 2 with what the file is", async (name, parts, text) => {
    const dir = tempDir();
    const file = path.join(dir, `${name.replace(/ /g, "-")}.xlsx`);
    fs.writeFileSync(file, await rawXlsx(parts));
    expectRefused(xeploai(["validate", file]), file, text);
  });

  test("a workbook that lists a sheet whose part is missing: damaged, exit 2", async () => {
    const parts = workbookParts([{ name: "A" }]);
    delete parts["xl/worksheets/sheet1.xml"];
    const dir = tempDir();
    const file = path.join(dir, "no-sheet.xlsx");
    fs.writeFileSync(file, await rawXlsx(parts));
    expectRefused(xeploai(["validate", file]), file, /tệp Excel bị hỏng/);
  });
});

describe("large but real sheets", () => {
  test("a template sheet of 20.000 rows reads whole, through the process, in bounded memory", async () => {
    const dir = tempDir();
    const file = path.join(dir, "lon.xlsx");
    fs.writeFileSync(file, await rawXlsx(bigLevelSheetParts(20_000)));
    const r = xeploai(["validate", file, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].sheets[0].kind).toBe("level");
    expect(r.peakMb).toBeLessThan(1024);
  }, 120_000);
});

describe("a summary too large to write in one run", () => {
  test("a stray cell at U1048576 does not count as a million rows: the summary is written", async () => {
    const dir = tempDir();
    const file = path.join(dir, "xa.xlsx");
    fs.writeFileSync(file, await rawXlsx(bigLevelSheetParts(11, { strayAt: { row: 1_048_575, col: 20, text: " " } })));
    const out = path.join(dir, "tong-hop.xlsx");
    const r = xeploai(["summarize", file, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(r.peakMb).toBeLessThan(1024);
  }, 120_000);
});
