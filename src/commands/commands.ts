import { getController } from "../taskpane/session";

/* global Office */

/**
 * Ribbon buttons (ExecuteFunction, names as in manifest.xml). They run the same actions as the
 * pane, in the same runtime. The event is completed as soon as the action ends, before the pane is
 * shown: on desktop showAsTaskpane is reported to wait for the command to complete, so awaiting it
 * first would leave the button busy. The pane is then shown without waiting for it.
 */
async function runThenShow(event: Office.AddinCommands.Event, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } finally {
    event.completed();
  }
  // Office.addin exists wherever ribbon commands run (the shared runtime); the check costs nothing.
  void Office.addin?.showAsTaskpane().catch(() => undefined);
}

export function validateWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  return runThenShow(event, () => getController().validate());
}

export function summarizeWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  return runThenShow(event, () => getController().summarize());
}

Office.onReady(() => {
  Office.actions.associate("validateWorkbook", validateWorkbook);
  Office.actions.associate("summarizeWorkbook", summarizeWorkbook);
});
