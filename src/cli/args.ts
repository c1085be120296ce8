/** The command line's words, parsed by hand: no dependency for a few flags. */
export interface CliArgs {
  command: "validate" | "summarize" | "help" | "version";
  files: string[];
  json: boolean;
  lang: "vi" | "en";
  year?: number;
  out?: string;
}

export class UsageError extends Error {}

export const USAGE = `Cách dùng / Usage:
  xeploai validate FILE... [-o LOI.xlsx] [--json] [--lang vi|en] [--year YYYY]
  xeploai summarize FILE... [-o OUT.xlsx] [--json] [--lang vi|en] [--year YYYY]

  validate    kiểm tra các biểu theo mẫu và quy định / check sheets against the template and rules
  summarize   tổng hợp số liệu theo cây tổ chức / roll the figures up the organisation tree
  --json      in kết quả dạng JSON / print JSON
  --lang      ngôn ngữ của báo cáo (mặc định vi) / report language (default vi)
  --year      năm đánh giá, quyết định bộ quy định / evaluation year, which decides the rule set
  -o, --out   tệp tổng hợp (mặc định cạnh tệp đầu tiên) / the summary workbook to write;
              với validate: danh sách lỗi (đơn vị, ô, lỗi, cách sửa) / with validate: the issues as a workbook

Mã thoát / exit codes: 0 không có lỗi / no error, 1 có lỗi / errors found, 2 không chạy được / could not run`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h")
    return { command: "help", files: [], json: false, lang: "vi" };
  if (command === "--version" || command === "-v") return { command: "version", files: [], json: false, lang: "vi" };
  if (command !== "validate" && command !== "summarize") throw new UsageError(`unknown command "${command}"`);
  const args: CliArgs = { command, files: [], json: false, lang: "vi" };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--json") args.json = true;
    else if (a === "--lang") {
      const v = value();
      if (v !== "vi" && v !== "en") throw new UsageError(`--lang takes vi or en, not "${v}"`);
      args.lang = v;
    } else if (a === "--year") {
      const v = value();
      if (!/^(19|20)\d\d$/.test(v)) throw new UsageError(`--year takes a year such as 2022, not "${v}"`);
      args.year = Number(v);
    } else if (a === "-o" || a === "--out") {
      // validate -o: the findings as a workbook (loi.xlsx); summarize -o: the summary workbook.
      args.out = value();
    } else if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError("no file given");
  return args;
}
