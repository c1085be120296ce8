/* The engine's Web Worker (webpack entry "engineWorker"): reading files, checking and summing run
 * here, off the page's thread, so the pane keeps drawing progress. It holds no state: each request
 * carries what it needs, so Hủy can simply end the worker. */
import type { Request, Response } from "./protocol";
import { serve } from "./serve";

interface WorkerScope {
  onmessage: ((e: { data: Request }) => void) | null;
  postMessage: (message: Response) => void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => void serve(e.data, (r) => scope.postMessage(r));
