import type { CliArgs } from "./args";
import type { Io } from "./main";
import type { LoadedFile } from "./loadFiles";
import { rollUpFiles } from "./rollUpFiles";
import { countIssues } from "./report";
import { refusedAsTooLarge } from "./summaryLimit";

/**
 * `xeploai report`: the report's paragraph (Đoạn báo cáo) for the top organisation of the files,
 * on standard output, in Vietnamese (the report's language). Writes no file. When the sheets have
 * errors the paragraph is still printed, with a warning on standard error, and the exit code is 1.
 */
export async function runReport(files: readonly LoadedFile[], args: CliArgs, io: Io): Promise<number> {
  // The paragraph is read from a whole Tổng hợp: the same limit (100.000 rows took 721 MB).
  if (refusedAsTooLarge(files, args.lang, io.err)) return 2;
  const result = await rollUpFiles(files, args);
  if (!result.paragraph) {
    io.err(
      args.lang === "vi"
        ? "xeploai: không có trang nào theo mẫu để lập đoạn báo cáo"
        : "xeploai: no sheet of the template to write the paragraph from",
    );
    return 2;
  }
  io.out(result.paragraph.text);
  const errors = countIssues(result.issues).error;
  if (errors > 0) {
    io.err(
      args.lang === "vi"
        ? `xeploai: các biểu còn ${errors} lỗi; số liệu trong đoạn báo cáo có thể chưa đúng (chạy xeploai validate để xem)`
        : `xeploai: the sheets have ${errors} errors; the paragraph's figures may be wrong (run xeploai validate)`,
    );
    return 1;
  }
  return 0;
}
