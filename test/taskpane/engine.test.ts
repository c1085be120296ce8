import fs from "fs";
import path from "path";
import { serve } from "../../src/taskpane/worker/serve";
import type { Request, Response } from "../../src/taskpane/worker/protocol";
import { Cancelled, defaultEngine, workerEngine } from "../../src/taskpane/engine/Engine";
import { startWorker, WORKER_FILE, WORKER_SOURCE_ID } from "../../src/taskpane/worker/startWorker";
import { levelSheet, xuanThangUnits } from "../builders/levelSheet";
import type { Progress } from "../../src/taskpane/engine/tasks";
import { downloadName, slug } from "../../src/taskpane/fileName";

const faults = path.resolve(__dirname, "../../seeds/faults/bieu-co-loi.xlsx");

/** A Worker that answers in this process, asynchronously, as a real one would. */
class InProcessWorker {
  static started = 0;
  onmessage: ((e: { data: Response }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  constructor() {
    InProcessWorker.started++;
  }
  postMessage(request: Request) {
    setTimeout(
      () => void serve(request, (r) => !this.terminated && setTimeout(() => this.onmessage?.({ data: r }), 0)),
      0,
    );
  }
  terminate() {
    this.terminated = true;
  }
}

describe("the engine off the page's thread", () => {
  test("serve: progress sheet by sheet, then the result", async () => {
    // Three communes (one organisation on three sheets would be HIER-AMBIGUOUS).
    const sheets = [1, 2, 3].map((k) => ({
      ...levelSheet({ organisation: `ĐẢNG ỦY XÃ SỐ ${k}`, rows: xuanThangUnits() }),
      name: `Biểu ${k}`,
    }));
    const posted: Response[] = [];
    await serve({ id: 7, kind: "check", snapshot: { sheets } }, (r) => posted.push(r));
    const progress = posted.filter((r) => r.kind === "progress").map((r) => (r as { progress: Progress }).progress);
    expect(progress.map((p) => `${p.done}/${p.total} ${p.name}`)).toEqual(["0/3 Biểu 1", "1/3 Biểu 2", "2/3 Biểu 3"]);
    const done = posted[posted.length - 1]!;
    expect(done).toMatchObject({ id: 7, kind: "done", result: { levelSheets: 3, issues: [] } });
  });

  test("serve: a bad file among good ones is named in Vietnamese, the good one is read", async () => {
    const posted: Response[] = [];
    const files = [
      { name: "hong.xlsx", bytes: new TextEncoder().encode("không phải tệp Excel") },
      { name: "bieu-co-loi.xlsx", bytes: new Uint8Array(fs.readFileSync(faults)) },
    ];
    await serve({ id: 1, kind: "read", files }, (r) => posted.push(r));
    const done = posted[posted.length - 1] as Extract<Response, { kind: "done" }>;
    const result = done.result as { loaded: { file: { name: string } }[]; unreadable: { message: { vi: string } }[] };
    expect(result.loaded.map((l) => l.file.name)).toEqual(["bieu-co-loi.xlsx"]);
    expect(result.unreadable.map((u) => u.message.vi)).toEqual(["hong.xlsx: không phải tệp Excel (.xlsx hoặc .xls)"]);
    expect(posted.filter((r) => r.kind === "progress").length).toBe(3); // file 1, file 2, done
  });

  test("the worker engine relays progress; Hủy ends the worker at once and the next action starts a new one", async () => {
    InProcessWorker.started = 0;
    const engine = workerEngine(() => new InProcessWorker() as unknown as Worker)!;
    expect(engine.where).toBe("worker");
    const seen: Progress[] = [];
    const snapshot = { sheets: [levelSheet({ rows: xuanThangUnits() })] };
    const out = await engine.check(snapshot, (p) => seen.push(p));
    expect(out.levelSheets).toBe(1);
    expect(seen.length).toBeGreaterThan(0);
    const running = engine.check(snapshot, () => {});
    engine.cancel();
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    await expect(engine.check(snapshot, () => {})).resolves.toMatchObject({ levelSheets: 1 });
    expect(InProcessWorker.started).toBe(2);
  });

  test("a worker that cannot run (file missing, refused): the page takes over and the action still answers", async () => {
    class Broken {
      onerror: ((e: { message: string }) => void) | null = null;
      postMessage() {
        setTimeout(() => this.onerror?.({ message: "404" }), 0);
      }
      terminate() {}
    }
    const engine = defaultEngine(() => new Broken() as unknown as Worker);
    expect(engine.where).toBe("worker");
    const out = await engine.check({ sheets: [levelSheet({ rows: xuanThangUnits() })] }, () => {});
    expect(out.levelSheets).toBe(1);
    expect(engine.where).toBe("page");
  });

  test("startWorker: the page's embedded code first (file://), else the built file, else none", () => {
    const g = globalThis as unknown as Record<string, unknown>;
    const urls: string[] = [];
    let embedded: string | null = "self.onmessage = () => {}";
    g.document = {
      baseURI: "https://example.test/xeploai/index.html",
      getElementById: (id: string) => (id === WORKER_SOURCE_ID && embedded ? { textContent: embedded } : null),
    };
    g.Worker = class {
      constructor(url: URL | string) {
        urls.push(String(url));
      }
    };
    try {
      expect(startWorker()).not.toBeNull();
      expect(urls[0]).toMatch(/^blob:/);
      embedded = null;
      startWorker();
      expect(urls[1]).toBe(`https://example.test/xeploai/${WORKER_FILE}`);
      delete g.Worker;
      expect(startWorker()).toBeNull();
    } finally {
      delete g.document;
      delete g.Worker;
    }
  });

  test("download names: the organisation, the year and the day", () => {
    expect(slug("HUYỆN ỦY THỚI LAI")).toBe("huyen-uy-thoi-lai");
    expect(downloadName("tong-hop", "Huyện ủy Thới Lai", 2022, new Date(2026, 10, 29))).toBe(
      "tong-hop-huyen-uy-thoi-lai-2022-ngay-29-11.xlsx",
    );
    expect(downloadName("danh-sach-loi", null, null, new Date(2026, 0, 5))).toBe("danh-sach-loi-ngay-05-01.xlsx");
  });
});
