import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { runScenarios } from "./scenarios";

/* global Office */

/** The test server of `npm run test:excel` (office-addin-test-server's default port). */
const PORT = 4201;

/** The in-Excel test page: runs the scenarios once Excel is ready and posts the results. */
Office.onReady(async (info) => {
  if (info.host !== Office.HostType.Excel) return;
  const ping = await pingTestServer(PORT);
  if (ping.status !== 200) return;
  let results;
  try {
    results = await runScenarios();
  } catch (err) {
    results = [{ resultName: "the scenarios ran", resultValue: String(err), expectedValue: "no error" }];
  }
  await sendTestResults(results, PORT);
});
