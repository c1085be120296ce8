import type { CellRef, WorkbookSnapshot } from "./snapshot";
import type { SheetLayout } from "./layout/SheetLayout";
import type { Flag } from "./flags";

/** A workbook file picked by the user, for Nhập biểu (import) or the browser mode. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** The sheets to copy in (its level sheets); all when absent. */
  sheetNames?: readonly string[];
}

/** What Tổng hợp needs to know of the workbook before it lays out its sheets. */
export interface WorkbookNames {
  /** Every sheet's name. */
  all: readonly string[];
  /** The add-in's own sheets (its earlier summaries), which it may replace. */
  owned: readonly string[];
}

/**
 * The one seam between the engine and a workbook. The Office.js adapter (src/excel) and the
 * .xlsx adapter (src/xlsx) implement it; the task pane and the ribbon commands talk only to it.
 * Each action is one call, so that an adapter can do it in a fixed number of round trips.
 */
export interface WorkbookPort {
  /**
   * The engine may answer later (it runs in a Web Worker): adapters await `analyse` and `build`.
   *
   * Kiểm tra: reads every sheet (the add-in's own summaries left out), lets the engine find the
   * flags, and replaces the add-in's old flags with them. The user's cells are never changed.
   */
  checkAndFlag(
    analyse: (snapshot: WorkbookSnapshot) => readonly Flag[] | Promise<readonly Flag[]>,
  ): Promise<WorkbookSnapshot>;
  /**
   * Tổng hợp: reads every sheet, lets the engine lay out the summaries, and writes them: the
   * add-in's own sheets are replaced in place, new ones added; no other sheet is touched.
   */
  summarizeInto(
    build: (
      snapshot: WorkbookSnapshot,
      names: WorkbookNames,
    ) => readonly SheetLayout[] | Promise<readonly SheetLayout[]>,
  ): Promise<string[]>;
  /** Xóa đánh dấu: removes exactly the flags the add-in painted; returns how many. */
  clearFlags(): Promise<number>;
  /** Activates a sheet and selects one cell (a click on an issue). */
  selectCell(sheet: string, cell: CellRef): Promise<void>;
  /** Nhập biểu: copies the sheets of other workbooks in; returns the names they got. */
  importWorkbooks(files: readonly PickedFile[]): Promise<string[]>;
  /** What this host can do: Excel without ExcelApi 1.13 cannot import sheets. */
  readonly capabilities: { importSheets: boolean };
  /**
   * Dấu kiểm tra: reads every sheet afresh, lets the engine check it and make the stamp (`null`:
   * an error was found, nothing to stamp) and keeps the stamp inside the workbook (a custom XML
   * part), never in a cell. Returns whether a stamp was kept. Absent where the host cannot keep one.
   */
  stampCheck?(make: (snapshot: WorkbookSnapshot) => string | null): Promise<boolean>;
  /**
   * Nhập biểu: keeps the check stamps of the imported files (copying sheets does not bring a
   * workbook's custom XML parts), so that Tổng hợp can say who checked them. Existing stamps stay.
   */
  keepStamps?(xmls: readonly string[]): Promise<void>;
}
