import type { PickedFile, WorkbookPort } from "../core/port";
import type { Issue } from "../core/issues/Issue";
import { validateWorkbook } from "../core/validate";
import { summarizeWorkbooks } from "../core/summarize";
import { flagsFromIssues } from "../core/flags";
import type { CompletenessRow } from "../core/layout/completenessLayout";
import type { OrgNode } from "../core/rollup/OrgNode";
import { goodOrAbove } from "../core/rollup/Figures";
import type { Lang } from "../core/issues/describeIssue";
import { describeOfficeError } from "./officeErrors";

export type Action = "validate" | "summarize" | "clear" | "import";

/** The headline figures of the top organisation after Tổng hợp. */
export interface Headline {
  name: string;
  /** Member figures: `null` when unknown (no sheet gives them), shown as "—", never as 0. */
  rated: number | null;
  goodOrAbove: number | null;
  excellent: number | null;
  good: number | null;
  complete: number | null;
  fail: number | null;
  cells: OrgNode["organisations"]["cells"];
  grassroots: OrgNode["organisations"]["grassroots"];
}

/** What the pane shows; shared by the pane and the ribbon buttons (one runtime). */
export interface PaneState {
  running: Action | null;
  issues: Issue[] | null;
  levelSheets: number;
  headline: Headline | null;
  summarySheets: string[];
  completeness: CompletenessRow[];
  /** A plain note after an action ("12 flags removed"), in the pane's language. */
  notice: string | null;
  error: string | null;
}

export const INITIAL: PaneState = {
  running: null,
  issues: null,
  levelSheets: 0,
  headline: null,
  summarySheets: [],
  completeness: [],
  notice: null,
  error: null,
};

type Listener = (state: PaneState) => void;

/** A small store: the ribbon commands and the pane run the same actions through it. */
export class Controller {
  private state: PaneState = INITIAL;
  private readonly listeners = new Set<Listener>();
  lang: Lang = "vi";

  constructor(readonly port: WorkbookPort) {}

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

  /** Runs an action with the progress shown and every failure said in the pane, never swallowed. */
  private async perform(action: Action, work: () => Promise<Partial<PaneState>>): Promise<void> {
    if (this.state.running) return;
    this.set({ running: action, error: null, notice: null });
    try {
      this.set({ ...(await work()), running: null });
    } catch (err) {
      this.set({ running: null, error: describeOfficeError(err, this.lang) });
    }
  }

  /** Kiểm tra: validates every sheet and paints the flags. */
  validate(): Promise<void> {
    return this.perform("validate", async () => {
      let issues: Issue[] = [];
      let levelSheets = 0;
      await this.port.checkAndFlag((snapshot) => {
        const analysis = validateWorkbook(snapshot);
        issues = analysis.issues;
        levelSheets = analysis.sheets.filter((s) => s.kind === "level").length;
        return flagsFromIssues(issues);
      });
      return { issues, levelSheets };
    });
  }

  /** Tổng hợp: rolls the figures up into the summary sheets and the completeness table. */
  summarize(): Promise<void> {
    return this.perform("summarize", async () => {
      let result: ReturnType<typeof summarizeWorkbooks> | null = null;
      const names = await this.port.summarizeInto((snapshot, sheetNames) => {
        const taken = sheetNames.all.filter((n) => !sheetNames.owned.includes(n));
        result = summarizeWorkbooks([{ name: "", snapshot }], { linkSources: true, takenSheetNames: taken });
        return result.layouts;
      });
      const r = result as ReturnType<typeof summarizeWorkbooks> | null;
      const root = r?.root ?? null;
      return {
        issues: r?.issues ?? [],
        levelSheets: r?.analyses[0]?.analysis.sheets.filter((s) => s.kind === "level").length ?? 0,
        summarySheets: names,
        completeness: r?.completeness ?? [],
        headline: root
          ? {
              name: root.name,
              rated: root.figures.rated,
              goodOrAbove: goodOrAbove(root.figures),
              excellent: root.figures.excellent,
              good: root.figures.good,
              complete: root.figures.complete,
              fail: root.figures.fail,
              cells: root.organisations.cells,
              grassroots: root.organisations.grassroots,
            }
          : null,
        notice: root
          ? null
          : this.lang === "vi"
            ? "Không có trang nào theo mẫu để tổng hợp."
            : "No sheet of the template to summarise.",
      };
    });
  }

  /** Xóa đánh dấu: removes the add-in's flags, and only them. */
  clearFlags(): Promise<void> {
    return this.perform("clear", async () => {
      const n = await this.port.clearFlags();
      return { notice: this.lang === "vi" ? `Đã xóa ${n} ô đánh dấu.` : `${n} flags removed.` };
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
      const added = picked.length > 0 ? await this.port.importWorkbooks(picked) : [];
      return {
        notice:
          this.lang === "vi"
            ? `Đã nhập ${added.length} trang từ ${picked.length}/${files.length} tệp${added.length ? `: ${added.join(", ")}` : ""}.`
            : `Imported ${added.length} sheets from ${picked.length}/${files.length} files${added.length ? `: ${added.join(", ")}` : ""}.`,
      };
    });
  }

  /** New files in the browser mode: the results of the old ones no longer hold. */
  reset(notice: string | null = null): void {
    this.set({ ...INITIAL, notice });
  }

  /** A failure outside an action (reading a picked file), said in the pane. */
  fail(err: unknown): void {
    this.set({ running: null, error: describeOfficeError(err, this.lang) });
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
