import * as React from "react";
import { BrowserWorkbook } from "../xlsx/browserWorkbook";
import { recognizeSheet } from "../core/recognize/recognizeSheet";
import { readWorkbookBytes } from "../xlsx/readWorkbookFile";
import { paneFindings } from "./paneFindings";
import { a1 } from "../core/issues/a1";
import { Controller } from "./controller";
import { App } from "./components/App";
import type { CellView } from "./components/CellPanel";
import { defaultEngine } from "./engine/Engine";
import { downloadName } from "./fileName";
import type { PickedFile } from "../core/port";

/* global document, URL, Blob */

async function levelSheetsOf(file: PickedFile): Promise<string[]> {
  const snapshot = await readWorkbookBytes(file.bytes, file.name);
  return snapshot.sheets.filter((s) => recognizeSheet(s).kind === "level").map((s) => s.name);
}

/** Saves bytes as a file the way a page can: a link to a Blob, clicked. Nothing leaves the machine. */
export function save(bytes: Uint8Array, name: string) {
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
  const [controller] = React.useState(() => new Controller(workbook, defaultEngine()));
  const [files, setFiles] = React.useState<string[]>([]);
  const [selection, setSelection] = React.useState<CellView | null>(null);
  React.useEffect(() => {
    workbook.onSelect = (sheet, cell) =>
      setSelection({
        sheet,
        ref: a1(cell),
        file: workbook.fileOf(sheet) ?? null,
        value: workbook.cellText(sheet, cell),
        unit: controller.getState().units[sheet] ?? sheet,
      });
  }, [workbook, controller]);
  const named = (kind: string) => {
    const h = controller.getState().headline;
    const units = Object.values(controller.getState().units);
    return downloadName(kind, h?.name ?? units[0] ?? null, h?.year ?? null, new Date());
  };
  const saveNamed = (bytes: Uint8Array, name: string) => {
    save(bytes, name);
    controller.note(controller.lang === "vi" ? `Đã lưu tệp ${name} (thư mục Tải về).` : `Saved ${name} (Downloads).`);
  };
  return (
    <App
      controller={controller}
      levelSheetsOf={levelSheetsOf}
      exportFindings={async (perUnit) => {
        try {
          const bytes = await paneFindings(controller, perUnit);
          saveNamed(bytes, named("danh-sach-loi"));
        } catch (err) {
          controller.fail(err);
        }
      }}
      browser={{
        fileNames: files,
        selection,
        fileOf: (sheet) => workbook.fileOf(sheet),
        openFiles: async (picked) => {
          setSelection(null);
          await controller.openFiles(picked, (read, unreadable) => {
            workbook.adopt(read, unreadable);
            setFiles(workbook.fileNames);
          });
        },
        download: async () => {
          try {
            saveNamed(
              await workbook.download(),
              named(controller.getState().headline ? "tong-hop" : "ket-qua-kiem-tra"),
            );
          } catch (err) {
            controller.fail(err);
          }
        },
      }}
    />
  );
}
