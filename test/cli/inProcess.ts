import path from "path";
import { run } from "../../src/cli/main";

const root = path.resolve(__dirname, "../..");

/**
 * The command line run in this process, from the project's root (so that `seeds/…` paths work):
 * its exit code and what it wrote to standard output and standard error.
 */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    process.chdir(cwd);
  }
}
