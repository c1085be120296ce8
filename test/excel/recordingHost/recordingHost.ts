import type { SheetSnapshot } from "../../../src/core/snapshot";
import type { ExcelRunner } from "../../../src/excel/officePort";
import { loadExcelClient } from "./officeClient";
import { interpret, type RequestBody } from "./interpret";
import { modelWorkbook, workbookNode, type ModelWorkbook } from "./modelWorkbook";

/** One round trip to "Excel": what Microsoft's client sent and what the model answered. */
export interface RecordedRequest {
  /** UTF-8 bytes of the request body's JSON, what Excel on the web limits to 5 MB. */
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Action names (method and property names) by count, for tests that look at the shape. */
  names: Map<string, number>;
  body: RequestBody;
  /** The error code when the host refused it as too large. */
  refused?: string;
}

export interface RecordingHost {
  run: ExcelRunner;
  model: ModelWorkbook;
  requests: RecordedRequest[];
  /** Every API member the requests used, as "Range.getCellProperties" (from the model's types). */
  used: Set<string>;
  /** Highest ExcelApi version `Office.context.requirements.isSetSupported` says yes to. */
  api: string;
}

export interface HostOptions {
  api?: string;
  /** Excel on the web refuses requests and answers over 5 MB. */
  limitBytes?: number;
}

export const EXCEL_WEB_LIMIT = 5_000_000;

const versionAtMost = (version: string, max: string) => {
  const [a = 0, b = 0] = version.split(".").map(Number);
  const [c = 0, d = 0] = max.split(".").map(Number);
  return a < c || (a === c && b <= d);
};

/**
 * Microsoft's Excel client with its request executor replaced: every `context.sync()` of the
 * production code becomes a recorded request, answered by the model workbook. Sets the globals
 * `Excel` (the real client's namespace) and `Office` (requirement sets only).
 */
export function recordingHost(snapshots: SheetSnapshot[], options: HostOptions = {}): RecordingHost {
  const client = loadExcelClient();
  const limit = options.limitBytes ?? EXCEL_WEB_LIMIT;
  const model = modelWorkbook(snapshots);
  const host: RecordingHost = {
    run: null as unknown as ExcelRunner,
    model,
    requests: [],
    used: new Set(),
    api: options.api ?? "1.17",
  };
  (globalThis as { Excel?: unknown }).Excel = client.Excel;
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && versionAtMost(version, host.api),
      },
    },
  };
  const executor = {
    executeAsync: (_custom: unknown, _flags: number, message: { Body: RequestBody }) => {
      const text = JSON.stringify(message.Body);
      const requestBytes = utf8Length(text);
      const names = new Map<string, number>();
      for (const a of message.Body.Actions) if (a.Name) names.set(a.Name, (names.get(a.Name) ?? 0) + 1);
      const record: RecordedRequest = {
        requestBytes,
        responseBytes: 0,
        actions: message.Body.Actions.length,
        names,
        body: message.Body,
      };
      host.requests.push(record);
      if (model.editing) {
        model.editing--;
        return Promise.resolve(refuse(record, "InvalidOperationInCellEditMode", 0));
      }
      if (requestBytes > limit) return Promise.resolve(refuse(record, "RequestPayloadSizeLimitExceeded", requestBytes));
      const body = interpret(workbookNode(model), JSON.parse(text) as RequestBody, host.used);
      record.responseBytes = utf8Length(JSON.stringify(body));
      if (record.responseBytes > limit)
        return Promise.resolve(refuse(record, "ResponsePayloadSizeLimitExceeded", record.responseBytes));
      return Promise.resolve({ HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: body });
    },
  };
  host.run = (batch) => {
    const context = new client.Excel.RequestContext();
    (context as unknown as { _requestExecutor: unknown })._requestExecutor = executor;
    return client.Excel.run(context, batch);
  };
  return host;
}

function refuse(record: RecordedRequest, code: string, bytes: number) {
  record.refused = code;
  return { HttpStatusCode: 413, ErrorCode: code, ErrorMessage: `${bytes} bytes`, Headers: {}, Body: null };
}

/** The largest request body of those recorded, in bytes. */
export const largestRequest = (host: RecordingHost) => Math.max(0, ...host.requests.map((r) => r.requestBytes));

/** UTF-8 length of a string, without Buffer or TextEncoder (jsdom has neither everywhere). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) ((n += 4), i++);
    else n += 3;
  }
  return n;
}
