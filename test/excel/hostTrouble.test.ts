/** @jest-environment jsdom */
import { createOfficePort } from "../../src/excel/officePort";
import { validateWorkbook } from "../../src/core/validate";
import { flagsFromIssues } from "../../src/core/flags";
import type { Issue } from "../../src/core/issues/Issue";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { describeIssue } from "../../src/core/issues/describeIssue";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import { recordingHost } from "./recordingHost/recordingHost";
import { EDIT_MODE_TRIES } from "../../src/excel/editMode";

const faulty = (name: string) => {
  const units = xuanThangUnits();
  units[0]!.set = { good: "" };
  return levelSheet({ name, rows: units });
};
const noWait = () => Promise.resolve();

/** Kiểm tra as the pane runs it; returns the issue list it would show. */
async function check(host: ReturnType<typeof recordingHost>): Promise<Issue[]> {
  let issues: Issue[] = [];
  await createOfficePort(host.run, noWait).checkAndFlag((snap: WorkbookSnapshot) => {
    issues = validateWorkbook(snap).issues;
    return flagsFromIssues(issues);
  });
  return issues;
}
const painted = (host: ReturnType<typeof recordingHost>, i: number) =>
  host.model.sheets[i]!.formats.filter((f) => !f.deleted).length;
const skipped = (issues: Issue[]) =>
  issues.filter((i) => i.rule === "HOST-SHEET-SKIPPED").map((i) => [i.sheet, describeIssue(i, "vi")]);

describe("Kiểm tra where Excel will not let it do everything: the other sheets' issue list is never lost", () => {
  test("[HOST-SHEET-SKIPPED] a protected sheet is checked and named, not painted; the others are painted", async () => {
    const host = recordingHost([faulty("Khóa"), faulty("Mở")]);
    host.model.sheets[0]!.protected = true;
    const issues = await check(host);
    expect(issues.filter((i) => i.rule === "CELL-REQUIRED").map((i) => i.sheet)).toEqual(["Khóa", "Mở"]);
    expect(skipped(issues)).toEqual([["Khóa", expect.stringContaining("trang đang được bảo vệ")]]);
    expect(painted(host, 0)).toBe(0);
    expect(painted(host, 1)).toBeGreaterThan(0);
  });

  test("[HOST-SHEET-SKIPPED] conditional formats Excel cannot describe: checked, named, not painted (no flag doubled)", async () => {
    const host = recordingHost([faulty("Lạ"), faulty("Thường")]);
    host.model.sheets[0]!.unreadableFormats = true;
    const issues = await check(host);
    expect(issues.filter((i) => i.rule === "CELL-REQUIRED").map((i) => i.sheet)).toEqual(["Lạ", "Thường"]);
    expect(skipped(issues)).toEqual([["Lạ", expect.stringContaining("định dạng có điều kiện")]]);
    expect(painted(host, 0)).toBe(0);
    expect(painted(host, 1)).toBeGreaterThan(0);
  });

  test("[HOST-SHEET-SKIPPED] a used range over 5 million cells is named and not read; the others are checked", async () => {
    const host = recordingHost([faulty("Rộng"), faulty("Thường")]);
    host.model.sheets[0]!.declaredUsed = { top: 0, left: 0, bottom: 1_048_575, right: 20 };
    const issues = await check(host);
    expect(skipped(issues)).toEqual([["Rộng", expect.stringContaining("5 triệu ô")]]);
    expect(issues.filter((i) => i.rule === "CELL-REQUIRED").map((i) => i.sheet)).toEqual(["Thường"]);
    expect(painted(host, 1)).toBeGreaterThan(0);
    expect(host.requests.filter((r) => !r.refused).every((r) => r.responseBytes < 5_000_000)).toBe(true);
  });

  test("over 512 merged areas: the merges are read in bands, the snapshot is the same as with few", async () => {
    const sheet = faulty("Gộp");
    const width = sheet.values[0]!.length;
    // 700 merged pairs below the table (notes typed across two cells), as some real forms have.
    const extraRows = 350;
    for (let r = 0; r < extraRows; r++) {
      sheet.values.push(Array<string>(width).fill(""));
      sheet.types.push(Array(width).fill("empty"));
      sheet.numberFormats.push(Array<string>(width).fill("General"));
      sheet.fonts.push(Array(width).fill(null));
    }
    const first = sheet.values.length - extraRows;
    for (let r = 0; r < extraRows; r++)
      for (const c of [0, 2]) sheet.merges.push({ top: first + r, bottom: first + r, left: c, right: c + 1 });
    const host = recordingHost([sheet]);
    let merges = 0;
    await createOfficePort(host.run, noWait).checkAndFlag((snap) => {
      merges = snap.sheets[0]!.merges.length;
      return flagsFromIssues(validateWorkbook(snap).issues);
    });
    expect(merges).toBe(sheet.merges.length);
    expect(painted(host, 0)).toBeGreaterThan(0);
  });

  test("in cell-edit mode the action waits and runs again; past the wait, Excel's error reaches the pane", async () => {
    const host = recordingHost([faulty("Sửa")]);
    host.model.editing = 3;
    const issues = await check(host);
    expect(issues.some((i) => i.rule === "CELL-REQUIRED")).toBe(true);
    expect(painted(host, 0)).toBeGreaterThan(0);
    host.model.editing = EDIT_MODE_TRIES;
    await expect(check(host)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("Nhập biểu", () => {
  test("one workbook per request: a file Excel refuses is named with its reason, the others go in", async () => {
    const host = recordingHost([faulty("Xã 1")]);
    host.model.refuse = (base64) => base64 === "AAAA";
    const port = createOfficePort(host.run, noWait);
    const files = [
      { name: "a.xlsx", bytes: new Uint8Array([80, 75, 3, 4]), sheetNames: ["A"] },
      { name: "hong.xlsx", bytes: new Uint8Array([0, 0, 0]), sheetNames: ["H"] },
      { name: "c.xlsx", bytes: new Uint8Array([80, 75, 5, 6]), sheetNames: ["C"] },
    ];
    await expect(port.importWorkbooks(files)).rejects.toMatchObject({
      message: expect.stringMatching(/^hong\.xlsx: /),
      added: ["A", "C"],
    });
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Xã 1", "A", "C"]);
    // The list; one request per workbook; the names after.
    expect(host.requests).toHaveLength(1 + 3 + 1);
  });

  test("not offered where insertWorksheetsFromBase64 (ExcelApi 1.13) is missing", async () => {
    const host = recordingHost([faulty("Xã 1")], { api: "1.12" });
    const port = createOfficePort(host.run, noWait);
    expect(port.capabilities.importSheets).toBe(false);
    await expect(port.importWorkbooks([{ name: "a.xlsx", bytes: new Uint8Array([1]) }])).rejects.toThrow(/1\.13/);
    expect(host.requests).toHaveLength(0);
  });
});

describe("Xóa đánh dấu where Excel will not let it do everything", () => {
  test("removes the flags it can, leaves those of a protected sheet or unreadable formats, never fails", async () => {
    const host = recordingHost([faulty("Một"), faulty("Khóa"), faulty("Lạ")]);
    const port = createOfficePort(host.run, noWait);
    await check(host);
    const before = [0, 1, 2].map((i) => painted(host, i));
    host.model.sheets[1]!.protected = true;
    host.model.sheets[2]!.unreadableFormats = true;
    expect(await port.clearFlags()).toBe(before[0]);
    expect([0, 1, 2].map((i) => painted(host, i))).toEqual([0, before[1], before[2]]);
  });
});
