import fs from "fs";
import path from "path";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import type { WorkbookInput } from "../../src/core/summarize";

export const SAMPLE_DIR = path.resolve(__dirname, "../../seeds/thoi-lai-2022");

/** The sample district's files, read by the real .xlsx adapter. */
export async function loadSample(): Promise<WorkbookInput[]> {
  const files = fs
    .readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  return Promise.all(
    files.map(async (f) => ({
      name: f,
      snapshot: await readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(SAMPLE_DIR, f))), f),
    })),
  );
}
