import type { Request, Response, Results } from "./protocol";
import { check, summarize, type Progress } from "../engine/tasks";
import { readFiles } from "../engine/readFiles";

/** Answers one request: progress as it goes, then the result. Shared by the worker and its tests. */
export async function serve(request: Request, post: (r: Response) => void): Promise<void> {
  const progress = (p: Progress) => post({ id: request.id, kind: "progress", progress: p });
  try {
    let result: Results[Request["kind"]];
    if (request.kind === "read") result = await readFiles(request.files, progress);
    else if (request.kind === "check") result = check(request.snapshot, progress);
    else result = summarize(request.snapshot, request.taken, progress, request.previous);
    post({ id: request.id, kind: "done", result });
  } catch (err) {
    post({ id: request.id, kind: "failed", message: err instanceof Error ? err.message : String(err) });
  }
}
