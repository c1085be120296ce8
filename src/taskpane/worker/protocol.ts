import type { PickedFile } from "../../core/port";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { WorkbookInput } from "../../core/summarize";
import type { CheckOutcome, Progress, SummaryOutcome } from "../engine/tasks";
import type { ReadOutcome } from "../engine/readFiles";

/** What the page asks the engine worker; each request has an id its answers carry. */
export type Request =
  | { id: number; kind: "read"; files: PickedFile[] }
  | { id: number; kind: "check"; snapshot: WorkbookSnapshot }
  | { id: number; kind: "summarize"; snapshot: WorkbookSnapshot; taken: string[]; previous: WorkbookInput[] };

export interface Results {
  read: ReadOutcome;
  check: CheckOutcome;
  summarize: SummaryOutcome;
}

/** Progress while it runs, then one result or one failure. */
export type Response =
  | { id: number; kind: "progress"; progress: Progress }
  | { id: number; kind: "done"; result: Results[Request["kind"]] }
  | { id: number; kind: "failed"; message: string };
