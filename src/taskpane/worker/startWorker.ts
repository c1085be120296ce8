/* global document, Worker, Blob, URL */

/** The built worker's file, beside the page's scripts (webpack entry "engineWorker"). */
export const WORKER_FILE = "engineWorker.js";
/** The build's id (webpack's DefinePlugin); absent in tests, which run the sources. */
declare const __XEPLOAI_BUILD__: string | undefined;
const BUILD = typeof __XEPLOAI_BUILD__ === "undefined" ? "" : __XEPLOAI_BUILD__;

/** Where a single-file page (dist/xeploai.html, opened from file://) carries the worker's code. */
export const WORKER_SOURCE_ID = "xeploai-worker-src";

/**
 * Starts the engine's worker: from the code embedded in the page when there is some (a Blob URL,
 * which file:// pages allow), else from the built file. `null` without Worker support, or when
 * the browser refuses it: the caller then runs the engine on the page.
 */
export function startWorker(): Worker | null {
  if (typeof Worker === "undefined" || typeof document === "undefined") return null;
  try {
    const embedded = document.getElementById(WORKER_SOURCE_ID);
    if (embedded?.textContent) {
      const url = URL.createObjectURL(new Blob([embedded.textContent], { type: "text/javascript" }));
      return new Worker(url);
    }
    // The build id as a query: the file's name is fixed, its address changes with every build.
    return new Worker(new URL(BUILD ? `${WORKER_FILE}?v=${BUILD}` : WORKER_FILE, document.baseURI));
  } catch {
    return null;
  }
}
