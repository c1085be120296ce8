import type { PickedFile, WorkbookPort } from "../core/port";
import type { CellRef, WorkbookSnapshot } from "../core/snapshot";
import { a1 } from "../core/issues/a1";
import { readWorkbook } from "./readWorkbook";
import { importWorkbooks } from "./importWorkbooks";
import { paintFlags } from "./flags";
import { layoutBytes, queueLayout } from "./writeSheets";
import { WRITE_BUDGET } from "./constants";
import { waitingOutEditMode, type Wait } from "./editMode";
import { deleteFormats, ourFormats } from "./ourFormats";
import { readFormatsApart, type FormatTarget } from "./readParts";
import { queueStampParts, stampsSupported, stampTexts, writeStampXml } from "./stampParts";
import { supersededBy } from "../core/stamp/stampXml";

/** How the port reaches Excel: Excel.run, or a test's mock context. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const excelRun: ExcelRunner = (batch) => Excel.run((context) => batch(context));

/**
 * The WorkbookPort over the open workbook. Kiểm tra takes three round trips (the sheet list; the
 * data with merges, ownership and old flags; the new flags), Tổng hợp three (list; data; the
 * summaries), whatever the number of sheets or rows, except the fonts of legacy-looking text and
 * workbooks too large for one request.
 */
export function createOfficePort(host: ExcelRunner = excelRun, wait?: Wait): WorkbookPort {
  const run = waitingOutEditMode(host, wait);
  return {
    capabilities: { importSheets: Office.context.requirements.isSetSupported("ExcelApi", "1.13") },

    checkAndFlag: (analyse) =>
      run(async (context) => {
        const read = await readWorkbook(context, { withFlags: true });
        await deleteFormats(context, read.ourFormats);
        await paintFlags(
          context,
          (await analyse(read.snapshot)).filter((f) => !read.unpaintable.has(f.sheet)),
        );
        await context.sync();
        return read.snapshot;
      }),

    summarizeInto: (build) =>
      run(async (context) => {
        // The stamps the workbook carries (Tình hình nộp biểu says who checked what): loaded with
        // the sheet list, their text fetched only when there are some.
        const parts = queueStampParts(context);
        const read = await readWorkbook(context, { withFlags: false });
        const stamps = await stampTexts(context, parts);
        const snapshot = stamps.length > 0 ? { ...read.snapshot, stamps } : read.snapshot;
        const layouts = await build(snapshot, { all: read.names, owned: read.owned });
        // Excel on the web refuses a request over 5 MB: summaries go in requests of about
        // WRITE_BUDGET bytes each, one request for a district, a few for a province.
        let queued = 0;
        for (const layout of layouts) {
          const size = layoutBytes(layout);
          if (queued > 0 && queued + size > WRITE_BUDGET) {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- Excel on the web's 5 MB request limit
            await context.sync();
            queued = 0;
          }
          queueLayout(context, layout, read.owned.includes(layout.name), read.names.includes(layout.name));
          queued += size;
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
        // Formats that cannot be read, and those of a protected sheet (which cannot be deleted),
        // are left: the others are removed whatever those sheets hold.
        const targets: FormatTarget[] = worksheets.items.map((ws) => ({
          ws,
          name: ws.name,
          formats: null,
          protection: null,
        }));
        await readFormatsApart(context, targets);
        const ours = targets.flatMap((t) =>
          t.formats && !t.protection?.protected ? ourFormats(t.name, t.formats) : [],
        );
        await deleteFormats(context, ours);
        const removed = ours.length;
        await context.sync();
        return removed;
      }),

    ...(stampsSupported()
      ? {
          stampCheck: (make: (snapshot: WorkbookSnapshot) => string | null) =>
            run(async (context) => {
              const parts = queueStampParts(context);
              const read = await readWorkbook(context, { withFlags: false });
              const xml = make(read.snapshot);
              if (xml === null || !parts) return false;
              await writeStampXml(context, parts, xml, supersededBy(xml));
              return true;
            }),
          keepStamps: (xmls: readonly string[]) =>
            run(async (context) => {
              for (const xml of xmls) context.workbook.customXmlParts.add(xml);
              await context.sync();
            }),
        }
      : {}),

    selectCell: (sheet: string, cell: CellRef) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1(cell)).select();
        await context.sync();
      }),

    importWorkbooks: (files: readonly PickedFile[]) => host((context) => importWorkbooks(context, files)),
  };
}
