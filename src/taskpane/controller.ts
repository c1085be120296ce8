import type { PickedFile, WorkbookPort } from "../core/port";
import type { Unreadable, WorkbookSnapshot } from "../core/snapshot";
import type { Issue } from "../core/issues/Issue";
import type { CompletenessRow } from "../core/layout/completenessLayout";
import type { Lang } from "../core/issues/describeIssue";
import { describeOfficeError } from "./officeErrors";
import { makeStamp } from "../core/stamp/makeStamp";
import { stampToXml } from "../core/stamp/stampXml";
import { validateWorkbook } from "../core/validate";
import type { WorkbookInput } from "../core/summarize";
import { dataRows } from "../core/dataRows";
import { PANE_SUMMARY_ROW_LIMIT, SummaryTooLarge } from "./summaryTooLarge";
import type { PreviousLine } from "./previousLines";
import { Cancelled, pageEngine, type Engine } from "./engine/Engine";
import type { Progress, SheetUnits } from "./engine/tasks";
import type { Headline } from "./engine/headline";

export type { Headline } from "./engine/headline";

export type Action = "open" | "validate" | "summarize" | "clear" | "import";

/** What the pane shows; shared by the pane and the ribbon buttons (one runtime). */
export interface PaneState {
  running: Action | null;
  /** Where the running action is: file k of n, sheet k of n. */
  progress: Progress | null;
  issues: Issue[] | null;
  levelSheets: number;
  /** The organisation each level sheet belongs to, for grouping the findings. */
  units: SheetUnits;
  headline: Headline | null;
  summarySheets: string[];
  completeness: CompletenessRow[];
  /** Files or sheets that could not be read; the others were read and checked. */
  unreadable: Unreadable[];
  /** A plain note after an action ("12 flags removed"), in the pane's language. */
  notice: string | null;
  error: string | null;
  /** Đoạn báo cáo after Tổng hợp: the report's sentences for the top organisation. */
  paragraph?: string | null;
  /** After Tổng hợp with last year's summary chosen: So sánh năm trước, per unit. */
  previous?: PreviousLine[];
  /** The file chosen as last year's summary, if any. */
  previousFile?: string | null;
}

export const INITIAL: PaneState = {
  running: null,
  progress: null,
  issues: null,
  levelSheets: 0,
  units: {},
  headline: null,
  summarySheets: [],
  completeness: [],
  unreadable: [],
  notice: null,
  error: null,
  paragraph: null,
  previous: [],
  previousFile: null,
};

type Listener = (state: PaneState) => void;

/** Progress is drawn at most this often (ms): a message per sheet would redraw the pane for nothing. */
const PROGRESS_EVERY = 40;

/** A small store: the ribbon commands and the pane run the same actions through it. */
export class Controller {
  private state: PaneState = INITIAL;
  private readonly listeners = new Set<Listener>();
  private lastProgress = 0;
  /** Hủy was pressed: the running action stops before it writes anything. */
  private cancelRequested = false;
  lang: Lang = "vi";
  /** Last year's summary workbook, read when chosen; Tổng hợp compares with it. */
  private previous: WorkbookInput[] | null = null;

  constructor(
    readonly port: WorkbookPort,
    readonly engine: Engine = pageEngine(),
  ) {}

  getState(): PaneState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<PaneState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  private readonly onProgress = (progress: Progress) => {
    const now = Date.now();
    if (progress.done < progress.total && progress.done > 0 && now - this.lastProgress < PROGRESS_EVERY) return;
    this.lastProgress = now;
    this.set({ progress });
  };

  private vi(vi: string, en: string): string {
    return this.lang === "vi" ? vi : en;
  }

  /** Runs an action with the progress shown and every failure said in the pane, never swallowed. */
  private async perform(action: Action, work: () => Promise<Partial<PaneState>>): Promise<void> {
    if (this.state.running) return;
    this.cancelRequested = false;
    this.set({ running: action, progress: null, error: null, notice: null });
    try {
      this.set({ ...(await work()), running: null, progress: null });
    } catch (err) {
      if (err instanceof Cancelled)
        this.set({ running: null, progress: null, notice: this.vi("Đã hủy.", "Cancelled.") });
      else this.set({ running: null, progress: null, error: describeOfficeError(err, this.lang) });
    }
  }

  /** Hủy: stops the running action; nothing is written. */
  cancel(): void {
    if (!this.state.running) return;
    this.cancelRequested = true;
    this.engine.cancel();
  }

