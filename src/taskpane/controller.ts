import type { WorkbookPort } from "../core/port";
import type { Issue } from "../core/issues/Issue";
import { validateWorkbook } from "../core/validate";

/** What the pane shows; shared by the pane and the ribbon buttons (one runtime). */
export type PaneState =
  | { status: "idle" }
  | { status: "running"; action: "validate" | "summarize" }
  | { status: "validated"; issues: Issue[]; levelSheets: number; otherSheets: number }
  | { status: "failed"; message: string };

type Listener = (state: PaneState) => void;

/** A small store: the ribbon commands and the pane run the same actions through it. */
export class Controller {
  private state: PaneState = { status: "idle" };
  private readonly listeners = new Set<Listener>();

  constructor(private readonly port: WorkbookPort) {}

  getState(): PaneState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: PaneState) {
    this.state = state;
    for (const l of this.listeners) l(state);
  }

  /** Kiểm tra: reads the workbook and validates every sheet. Errors of Excel reach the pane, never swallowed. */
  async validate(): Promise<void> {
    this.set({ status: "running", action: "validate" });
    try {
      const snapshot = await this.port.readSnapshot();
      const { sheets, issues } = validateWorkbook(snapshot);
      const levelSheets = sheets.filter((s) => s.kind === "level").length;
      this.set({ status: "validated", issues, levelSheets, otherSheets: sheets.length - levelSheets });
    } catch (err) {
      this.set({ status: "failed", message: errorMessage(err) });
    }
  }

  selectCell(issue: Issue): Promise<void> {
    const cell = issue.cell ?? (issue.range ? { row: issue.range.top, col: issue.range.left } : null);
    if (!cell) return Promise.resolve();
    return this.port
      .selectCell(issue.sheet, cell)
      .catch((err) => this.set({ status: "failed", message: errorMessage(err) }));
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
