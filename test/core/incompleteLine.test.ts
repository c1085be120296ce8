import fs from "fs";
import path from "path";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { summarizeWorkbooks } from "../../src/core/summarize";

const seeds = path.resolve(__dirname, "../../seeds/thoi-lai-2022");

async function district(skip: RegExp) {
  const files = fs
    .readdirSync(seeds)
    .sort()
    .filter((f) => !skip.test(f));
  return Promise.all(
    files.map(async (f) => ({
      name: f,
      snapshot: await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(seeds, f))), f),
    })),
  );
}

describe("incomplete means incomplete: the summary sheet says so under its title", () => {
  test("two communes missing: 'Đã nộp 42/44 đơn vị — số liệu chưa đủ', naming them, under the title", async () => {
    const r = summarizeWorkbooks(await district(/0[23]-dong-/));
    const top = r.layouts[0]!;
    const line = top.cells.find((c) => c.row === 5 && c.col === 0);
    expect(line?.value).toBe(
      "Đã nộp 42/44 đơn vị — số liệu chưa đủ (chưa nộp: ĐẢNG ỦY XÃ ĐÔNG BÌNH, ĐẢNG ỦY XÃ ĐÔNG THUẬN)",
    );
    // Under the title (row 5), above the header: the line spans the table.
    expect(top.cells.find((c) => c.row === 4 && c.col === 0)?.value).toMatch(/^TỔNG HỢP KẾT QUẢ/);
    expect(top.merges).toContainEqual({ top: 5, bottom: 5, left: 0, right: top.columnWidths.length - 1 });
  });

  test("every unit reported: no such line", async () => {
    const r = summarizeWorkbooks(await district(/^$/));
    expect(r.layouts[0]!.cells.some((c) => c.row === 5)).toBe(false);
  });
});
