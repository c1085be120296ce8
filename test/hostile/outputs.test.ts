import fs from "fs";
import path from "path";
import { spawnSync } from "child_process";
import * as XLSX from "@e965/xlsx";
import { xeploai, tempDir, sha256, expectRefused, root, bin } from "./runCli";
import { writeAtomically } from "../../src/cli/writeAtomically";
import { OutputError } from "../../src/cli/OutputError";
import { expectOpensInExcel } from "./writtenWorkbooks";
import { levelSheet } from "../builders/levelSheet";
import { writeWithSheetJS } from "../builders/sheetjsFixture";

const faults = path.join(root, "seeds/faults/bieu-co-loi.xlsx");
const district = fs
  .readdirSync(path.join(root, "seeds/thoi-lai-2022"))
  .map((f) => path.join(root, "seeds/thoi-lai-2022", f));

/** A copy of the fault set in a fresh folder, and its hash. */
function input() {
  const dir = tempDir();
  const file = path.join(dir, "a.xlsx");
  fs.copyFileSync(faults, file);
  return { dir, file, hash: sha256(file) };
}

describe("-o never destroys an input or anything that is not a regular file", () => {
  test("-o equal to the input, to a second input, through a link or a hard link: exit 2, inputs untouched", () => {
    const { dir, file, hash } = input();
    const second = path.join(dir, "b.xlsx");
    fs.copyFileSync(faults, second);
    fs.linkSync(file, path.join(dir, "hard.xlsx"));
    for (const out of [file, second, path.join(dir, ".", "a.xlsx"), path.join(dir, "hard.xlsx")]) {
      const r = xeploai(["summarize", file, second, "-o", out]);
      expectRefused(r, out, /không ghi đè tệp đầu vào/);
      expect(sha256(file)).toBe(hash);
      expect(sha256(second)).toBe(hash);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx", "hard.xlsx"]);
  });

  test("-o naming a device, a symbolic link, a folder or a pipe is refused and left as it was", () => {
    const { dir, file } = input();
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(path.join(dir, "elsewhere.xlsx"), link);
    const fifo = path.join(dir, "pipe");
    spawnSync("mkfifo", [fifo]);
    for (const [out, text] of [
      ["/dev/null", /không phải tệp thường/],
      [link, /không phải tệp thường/],
      [dir, /là một thư mục/],
      [fifo, /không phải tệp thường/],
    ] as const) {
      expectRefused(xeploai(["summarize", file, "-o", out]), out, text);
    }
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(fs.existsSync(path.join(dir, "elsewhere.xlsx"))).toBe(false);
  });

  test("-o '' is a usage error; output errors name the path and say what to do, in vi and en", () => {
    const { dir, file } = input();
    const empty = xeploai(["summarize", file, "-o", ""]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("-o needs a file name");
    const missing = path.join(dir, "no-folder", "x.xlsx");
    expectRefused(xeploai(["summarize", file, "-o", missing]), missing, /thư mục chứa tệp không tồn tại/);
    expectRefused(
      xeploai(["summarize", file, "-o", missing, "--lang", "en"]),
      missing,
      /the folder does not exist; create it/,
    );
    const notDir = path.join(file, "x.xlsx");
    expectRefused(xeploai(["summarize", file, "-o", notDir]), notDir, /không phải thư mục/);
    const long = path.join(dir, `${"đ".repeat(200)}.xlsx`);
    expectRefused(xeploai(["summarize", file, "-o", long]), long, /tên tệp quá dài/);
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, "locked");
      fs.mkdirSync(locked, { mode: 0o500 });
      expectRefused(xeploai(["summarize", file, "-o", path.join(locked, "x.xlsx")]), locked, /không có quyền ghi/);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a default output name that would be too long is shortened", () => {
    const dir = tempDir();
    const file = path.join(dir, `${"Chi bộ ấp Thới Hòa ".repeat(8)}${"a".repeat(30)}.xlsx`);
    fs.copyFileSync(faults, file);
    const r = xeploai(["summarize", file]);
    expect(r.code).toBe(1);
    const written = fs.readdirSync(dir).filter((f) => f.endsWith("-tong-hop.xlsx"));
    expect(written).toHaveLength(1);
    expect(Buffer.byteLength(written[0]!)).toBeLessThanOrEqual(255);
    expectOpensInExcel(path.join(dir, written[0]!));
  });

  test("a failed write (full disk) leaves nothing behind and names the target", () => {
    const dir = tempDir();
    const target = path.join(dir, "tong-hop.xlsx");
    const spy = jest.spyOn(fs, "writeSync").mockImplementation(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    });
    try {
      expect(() => writeAtomically(target, new Uint8Array(10))).toThrow(OutputError);
      let caught: unknown;
      try {
        writeAtomically(target, new Uint8Array(10));
      } catch (err) {
        caught = err;
      }
      expect((caught as OutputError).describe("vi")).toBe(
        `${target}: ổ đĩa đầy, không ghi được; không có gì được ghi, hãy giải phóng chỗ trống hoặc ghi ra chỗ khác`,
      );
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("every written workbook opens in Excel; with nothing to summarise nothing is written", () => {
  test("the sample district's summary, read back by SheetJS: sheets, and only finite numbers", () => {
    const dir = tempDir();
    const out = path.join(dir, "tong-hop.xlsx");
    const r = xeploai(["summarize", ...district, "-o", out]);
    expect(r.code).toBe(0);
    expectOpensInExcel(out);
  });

  test("a sheet whose header has no data rows: exit 2, no file written", () => {
    const dir = tempDir();
    const file = path.join(dir, "rong.xlsx");
    fs.writeFileSync(file, writeWithSheetJS([levelSheet({ rows: [], total: "none" })], "xlsx"));
    const r = xeploai(["summarize", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không có (trang nào theo mẫu|số liệu nào) để tổng hợp/);
    expect(fs.readdirSync(dir)).toEqual(["rong.xlsx"]);
  });

  test("a count of 1e308 is never written as Infinity", () => {
    const dir = tempDir();
    const file = path.join(dir, "lon.xlsx");
    const sheet = levelSheet({
      rows: [
        { unit: "Chi bộ 1", excellent: 1e308, good: 1e308 },
        { unit: "Chi bộ 2", excellent: 1, good: 2 },
      ],
    });
    fs.writeFileSync(file, writeWithSheetJS([sheet], "xlsx"));
    const out = path.join(dir, "out.xlsx");
    const r = xeploai(["summarize", file, "-o", out]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(1);
    expectOpensInExcel(out);
  });
});

describe("standard output: every byte arrives, early close is quiet, a failed write is exit 2", () => {
  const all = [...district, faults];

  test("validate and summarize, text and JSON, through a pipe: the same bytes as to a file", () => {
    const dir = tempDir();
    for (const args of [
      ["validate", ...all, "--json"],
      ["validate", ...all],
      ["summarize", ...district, "--json", "-o", path.join(dir, "s.xlsx")],
      ["summarize", ...district, "-o", path.join(dir, "t.xlsx")],
    ]) {
      const file = path.join(dir, "out.txt");
      const quoted = args.map((a) => `'${a}'`).join(" ");
      const toFile = spawnSync("sh", ["-c", `'${bin}' ${quoted} > '${file}'`], { cwd: root });
      const piped = spawnSync("sh", ["-c", `'${bin}' ${quoted} | cat`], { cwd: root, maxBuffer: 64 << 20 });
      expect(toFile.status === 0 || toFile.status === 1).toBe(true);
      expect(piped.stdout.length).toBe(fs.statSync(file).size);
      expect(piped.stdout.equals(fs.readFileSync(file))).toBe(true);
      if (args.includes("--json")) expect(() => JSON.parse(piped.stdout.toString())).not.toThrow();
    }
  });

  test("`| head -1` ends quietly: no stack trace", () => {
    const quoted = [...all, "--json"].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("sh", ["-c", `'${bin}' validate ${quoted} | head -c 10; echo`], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.stdout.startsWith("{")).toBe(true);
    expect(r.stderr).toBe("");
  });

  test("`> /dev/full`: exit 2 and a message, not a silent success", () => {
    const r = spawnSync("sh", ["-c", `'${bin}' validate '${faults}' > /dev/full`], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("không ghi được kết quả ra đầu ra chuẩn");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("-o - writes the workbook to standard output, and only the workbook", () => {
  /** The real process with standard output a pipe (not a terminal), its bytes kept as they are. */
  function toPipe(args: string[]) {
    const r = spawnSync(bin, args, { cwd: root, maxBuffer: 64 << 20 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
  }
  /** The bytes as a file, read back by SheetJS: the sheet names. */
  function opened(bytes: Buffer): string[] {
    const file = path.join(tempDir(), "piped.xlsx");
    fs.writeFileSync(file, bytes);
    expectOpensInExcel(file);
    return XLSX.read(bytes, { type: "buffer" }).SheetNames;
  }

  test("summarize: the summary workbook on stdout, the report on stderr, the same sheets as -o FILE", () => {
    const r = toPipe(["summarize", ...district, "-o", "-"]);
    expect(r.code).toBe(0);
    expect(r.stdout.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
    const out = path.join(tempDir(), "t.xlsx");
    expect(xeploai(["summarize", ...district, "-o", out]).code).toBe(0);
    expect(opened(r.stdout)).toEqual(XLSX.read(fs.readFileSync(out), { type: "buffer" }).SheetNames);
    expect(r.stderr).toContain("Tổng hợp: ");
    expect(r.stderr).toContain("Đã ghi: đầu ra chuẩn");
    const json = toPipe(["summarize", ...district, "-o", "-", "--json", "--lang", "en"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stderr).root.name).toBeTruthy();
    expect(opened(json.stdout)).toEqual(opened(r.stdout));
  });

  test("validate -o -: the findings workbook on stdout, text or JSON on stderr, exit 1 for errors", () => {
    for (const extra of [[], ["--json"]]) {
      const r = toPipe(["validate", faults, "-o", "-", ...extra]);
      expect(r.code).toBe(1);
      expect(opened(r.stdout).length).toBeGreaterThan(0);
      expect(r.stderr).toMatch(/Đã ghi \d+ lỗi ra đầu ra chuẩn\n$/);
      if (extra.length > 0) expect(r.stderr).toMatch(/^\{\n {2}"files"/);
      else expect(r.stderr).toContain("Kết quả: ");
    }
  });

  test("a failure writes nothing to stdout: nothing to summarise, an unreadable input", () => {
    const dir = tempDir();
    const file = path.join(dir, "rong.xlsx");
    fs.writeFileSync(file, writeWithSheetJS([levelSheet({ rows: [], total: "none" })], "xlsx"));
    const empty = toPipe(["summarize", file, "-o", "-"]);
    expect(empty.code).toBe(2);
    expect(empty.stdout.length).toBe(0);
    expect(empty.stderr).toMatch(/không có (trang nào theo mẫu|số liệu nào) để tổng hợp/);
    const broken = path.join(dir, "hong.xlsx");
    fs.writeFileSync(broken, "PK\x03\x04 not a zip");
    const bad = toPipe(["summarize", broken, "-o", "-"]);
    expect(bad.code).toBe(2);
    expect(bad.stdout.length).toBe(0);
  });

  test("`-o - > /dev/full`: exit 2 and a message", () => {
    const r = spawnSync("sh", ["-c", `'${bin}' summarize '${district[0]}' -o - > /dev/full`], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("không ghi được kết quả ra đầu ra chuẩn");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // `script` (util-linux) gives the process a terminal as standard output.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  (hasScript ? test : test.skip)("stdout a terminal: refused before reading, exit 2, no bytes, vi and en", () => {
    for (const [lang, text] of [
      ["vi", "bảng tính .xlsx là dữ liệu nhị phân, không ghi ra màn hình"],
      ["en", "an .xlsx workbook is binary and is not written to a terminal"],
    ] as const) {
      for (const command of ["summarize", "validate"]) {
        const r = spawnSync("script", ["-qec", `'${bin}' ${command} '${faults}' -o - --lang ${lang}`, "/dev/null"], {
          cwd: root,
        });
        expect(r.status).toBe(2);
        const shown = r.stdout.toString("utf8");
        expect(shown).toContain(`xeploai: -o -: ${text}`);
        expect(shown).not.toContain("PK\x03\x04");
        expect(shown).not.toMatch(/Kết quả|Result|\n\s+at /);
      }
    }
  });
});

describe("only regular files are read as inputs", () => {
  test("/dev/zero, /dev/urandom, a pipe, a folder: exit 2 at once with a message", () => {
    const dir = tempDir();
    const fifo = path.join(dir, "pipe.xlsx");
    spawnSync("mkfifo", [fifo]);
    for (const file of ["/dev/zero", "/dev/urandom", fifo, dir]) {
      const r = xeploai(["validate", file], { timeout: 20_000 });
      expectRefused(r, file, /không phải tệp thường/);
    }
  });
});
