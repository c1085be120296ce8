import { parseArgs, UsageError, USAGE, type CliArgs } from "./args";
import { loadFiles } from "./loadFiles";
import { validateJson, validateText, countIssues, type FileAnalysis } from "./report";
import { validateWorkbook } from "../core/validate";
import { ReadError } from "../xlsx/ReadError";
import { runSummarize } from "./summarize";
import { writeFindings } from "./findingsOut";

/** Exit codes: 0 no error issue, 1 at least one error issue, 2 could not run. */
export const EXIT = { ok: 0, issues: 1, failed: 2 } as const;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
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
    const files = await loadFiles(args.files);
    const options = args.year === undefined ? {} : { year: args.year };
    if (args.command === "summarize") return await runSummarize(files, args, io);
    const results: FileAnalysis[] = files.map(({ file, snapshot }) => ({
      file,
      analysis: validateWorkbook(snapshot, options),
    }));
    io.out(args.json ? JSON.stringify(validateJson(results, args.lang), null, 2) : validateText(results, args.lang));
    if (args.out !== undefined) {
      const n = await writeFindings(results, args.out);
      io.err(args.lang === "vi" ? `Đã ghi ${n} lỗi vào ${args.out}` : `Wrote ${n} issues to ${args.out}`);
    }
    return countIssues(results.flatMap((r) => r.analysis.issues)).error > 0 ? EXIT.issues : EXIT.ok;
  } catch (err) {
    if (err instanceof ReadError) {
      io.err(`xeploai: ${err.describe(args.lang)}`);
      return EXIT.failed;
    }
    io.err(`xeploai: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.failed;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  }).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`xeploai: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(EXIT.failed);
    },
  );
}