  /** Between the engine's answer and any write: a cancelled action writes nothing. */
  private checkCancelled(): void {
    if (this.cancelRequested) throw new Cancelled();
  }

  /** Mở tệp (browser mode): reads the files off the page; a file that cannot be read is named. */
  openFiles(
    files: readonly PickedFile[],
    adopt: (read: { file: PickedFile; snapshot: WorkbookSnapshot }[], unreadable: Unreadable[]) => void,
  ): Promise<void> {
    return this.perform("open", async () => {
      const read = await this.engine.read(files, this.onProgress);
      this.checkCancelled();
      adopt(read.loaded, read.unreadable);
      return {
        ...INITIAL,
        unreadable: read.unreadable,
        notice: this.vi(
          `Đã mở ${read.loaded.length}/${files.length} tệp.`,
          `${read.loaded.length}/${files.length} files opened.`,
        ),
      };
    });
  }

  private outcome(issues: readonly Issue[], sheets: number): string {
    const n = (s: Issue["severity"]) => issues.filter((i) => i.severity === s).length;
    return this.vi(
      `Đã kiểm tra ${sheets} trang theo mẫu: ${n("error")} lỗi, ${n("warning")} cảnh báo, ${n("info")} ghi chú.`,
      `${sheets} template sheets checked: ${n("error")} errors, ${n("warning")} warnings, ${n("info")} notes.`,
    );
  }

  /** Kiểm tra: validates every sheet and paints the flags. */
  validate(): Promise<void> {
    return this.perform("validate", async () => {
      let patch: Partial<PaneState> = {};
      await this.port.checkAndFlag(async (snapshot) => {
        this.checkCancelled();
        const out = await this.engine.check(snapshot, this.onProgress);
        this.checkCancelled();
        patch = {
          issues: out.issues,
          levelSheets: out.levelSheets,
          units: out.units,
          unreadable: snapshot.unreadable ?? [],
          // The outcome in one line: announced (aria-live), and the first thing seen when a ribbon
          // button opens the pane.
          notice: this.outcome(out.issues, out.levelSheets),
        };
        return out.flags;
      });
      return patch;
    });
  }

  /** Tổng hợp: rolls the figures up into the summary sheets and the completeness table. */
  summarize(): Promise<void> {
    return this.perform("summarize", async () => {
      let patch: Partial<PaneState> = {};
      const names = await this.port.summarizeInto(async (snapshot, sheetNames) => {
        const taken = sheetNames.all.filter((n) => !sheetNames.owned.includes(n));
        this.checkCancelled();
        // Too large for the pane: said before any work, nothing written (the port writes no sheet).
        const rows = dataRows(snapshot);
        if (rows > PANE_SUMMARY_ROW_LIMIT) throw new SummaryTooLarge(rows);
        const out = await this.engine.summarize(snapshot, taken, this.onProgress, this.previous ?? []);
        this.checkCancelled();
        patch = {
          issues: out.issues,
          levelSheets: out.levelSheets,
          units: out.units,
          completeness: out.completeness,
          headline: out.headline,
          paragraph: out.paragraph,
          previous: out.previous,
          unreadable: snapshot.unreadable ?? [],
          notice: out.headline
            ? null
            : this.vi("Không có trang nào theo mẫu để tổng hợp.", "No sheet of the template to summarise."),
        };
        return out.layouts;
      });
      return { ...patch, summarySheets: names };
    });
  }

  /**
   * Đóng dấu kiểm tra: checks again (the cells may have changed since) and, when no error is
   * found, keeps the check stamp in the workbook. The time is this machine's clock.
   */
  stamp(checker: string): Promise<void> {
    return this.perform("validate", async () => {
      const port = this.port;
      if (!port.stampCheck) throw new Error("Excel này không lưu được dấu kiểm tra (cần ExcelApi 1.5)");
      let issues: Issue[] = [];
      let levelSheets = 0;
      const time = new Date().toISOString();
      const kept = await port.stampCheck((snapshot) => {
        const analysis = validateWorkbook(snapshot);
        issues = analysis.issues;
        levelSheets = analysis.sheets.filter((s) => s.kind === "level").length;
        const stamp = makeStamp(analysis, { checker, time });
        return stamp ? stampToXml(stamp) : null;
      });
      const vi = this.lang === "vi";
      const notice = kept
        ? vi
          ? `Đã đóng dấu kiểm tra (${checker.trim()}) cho ${levelSheets} trang. Dấu nằm trong sổ làm việc, không ở ô nào.`
          : `Check stamp kept (${checker.trim()}) for ${levelSheets} sheets, inside the workbook, in no cell.`
        : vi
          ? "Không đóng dấu: còn lỗi, hoặc không có trang nào theo mẫu."
          : "No stamp: errors remain, or no sheet of the template.";
      return { issues, levelSheets, notice };
    });
  }

