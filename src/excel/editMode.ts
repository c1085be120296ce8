import type { ExcelRunner } from "./officePort";
import { CELL_EDIT_MODE, errorCode } from "./errorCode";

/** How long the add-in waits for the user to leave a cell: 20 tries, a second apart. */
export const EDIT_MODE_TRIES = 20;
export const EDIT_MODE_WAIT_MS = 1_000;

export type Wait = (ms: number) => Promise<void>;
const sleep: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A runner that waits while Excel is in cell-edit mode (it refuses every call while the user
 * types in a cell) and then runs the whole action again: each action reads before it writes, so a
 * second run does the same work. After EDIT_MODE_TRIES the error goes to the pane, which says to
 * press Enter or Esc.
 */
export function waitingOutEditMode(run: ExcelRunner, wait: Wait = sleep): ExcelRunner {
  return async (batch) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run(batch);
      } catch (err) {
        if (errorCode(err) !== CELL_EDIT_MODE || attempt >= EDIT_MODE_TRIES) throw err;
        await wait(EDIT_MODE_WAIT_MS);
      }
    }
  };
}
