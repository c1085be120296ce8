import { parseArgs, UsageError, USAGE, STDOUT, type CliArgs } from "./args";
import { loadFiles, checkInput } from "./loadFiles";
import { validateJson, validateText, countIssues, type FileAnalysis } from "./report";
import { validateWorkbook } from "../core/validate";
import { ReadError } from "../xlsx/ReadError";
import { runReport } from "./reportCommand";
import { writeStampedCopies } from "./stampCommand";
import { OutputError } from "./OutputError";
import { checkOutput } from "./outputPath";
import { defaultOutput, runSummarize } from "./summarize";
import { writeFindings } from "./findingsOut";
import { limitHeapGrowth } from "./heapGrowth";

/** Exit codes: 0 no error issue, 1 at least one error issue, 2 could not run. */
export const EXIT = { ok: 0, issues: 1, failed: 2 } as const;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Binary output on standard output (`-o -`); absent where there is none. */
  bytes?: (bytes: Uint8Array) => void;
  /** Standard output is a terminal: no workbook is written to it. */
  terminal?: boolean;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`xeploai: ${err.message}\n\n${USAGE}`);
      return EXIT.failed;
    }
    throw err;
  }
  if (args.command === "help") {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (args.command === "version") {
    io.out("xeploai 0.1.0");
    return EXIT.ok;
  }
  try {
    // Everything that can be refused without reading is refused first: a bad output path must
    // not cost a long read, and must never be found only after the inputs were overwritten.
    for (const file of args.files) checkInput(file);
    if (args.out === STDOUT && args.command !== "report") {
      // Standard output then holds the workbook's bytes alone: the report goes to standard error.
      if (io.terminal || !io.bytes) throw new OutputError("-o -", "terminal");
      io = { ...io, out: io.err };
    } else if (args.command === "summarize") checkOutput(args.out ?? defaultOutput(args.files), args.files);
    else if (args.out !== undefined) checkOutput(args.out, args.files);
    const files = await loadFiles(args.files);
    const options = args.year === undefined ? {} : { year: args.year };
    if (args.command === "summarize") return await runSummarize(files, args, io);
    if (args.command === "report") return await runReport(files, args, io);
    const results: FileAnalysis[] = files.map(({ file, snapshot }) => ({
      file,
      analysis: validateWorkbook(snapshot, options),
    }));
    io.out(args.json ? JSON.stringify(validateJson(results, args.lang), null, 2) : validateText(results, args.lang));
    if (args.stamp) {
      const failed = await writeStampedCopies(results, args, io);
      if (failed !== null) return failed;
    }
    if (args.out === STDOUT) {
      const n = await writeFindings(results, args.out, false, io.bytes);
      io.err(args.lang === "vi" ? `Đã ghi ${n} lỗi ra đầu ra chuẩn` : `Wrote ${n} issues to standard output`);
    } else if (args.out !== undefined) {
      checkOutput(args.out, args.files);
      const n = await writeFindings(results, args.out);
      io.err(args.lang === "vi" ? `Đã ghi ${n} lỗi vào ${args.out}` : `Wrote ${n} issues to ${args.out}`);
    }
    return countIssues(results.flatMap((r) => r.analysis.issues)).error > 0 ? EXIT.issues : EXIT.ok;
  } catch (err) {
    if (err instanceof ReadError || err instanceof OutputError) {
      io.err(`xeploai: ${err.describe(args.lang)}`);
      return EXIT.failed;
    }
    io.err(`xeploai: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.failed;
  }
}

/**
 * The process around `run`: standard output drains before the process ends (the exit code is
 * set, the process is never cut short with process.exit), a reader that closes early (`| head`)
 * ends the run quietly, and a report that could not be written (`> /dev/full`) is exit 2.
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  limitHeapGrowth();
  let outFailed: NodeJS.ErrnoException | null = null;
  let closed = false;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") closed = true;
    else outFailed ??= err;
  });
  const write = (text: string | Uint8Array) => {
    if (closed || outFailed) return;
    try {
      process.stdout.write(typeof text === "string" ? `${text}\n` : text);
    } catch (err) {
      // A file on a full device fails synchronously.
      const e = err as NodeJS.ErrnoException;
      if (e.code === "EPIPE") closed = true;
      else outFailed ??= e;
    }
  };
  let code: number;
  let lang: "vi" | "en" = "vi";
  try {
    try {
      lang = parseArgs(argv).lang;
    } catch {
      // A usage error is reported by run itself.
    }
    code = await run(argv, {
      out: write,
      err: (t) => process.stderr.write(`${t}\n`),
      bytes: write,
      terminal: process.stdout.isTTY === true,
    });
  } catch (err) {
    process.stderr.write(`xeploai: ${err instanceof Error ? err.message : String(err)}\n`);
    code = EXIT.failed;
  }
  // Wait until what was written has left the process (or the write failed).
  if (!closed && !outFailed)
    await new Promise<void>((resolve) => {
      try {
        process.stdout.write("", () => resolve());
      } catch {
        resolve();
      }
    });
  if (outFailed && !closed) {
    process.stderr.write(`xeploai: ${new OutputError("stdout", "stdout").describe(lang)}\n`);
    code = EXIT.failed;
  }
  process.exitCode = code;
}

if (require.main === module) void runProcess(process.argv.slice(2));
