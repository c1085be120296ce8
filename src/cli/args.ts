/** The command line's words, parsed by hand: no dependency for a few flags. */
export interface CliArgs {
  command: "validate" | "summarize" | "report" | "help" | "version";
  files: string[];
  json: boolean;
  lang: "vi" | "en";
  year?: number;
  out?: string;
  /** validate --stamp: write a stamped copy of each file when no error is found. */
  stamp?: boolean;
  /** The checker's name for the stamp (remembered on this machine once given). */
  checker?: string;
  /** summarize/report --previous: last year's summary workbook. */
  previous?: string;
}

export class UsageError extends Error {}

/** `-o -`: the workbook goes to standard output (the report then to standard error). */
export const STDOUT = "-";

export const USAGE = `Cách dùng / Usage:
  xeploai validate FILE... [-o LOI.xlsx|-] [--json] [--lang vi|en] [--year YYYY]
  xeploai summarize FILE... [-o OUT.xlsx|-] [--json] [--lang vi|en] [--year YYYY]
  xeploai report FILE... [--year YYYY] [--previous LAST-YEAR.xlsx]
  xeploai validate FILE... --stamp [--checker "Họ tên"]
  xeploai summarize FILE... --previous LAST-YEAR.xlsx

  validate    kiểm tra các biểu theo mẫu và quy định / check sheets against the template and rules
  summarize   tổng hợp số liệu theo cây tổ chức / roll the figures up the organisation tree
  report      in đoạn báo cáo kết quả (tiếng Việt) / print the report's paragraph (in Vietnamese)
  --json      in kết quả dạng JSON / print JSON
  --lang      ngôn ngữ của báo cáo (mặc định vi) / report language (default vi)
  --year      năm đánh giá, quyết định bộ quy định / evaluation year, which decides the rule set
  -o, --out   tệp tổng hợp (mặc định cạnh tệp đầu tiên) / the summary workbook to write;
              với validate: danh sách lỗi (đơn vị, ô, lỗi, cách sửa) / with validate: the issues as a workbook
  -o -        ghi bảng tính ra đầu ra chuẩn (chuyển vào tệp hoặc ống dẫn, không ra màn hình); báo cáo
              chữ hay JSON khi đó ra đầu ra lỗi / the workbook to standard output (a file or a pipe, never
              a terminal); the text or JSON report then goes to standard error

  --stamp     không có lỗi thì ghi bản sao có dấu kiểm tra (FILE-da-kiem-tra.xlsx) / no error: write a stamped copy
  --checker   tên người kiểm tra, được nhớ trên máy này / the checker's name, remembered on this machine
  --previous  bảng tổng hợp năm trước, để so sánh / last year's summary, to compare with

Mã thoát / exit codes: 0 không có lỗi / no error, 1 có lỗi / errors found, 2 không chạy được / could not run`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h")
    return { command: "help", files: [], json: false, lang: "vi" };
  if (command === "--version" || command === "-v") return { command: "version", files: [], json: false, lang: "vi" };
  if (command !== "validate" && command !== "summarize" && command !== "report")
    throw new UsageError(`unknown command "${command}"`);
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
      // report writes no file: an -o there would be silently ignored, so it is refused.
      if (command === "report")
        throw new UsageError(`${a} goes with validate or summarize (report prints its paragraph)`);
      args.out = value();
      if (args.out.trim() === "") throw new UsageError(`${a} needs a file name, not an empty one`);
    } else if (a === "--stamp") {
      if (command !== "validate") throw new UsageError(`${a} goes with validate`);
      args.stamp = true;
    } else if (a === "--checker") {
      if (command !== "validate") throw new UsageError(`${a} goes with validate`);
      args.checker = value();
    } else if (a === "--previous") {
      if (command === "validate") throw new UsageError(`${a} goes with summarize or report`);
      args.previous = value();
    } else if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError("no file given");
  return args;
}
