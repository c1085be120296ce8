import fs from "fs";
import path from "path";
import type { CliArgs } from "./args";
import type { Io } from "./main";
import type { FileAnalysis } from "./report";
import { checkerName } from "./checkerName";
import { writeAtomically } from "./writeAtomically";
import { makeStamp } from "../core/stamp/makeStamp";
import { stampToXml, supersededBy } from "../core/stamp/stampXml";
import { addStampPart } from "../xlsx/stampParts";

/** The stamped copy's name: beside the file, `-da-kiem-tra` added. */
export function stampedName(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-da-kiem-tra.xlsx`);
}

/**
 * `validate --stamp`: when no file has an error, writes beside each a copy with the check stamp
 * (a custom XML part; the user's file and its cells are left as they are). Anything wrong (an
 * error found, no checker's name, an .xls file) and nothing is written. Returns an exit code, or
 * `null` when it wrote the copies.
 */
export async function writeStampedCopies(
  results: readonly FileAnalysis[],
  args: CliArgs,
  io: Io,
): Promise<number | null> {
  const vi = args.lang === "vi";
  if (results.some((r) => r.analysis.issues.some((i) => i.severity === "error"))) {
    io.err(
      vi
        ? "xeploai: còn lỗi nên không đóng dấu kiểm tra; không ghi tệp nào"
        : "xeploai: errors found, no stamp; nothing written",
    );
    return 1;
  }
  const checker = checkerName(args.checker);
  if (!checker) {
    io.err(
      vi
        ? 'xeploai: cần tên người kiểm tra: --checker "Họ tên" (được nhớ cho lần sau) hoặc biến XEPLOAI_CHECKER'
        : 'xeploai: the checker\'s name is needed: --checker "Name" (remembered) or XEPLOAI_CHECKER',
    );
    return 2;
  }
  const time = new Date().toISOString();
  const copies: { target: string; bytes: Uint8Array }[] = [];
  for (const { file, analysis } of results) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      io.err(
        vi
          ? `xeploai: ${file}: tệp .xls không mang được dấu; hãy lưu thành .xlsx`
          : `xeploai: ${file}: an .xls file cannot carry a stamp; save it as .xlsx`,
      );
      return 2;
    }
    const stamp = makeStamp(analysis, { checker, time });
    if (!stamp) {
      io.err(
        vi
          ? `xeploai: ${file}: không có trang nào theo mẫu để đóng dấu`
          : `xeploai: ${file}: no sheet of the template to stamp`,
      );
      return 2;
    }
    const xml = stampToXml(stamp);
    copies.push({ target: stampedName(file), bytes: await addStampPart(bytes, xml, supersededBy(xml)) });
  }
  for (const c of copies) writeAtomically(c.target, c.bytes);
  io.err(
    copies
      .map((c) =>
        vi ? `Đã ghi bản có dấu kiểm tra (${checker}): ${c.target}` : `Stamped copy (${checker}): ${c.target}`,
      )
      .join("\n"),
  );
  return null;
}
