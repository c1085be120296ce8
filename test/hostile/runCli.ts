import fs from "fs";
import os from "os";
import path from "path";
import crypto from "crypto";
import { spawnSync, type SpawnSyncOptions } from "child_process";

export const root = path.resolve(__dirname, "../..");
export const bin = path.join(root, "bin/xeploai");
const probe = path.join(__dirname, "rssProbe.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process, in MB. */
  peakMb: number;
}

/**
 * Runs the real command line (bin/xeploai, built by `npm run build:cli`) in a new process, with a
 * preload that records its peak memory when it ends.
 */
export function xeploai(args: string[], options: SpawnSyncOptions & { shell?: string } = {}): CliRun {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-rss-")), "rss");
  const r = spawnSync(process.execPath, ["-r", probe, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
    ...options,
    env: { ...process.env, ...options.env, XEPLOAI_RSS_FILE: rssFile },
  });
  const peak = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, "utf8")) / 1024 : NaN;
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  return { code: r.status, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? ""), peakMb: peak };
}

const made: string[] = [];

/** A fresh folder for one test's files, removed when the test file's tests are done. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-hostile-"));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function sha256(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** What a failure must look like: exit 2, one message naming the file, no stack trace. */
export function expectRefused(r: CliRun, names: string, text: RegExp): void {
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.stringContaining(names) });
  expect(r.stderr).toMatch(text);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|heap/);
}
