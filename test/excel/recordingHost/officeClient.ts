import { readFileSync } from "fs";

/**
 * Microsoft's own Excel JavaScript client, as published in `@microsoft/office-js` (pinned): the
 * OfficeExtension runtime and the Excel namespace of `excel-web-16.00.debug.js`, evaluated without
 * the Office host bootstrap (OSF), which needs a real Office host. What is loaded is the code that
 * turns `range.values = …`, `load(…)` and `context.sync()` into the JSON request Excel receives.
 */
export interface ExcelClient {
  Excel: typeof Excel & { RequestContext: new () => Excel.RequestContext };
  OfficeExtension: typeof OfficeExtension;
}

const FILE = "@microsoft/office-js/dist/excel-web-16.00.debug.js";
/** The runtime starts after the host bootstrap's last line and the Excel namespace ends at this marker. */
const AFTER_BOOTSTRAP = "OSF.InitializationHelper.prototype.getInitializationReason";
const EXCEL_END = 'var _EndExcel = "_EndExcel";';

let source: string | null = null;

/** The client's code, cut out of the published file once per process. */
function clientSource(): string {
  if (source) return source;
  const text = readFileSync(require.resolve(FILE), "utf8");
  const bootstrapEnd = text.indexOf(AFTER_BOOTSTRAP);
  const start = text.indexOf("var __extends", bootstrapEnd);
  const end = text.indexOf(EXCEL_END);
  if (bootstrapEnd < 0 || start < 0 || end < start) throw new Error(`${FILE}: layout not recognised`);
  source = text.slice(start, end);
  return source;
}

/**
 * A fresh copy of the client (its own classes and counters). Under jsdom the page's window is
 * used; elsewhere (npm run bench, in Node) a minimal one with a user agent, all the library reads
 * while loading.
 */
export function loadExcelClient(): ExcelClient {
  const win = (globalThis as { window?: object }).window ?? { navigator: { userAgent: "Node" } };
  const factory = new Function(
    "window",
    "navigator",
    `${clientSource()}\n;return { OfficeExtension: OfficeExtension, Excel: Excel };`,
  ) as (w: object, n: unknown) => ExcelClient;
  return factory(win, (win as { navigator?: unknown }).navigator);
}
