import type { SheetSnapshot } from "../../src/core/snapshot";
import type { ExcelRunner } from "../../src/excel/officePort";
import { recordingHost, type RecordingHost } from "./recordingHost/recordingHost";
import type { ModelSheet } from "./recordingHost/modelNodes";

/**
 * The entry points of the earlier hand-written fake, now over the recording host (Microsoft's
 * Excel client answered by a model workbook), for tests written against them. New tests use
 * `recordingHost` directly.
 */
export interface FakeWorkbook {
  host: RecordingHost;
  /** The model's sheets, live: sheets the add-in adds appear here. */
  sheets: ModelSheet[];
  /** Requests sent to "Excel" so far. */
  syncs: () => number;
  activated: string[];
  inserted: { base64: string; options: unknown }[];
}

export function fakeWorkbook(snapshots: SheetSnapshot[], api = { v112: true, v113: true }): FakeWorkbook {
  const host = recordingHost(snapshots, { api: api.v113 ? "1.17" : api.v112 ? "1.12" : "1.11" });
  return {
    host,
    sheets: host.model.sheets,
    syncs: () => host.requests.length,
    activated: host.model.activated,
    inserted: host.model.inserted,
  };
}

/** The runner an adapter gets in tests. */
export function runnerFor(wb: FakeWorkbook): ExcelRunner {
  return wb.host.run;
}
