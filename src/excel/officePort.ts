import type { PickedFile, WorkbookPort } from "../core/port";
import type { CellRef } from "../core/snapshot";
import { a1 } from "../core/issues/a1";
import { readWorkbook } from "./readWorkbook";
import { queueFlags } from "./flags";
import { queueLayout } from "./writeSheets";
import { finishFormatLoad, ourFormats, queueFormatLoad } from "./ourFormats";

/** How the port reaches Excel: Excel.run, or a test's mock context. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const excelRun: ExcelRunner = (batch) => Excel.run((context) => batch(context));

/** Base64 of bytes, without Node's Buffer (the pane runs in a browser). */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The WorkbookPort over the open workbook. Kiểm tra takes three round trips (the sheet list; the
 * data with merges, ownership and old flags; the new flags), Tổng hợp three (list; data; the
 * summaries), whatever the number of sheets or rows, except the fonts of legacy-looking text and
 * workbooks too large for one request.
 */
export function createOfficePort(run: ExcelRunner = excelRun): WorkbookPort {
  return {
    capabilities: { importSheets: Office.context.requirements.isSetSupported("ExcelApi", "1.13") },

    checkAndFlag: (analyse) =>
      run(async (context) => {
        const read = await readWorkbook(context, { withFlags: true });
        queueFlags(context, read.ourFormats, await analyse(read.snapshot));
        await context.sync();
        return read.snapshot;
      }),

    summarizeInto: (build) =>
      run(async (context) => {
        const read = await readWorkbook(context, { withFlags: false });
        const layouts = await build(read.snapshot, { all: read.names, owned: read.owned });
        for (const layout of layouts) {
          queueLayout(context, layout, read.owned.includes(layout.name), read.names.includes(layout.name));
        }
        const first = layouts[0];
        if (first) context.workbook.worksheets.getItem(first.name).activate();
        await context.sync();
        return layouts.map((l) => l.name);
      }),

    clearFlags: () =>
      run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const collections = worksheets.items.map((ws) => {
          const formats = ws.getRange().conditionalFormats;
          queueFormatLoad(formats);
          return formats;
        });
        await context.sync();
        await finishFormatLoad(context, collections);
        const ours = ourFormats(collections);
        for (const cf of ours) cf.delete();
        const removed = ours.length;
        await context.sync();
        return removed;
      }),

    selectCell: (sheet: string, cell: CellRef) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1(cell)).select();
        await context.sync();
      }),

    importWorkbooks: (files: readonly PickedFile[]) =>
      run(async (context) => {
        if (!Office.context.requirements.isSetSupported("ExcelApi", "1.13")) {
          throw new Error("ExcelApi 1.13 (insertWorksheetsFromBase64) is not available in this Excel");
        }
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const before = new Set(worksheets.items.map((w) => w.name));
        for (const file of files) {
          context.workbook.insertWorksheetsFromBase64(toBase64(file.bytes), {
            positionType: Excel.WorksheetPositionType.end,
            ...(file.sheetNames ? { sheetNamesToInsert: [...file.sheetNames] } : {}),
          });
        }
        worksheets.load("items/name");
        await context.sync();
        return worksheets.items.map((w) => w.name).filter((n) => !before.has(n));
      }),
  };
}
