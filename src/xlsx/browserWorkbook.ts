import ExcelJS from "exceljs";
import type { PickedFile, WorkbookPort } from "../core/port";
import type { CellRef, Unreadable, WorkbookSnapshot } from "../core/snapshot";
import type { SheetLayout } from "../core/layout/SheetLayout";
import type { Flag } from "../core/flags";
import { safeSheetName } from "../core/layout/sheetName";
import { readWorkbookBytes } from "./readWorkbookFile";
import { addFlags, addLayoutSheet } from "./writeXlsx";
import { addStampPart } from "./stampParts";
import { supersededBy } from "../core/stamp/stampXml";

interface Loaded {
  file: PickedFile;
  snapshot: WorkbookSnapshot;
  /** The sheet names these inputs have in the combined workbook (unique across files). */
  names: string[];
}

/**
 * The WorkbookPort over files opened in the page (the browser mode): nothing is uploaded, the
 * files never leave the page. The inputs are combined as the sheets of one workbook; Tải về gives
 * them back with the flags painted as conditional formats and the summary sheets added.
 */
export class BrowserWorkbook implements WorkbookPort {
  readonly capabilities = { importSheets: false };
  private loaded: Loaded[] = [];
  private flags: readonly Flag[] = [];
  private summaries: readonly SheetLayout[] = [];
  private stampXml: string | null = null;
  private unreadable: Unreadable[] = [];
  selection: { sheet: string; cell: CellRef } | null = null;
  onSelect: ((sheet: string, cell: CellRef) => void) | null = null;

  get fileNames(): string[] {
    return this.loaded.map((l) => l.file.name);
  }

  /** Mở tệp: reads the files (a file that cannot be read stops with its name, nothing else is lost). */
  async open(files: readonly PickedFile[]): Promise<void> {
    const read: { file: PickedFile; snapshot: WorkbookSnapshot }[] = [];
    for (const file of files) read.push({ file, snapshot: await readWorkbookBytes(file.bytes, file.name) });
    this.adopt(read);
  }

  /**
   * Takes files already read (by the engine's worker), with those that could not be read: the
   * latter are named in every snapshot handed to the engine, and nothing else is lost.
   */
  adopt(read: readonly { file: PickedFile; snapshot: WorkbookSnapshot }[], unreadable: Unreadable[] = []): void {
    const loaded: Loaded[] = [];
    const taken = new Set<string>();
    for (const { file, snapshot } of read) {
      const names = snapshot.sheets.map((s) => {
        const name = safeSheetName(s.name, taken);
        taken.add(name);
        return name;
      });
      loaded.push({
        file,
        snapshot: { ...snapshot, sheets: snapshot.sheets.map((s, i) => ({ ...s, name: names[i]! })) },
        names,
      });
    }
    this.loaded = loaded;
    this.unreadable = unreadable;
    this.flags = [];
    this.summaries = [];
    this.stampXml = null;
  }

  /** Đóng dấu: the stamp of a clean check, kept for Tải về (the combined workbook carries it). */
  async stampCheck(make: (snapshot: WorkbookSnapshot) => string | null): Promise<boolean> {
    this.stampXml = make(this.combined());
    return this.stampXml !== null;
  }

  /** A cell's value as text, for the browser mode's view of the cell a finding names. */
  cellText(sheet: string, cell: CellRef): string {
    const snap = this.loaded.flatMap((l) => l.snapshot.sheets).find((s) => s.name === sheet);
    if (!snap) return "";
    const value = snap.values[cell.row - snap.origin.row]?.[cell.col - snap.origin.col];
    return value === undefined ? "" : String(value);
  }

  /** The file a sheet of the combined workbook came from. */
  fileOf(sheet: string): string | undefined {
    return this.loaded.find((l) => l.names.includes(sheet))?.file.name;
  }

  private combined(): WorkbookSnapshot {
    // The stamps the files carry go along: the sheets are found in them by organisation.
    const stamps = this.loaded.flatMap((l) => l.snapshot.stamps ?? []);
    return {
      sheets: this.loaded.flatMap((l) => l.snapshot.sheets),
      unreadable: this.unreadable,
      ...(stamps.length ? { stamps } : {}),
    };
  }

  async checkAndFlag(
    analyse: (snapshot: WorkbookSnapshot) => readonly Flag[] | Promise<readonly Flag[]>,
  ): Promise<WorkbookSnapshot> {
    const snapshot = this.combined();
    this.flags = await analyse(snapshot);
    return snapshot;
  }

  async summarizeInto(
    build: (
      snapshot: WorkbookSnapshot,
      names: { all: readonly string[]; owned: readonly string[] },
    ) => readonly SheetLayout[] | Promise<readonly SheetLayout[]>,
  ): Promise<string[]> {
    const snapshot = this.combined();
    this.summaries = await build(snapshot, { all: snapshot.sheets.map((s) => s.name), owned: [] });
    return this.summaries.map((l) => l.name);
  }

  async clearFlags(): Promise<number> {
    const n = this.flags.length;
    this.flags = [];
    return n;
  }

  async selectCell(sheet: string, cell: CellRef): Promise<void> {
    this.selection = { sheet, cell };
    this.onSelect?.(sheet, cell);
  }

  async importWorkbooks(): Promise<string[]> {
    throw new Error("Nhập biểu is for Excel; in the browser, open all the files together");
  }

  /** Tải về: the inputs, each sheet as it came, with the flags and the summary sheets added. */
  async download(): Promise<Uint8Array> {
    const out = new ExcelJS.Workbook();
    out.creator = "xeploai";
    for (const l of this.loaded) {
      const source = new ExcelJS.Workbook();
      await source.xlsx.load(l.file.bytes as unknown as ArrayBuffer);
      source.worksheets.forEach((ws, i) => {
        const name = l.names[i] ?? ws.name;
        const copy = out.addWorksheet(name);
        // The sheet's whole model (cells, styles, merges, widths, its own conditional formats).
        copy.model = { ...ws.model, name } as ExcelJS.WorksheetModel;
      });
    }
    for (const layout of this.summaries) addLayoutSheet(out, layout);
    addFlags(out, this.flags);
    let bytes: Uint8Array = new Uint8Array(await out.xlsx.writeBuffer());
    // Stamps as custom XML parts (ExcelJS writes none): the files' own, then this check's.
    for (const xml of this.combined().stamps ?? []) bytes = await addStampPart(bytes, xml);
    if (this.stampXml) bytes = await addStampPart(bytes, this.stampXml, supersededBy(this.stampXml));
    return bytes;
  }
}
