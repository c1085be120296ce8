import { getController } from "../taskpane/session";

/* global Office */

/**
 * Ribbon buttons (ExecuteFunction, names as in manifest.xml). They run the same actions as the
 * pane, in the same runtime, then show the pane with the result. Each completes its event in
 * `finally`, also on failure, or Excel would keep the button busy.
 */
export async function validateWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await getController().validate();
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

export async function summarizeWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await getController().summarize();
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateWorkbook", validateWorkbook);
  Office.actions.associate("summarizeWorkbook", summarizeWorkbook);
});
