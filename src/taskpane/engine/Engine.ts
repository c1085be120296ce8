import type { PickedFile } from "../../core/port";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { WorkbookInput } from "../../core/summarize";
import type { Request, Response, Results } from "../worker/protocol";
import { startWorker } from "../worker/startWorker";
import { check, summarize, type CheckOutcome, type OnProgress, type SummaryOutcome } from "./tasks";
import type { ReadOutcome } from "./readFiles";

/* global Worker */

/** Hủy: the action was cancelled by the user. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

/** The worker could not run (its file missing, refused by the page's policy): the page takes over. */
export class WorkerFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkerFailed";
  }
}

/** The engine as the pane uses it: in a Web Worker when it can, on the page otherwise. */
export interface Engine {
  read(files: readonly PickedFile[], onProgress: OnProgress): Promise<ReadOutcome>;
  check(snapshot: WorkbookSnapshot, onProgress: OnProgress): Promise<CheckOutcome>;
  summarize(
    snapshot: WorkbookSnapshot,
    taken: readonly string[],
    onProgress: OnProgress,
    /** Last year's workbooks, for "So sánh năm trước" (none: no comparison). */
    previous?: readonly WorkbookInput[],
  ): Promise<SummaryOutcome>;
  /** Stops what runs now; its promise rejects with Cancelled. */
  cancel(): void;
  /** "worker" or "page": where the engine runs (the pane says nothing of it; tests do). */
  readonly where: "worker" | "page";
}

/** Yields to the page so that progress is drawn and Hủy can be clicked between steps. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The engine on the page's thread: the fallback without Worker support, and the React tests. */
export function pageEngine(): Engine {
  let cancelled = false;
  const guard = async <T>(work: () => T | Promise<T>): Promise<T> => {
    cancelled = false;
    await pause();
    const result = await work();
    if (cancelled) throw new Cancelled();
    return result;
  };
  return {
    where: "page",
    // The .xlsx libraries are loaded only when files are read on the page (not in Excel's first load).
    read: (files, onProgress) =>
      guard(async () => (await import("./readFiles")).readFiles(files, onProgress, () => cancelled)),
    check: (snapshot, onProgress) => guard(() => check(snapshot, onProgress)),
    summarize: (snapshot, taken, onProgress, previous = []) =>
      guard(() => summarize(snapshot, taken, onProgress, previous)),
    cancel: () => void (cancelled = true),
  };
}

interface Pending {
  resolve: (value: never) => void;
  reject: (err: unknown) => void;
  onProgress: OnProgress;
}

/** The engine in a Web Worker; Hủy ends the worker at once, and the next action starts a new one. */
export function workerEngine(start: () => Worker | null = startWorker): Engine | null {
  let worker = start();
  if (!worker) return null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listen = (w: Worker) => {
    w.onmessage = (e: MessageEvent<Response>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      if (e.data.kind === "progress") p.onProgress(e.data.progress);
      else {
        pending.delete(e.data.id);
        if (e.data.kind === "done") p.resolve(e.data.result as never);
        else p.reject(new Error(e.data.message));
      }
    };
    w.onerror = (e) => {
      for (const p of pending.values()) p.reject(new WorkerFailed(e.message || "engine worker failed"));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  };
  listen(worker);
  const ask = <K extends Request["kind"]>(
    request: Omit<Extract<Request, { kind: K }>, "id">,
    onProgress: OnProgress,
  ): Promise<Results[K]> => {
    if (!worker) {
      worker = start();
      if (!worker) return Promise.reject(new Error("the engine worker could not start"));
      listen(worker);
    }
    const id = nextId++;
    const w = worker;
    return new Promise<Results[K]>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: never) => void, reject, onProgress });
      w.postMessage({ ...request, id });
    });
  };
  return {
    where: "worker",
    read: (files, onProgress) => ask<"read">({ kind: "read", files: [...files] }, onProgress),
    check: (snapshot, onProgress) => ask<"check">({ kind: "check", snapshot }, onProgress),
    summarize: (snapshot, taken, onProgress, previous = []) =>
      ask<"summarize">({ kind: "summarize", snapshot, taken: [...taken], previous: [...previous] }, onProgress),
    cancel: () => {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Cancelled());
      pending.clear();
    },
  };
}

/**
 * The worker when the browser has one, else the page; and the page from the first time the
 * worker fails to run, so that the pane works wherever it is opened.
 */
export function defaultEngine(start: () => Worker | null = startWorker): Engine {
  const page = pageEngine();
  let current: Engine = workerEngine(start) ?? page;
  const fallback =
    <A extends unknown[], T>(call: (e: Engine, ...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      try {
        return await call(current, ...args);
      } catch (err) {
        if (!(err instanceof WorkerFailed)) throw err;
        current = page;
        return call(current, ...args);
      }
    };
  return {
    get where() {
      return current.where;
    },
    read: fallback((e, files: readonly PickedFile[], onProgress: OnProgress) => e.read(files, onProgress)),
    check: fallback((e, snapshot: WorkbookSnapshot, onProgress: OnProgress) => e.check(snapshot, onProgress)),
    summarize: fallback(
      (
        e,
        snapshot: WorkbookSnapshot,
        taken: readonly string[],
        onProgress: OnProgress,
        previous: readonly WorkbookInput[] = [],
      ) => e.summarize(snapshot, taken, onProgress, previous),
    ),
    cancel: () => current.cancel(),
  };
}
