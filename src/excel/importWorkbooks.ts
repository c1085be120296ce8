import type { PickedFile } from "../core/port";

/** Base64 of bytes, without Node's Buffer (the pane runs in a browser). */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Nhập biểu: each workbook in a request of its own, so that a file Excel refuses (or one too large
 * for a request) costs only itself. The files that went in are kept; if any failed, the error
 * names each of them with Excel's reason, after the others are in. Not run again in cell-edit
 * mode: a second run would insert the first files twice.
 */
export async function importWorkbooks(context: Excel.RequestContext, files: readonly PickedFile[]): Promise<string[]> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.13")) {
    throw new Error("ExcelApi 1.13 (insertWorksheetsFromBase64) is not available in this Excel");
  }
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const before = new Set(worksheets.items.map((w) => w.name));
  const failures: { file: string; err: unknown }[] = [];
  for (const file of files) {
    context.workbook.insertWorksheetsFromBase64(toBase64(file.bytes), {
      positionType: Excel.WorksheetPositionType.end,
      ...(file.sheetNames ? { sheetNamesToInsert: [...file.sheetNames] } : {}),
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one workbook per request, by design
      await context.sync();
    } catch (err) {
      failures.push({ file: file.name, err });
    }
  }
  worksheets.load("items/name");
  await context.sync();
  const added = worksheets.items.map((w) => w.name).filter((n) => !before.has(n));
  // One file: its own error, which the pane knows how to say. Several: each named with its reason.
  if (failures.length === 1 && files.length === 1) throw failures[0]!.err;
  if (failures.length > 0) {
    const list = failures.map((f) => `${f.file}: ${f.err instanceof Error ? f.err.message : String(f.err)}`);
    throw Object.assign(new Error(list.join("; ")), { added });
  }
  return added;
}
