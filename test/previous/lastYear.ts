import type { WorkbookInput } from "../../src/core/summarize";
import { lastYearOf } from "../../scripts/demo/lastYear";
import { loadSample } from "../report/loadSample";

export { mergeSheet } from "../../scripts/demo/lastYear";

/** The sample district's "last year" (scripts/demo/lastYear.ts says what changed). */
export async function lastYearOfSample(): Promise<WorkbookInput[]> {
  return lastYearOf(await loadSample());
}