  /**
   * Năm trước: reads last year's summary workbook (this program's Tổng hợp, or that year's level
   * sheets); the next Tổng hợp sets it beside this year. The .xlsx reader is loaded only now.
   */
  choosePrevious(files: readonly PickedFile[]): Promise<void> {
    return this.perform("import", async () => {
      const { readWorkbookBytes } = await import("../xlsx/readWorkbookFile");
      const inputs: WorkbookInput[] = [];
      for (const f of files) inputs.push({ name: f.name, snapshot: await readWorkbookBytes(f.bytes, f.name) });
      this.previous = inputs.length > 0 ? inputs : null;
      const names = files.map((f) => f.name).join(", ");
      return {
        previousFile: this.previous ? names : null,
        notice:
          this.lang === "vi"
            ? `Năm trước: ${names}. Bấm Tổng hợp để so sánh.`
            : `Last year: ${names}. Press Tổng hợp to compare.`,
      };
    });
  }

  /** Xóa đánh dấu: removes the add-in's flags, and only them. */
  clearFlags(): Promise<void> {
    return this.perform("clear", async () => {
      const n = await this.port.clearFlags();
      return { notice: this.vi(`Đã xóa ${n} ô đánh dấu.`, `${n} flags removed.`) };
    });
  }

  /** Nhập biểu: copies the level sheets of the picked workbooks in. */
  importFiles(files: readonly PickedFile[], levelSheetsOf: (file: PickedFile) => Promise<string[]>): Promise<void> {
    return this.perform("import", async () => {
      const picked: PickedFile[] = [];
      for (const file of files) {
        const sheetNames = await levelSheetsOf(file);
        if (sheetNames.length > 0) picked.push({ ...file, sheetNames });
      }
      // One workbook at a time, so that a file Excel refuses is named and the others still go in.
      const added: string[] = [];
      const failed: string[] = [];
      const imported: PickedFile[] = [];
      for (const file of picked) {
        try {
          added.push(...(await this.port.importWorkbooks([file])));
          imported.push(file);
        } catch (err) {
          failed.push(`${file.name}: ${describeOfficeError(err, this.lang)}`);
        }
      }
      // The files' check stamps come along (read on demand: the zip library loads only now).
      if (added.length > 0 && this.port.keepStamps) {
        const { readStampParts } = await import("../xlsx/stampParts");
        const stamps = (await Promise.all(imported.map((f) => readStampParts(f.bytes)))).flat();
        if (stamps.length > 0) await this.port.keepStamps(stamps);
      }
      return {
        error:
          failed.length === 0
            ? null
            : `${this.lang === "vi" ? "Không nhập được" : "Not imported"}: ${failed.join("; ")}`,
        notice:
          this.lang === "vi"
            ? `Đã nhập ${added.length} trang từ ${picked.length}/${files.length} tệp${added.length ? `: ${added.join(", ")}` : ""}.`
            : `Imported ${added.length} sheets from ${picked.length}/${files.length} files${added.length ? `: ${added.join(", ")}` : ""}.`,
      };
    });
  }

  /** New files in the browser mode: the results of the old ones no longer hold. */
  reset(notice: string | null = null): void {
    // Last year's summary, once chosen, stays chosen for the new files.
    this.set({ ...INITIAL, notice, previousFile: this.state.previousFile ?? null });
  }

  /** A note after something outside an action (a file saved). */
  note(notice: string): void {
    this.set({ notice, error: null });
  }

  /** A failure outside an action (reading a picked file), said in the pane. */
  fail(err: unknown): void {
    this.set({ running: null, progress: null, error: describeOfficeError(err, this.lang) });
  }

  select(issue: Issue): Promise<void> {
    const cell = issue.cell ?? (issue.range ? { row: issue.range.top, col: issue.range.left } : { row: 0, col: 0 });
    return this.port
      .selectCell(issue.sheet, cell)
      .catch((err) => this.set({ error: describeOfficeError(err, this.lang) }));
  }

  openSheet(sheet: string): Promise<void> {
    return this.port
      .selectCell(sheet, { row: 0, col: 0 })
      .catch((err) => this.set({ error: describeOfficeError(err, this.lang) }));
  }
}
