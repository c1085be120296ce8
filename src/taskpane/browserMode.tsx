import * as React from "react";
import { BrowserWorkbook } from "../xlsx/browserWorkbook";
import { recognizeSheet } from "../core/recognize/recognizeSheet";
import { readWorkbookBytes } from "../xlsx/readWorkbookFile";
import { a1 } from "../core/issues/a1";
import { Controller } from "./controller";
import { App } from "./components/App";
import type { PickedFile } from "../core/port";

/* global document, URL, Blob */

async function levelSheetsOf(file: PickedFile): Promise<string[]> {
  const snapshot = await readWorkbookBytes(file.bytes, file.name);
  return snapshot.sheets.filter((s) => recognizeSheet(s).kind === "level").map((s) => s.name);
}

/** Saves bytes as a file the way a page can: a link to a Blob, clicked. Nothing leaves the machine. */
function save(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The pane outside Office: Mở tệp, the same Kiểm tra and Tổng hợp on the files, Tải về. */
export function BrowserApp() {
  const [workbook] = React.useState(() => new BrowserWorkbook());
  const [controller] = React.useState(() => new Controller(workbook));
  const [files, setFiles] = React.useState<string[]>([]);
  const [selection, setSelection] = React.useState<string | null>(null);
  React.useEffect(() => {
    workbook.onSelect = (sheet, cell) => setSelection(`${sheet}!${a1(cell)}`);
  }, [workbook]);
  return (
    <App
      controller={controller}
      levelSheetsOf={levelSheetsOf}
      browser={{
        fileNames: files,
        selection,
        openFiles: async (picked) => {
          try {
            await workbook.open(picked);
            setFiles(workbook.fileNames);
            setSelection(null);
            controller.reset(
              controller.lang === "vi" ? `Đã mở ${picked.length} tệp.` : `${picked.length} files opened.`,
            );
          } catch (err) {
            controller.fail(err);
          }
        },
        download: async () => {
          try {
            save(await workbook.download(), "xeploai-ket-qua.xlsx");
          } catch (err) {
            controller.fail(err);
          }
        },
      }}
    />
  );
}
