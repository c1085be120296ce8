import fs from "fs";
import path from "path";
import { spawnSync } from "child_process";
import type { WorkbookSnapshot } from "../src/core/snapshot";
import { validateWorkbook } from "../src/core/validate";
import { summarizeWorkbooks } from "../src/core/summarize";
import { buildTree } from "../src/core/rollup/buildTree";
import { rollUp } from "../src/core/rollup/rollUp";
import { readWorkbookBytes } from "../src/xlsx/readWorkbookFile";
import { levelSheet, type UnitFigures } from "../test/builders/levelSheet";
import { fmt, medianMs, medianMsAsync } from "./stats";
import zlib from "zlib";
import { largestRequest, recordingHost } from "../test/excel/recordingHost/recordingHost";
import { everyCountAsText, province, sampleDistrict } from "../test/excel/recordingHost/scenarios";
import { createOfficePort } from "../src/excel/officePort";
import { flagsFromIssues } from "../src/core/flags";
import { makeStamp } from "../src/core/stamp/makeStamp";
import { stampToXml } from "../src/core/stamp/stampXml";
import { rawXlsx } from "../test/builders/rawXlsx";
import { bigLevelSheetParts } from "../test/builders/bigLevelSheet";

/**
 * `npm run bench`: speed as medians of several runs, each beside a baseline measured in the same
 * run on the same data, so that the machine's noise cancels out in the ratios.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function units(n: number, prefix: string): UnitFigures[] {
  return Array.from({ length: n }, (_, i) => ({
    unit: `Chi bộ ${prefix} ${i + 1}`,
    excellent: i % 3,
    good: 10 + (i % 7),
    complete: i % 4,
    fail: 0,
  }));
}

/** Where the baseline's result goes, so that the compiler cannot drop the loop as unused work. */
let sink = 0;

/** The baseline: a bare loop that reads every cell of the snapshot and does nothing else. */
function bareRead(book: WorkbookSnapshot): number {
  let acc = 0;
  for (const s of book.sheets) {
    for (const row of s.values)
      for (const v of row) acc += typeof v === "number" ? v : typeof v === "string" ? v.length : 1;
    for (const row of s.types) for (const t of row) acc += t.length;
  }
  return acc;
}

function cellCount(book: WorkbookSnapshot): number {
  return book.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
}

function report(label: string, book: WorkbookSnapshot) {
  const cells = cellCount(book);
  const base = medianMs(() => (sink += bareRead(book)), RUNS);
  const validate = medianMs(() => validateWorkbook(book), RUNS);
  console.log(`${label}`);
  console.log(`  cells: ${fmt(cells)}`);
  console.log(`  bare read:   median ${fmt(base, 1)} ms  (${fmt(cells / (base / 1000))} cells/s)`);
  console.log(
    `  validation:  median ${fmt(validate, 1)} ms  (${fmt(cells / (validate / 1000))} cells/s)  = ${fmt(validate / base, 1)}× the bare read (target ≤ 10×)`,
  );
}

async function main() {
  console.log(`xeploai bench — node ${process.version}, medians of ${RUNS} runs after a warm-up\n`);

  const big: WorkbookSnapshot = { sheets: [levelSheet({ name: "Lớn", rows: units(10_000, "A") })] };
  report("1. One sheet of 10.000 unit rows", big);

  // Every commune of today's Vietnam: 3.321 sheets of 20 chi bộ, under 34 provinces.
  const national: WorkbookSnapshot = {
    sheets: Array.from({ length: 3321 }, (_, i) =>
      levelSheet({
        name: `X${i + 1}`,
        organisation: `ĐẢNG ỦY XÃ X${i + 1}`,
        parent: `TỈNH ỦY T${(i % 34) + 1}`,
        year: 2025,
        rows: units(20, `X${i + 1}`),
      }),
    ),
  };
  report("\n2. 3.321 sheets of 20 rows (every commune of today's Vietnam)", national);

  console.log("\n3. Rollup of a national tree: 34 provinces, 3.321 communes, 20 chi bộ each");
  const analysis = validateWorkbook(national);
  const sources = analysis.sheets.flatMap((sheet) => (sheet.kind === "level" ? [{ workbook: "", sheet }] : []));
  const base = medianMs(() => (sink += bareRead(national)), RUNS);
  const tree = medianMs(() => {
    const t = buildTree(sources);
    if (t.root) rollUp(t.root);
    return t;
  }, RUNS);
  const whole = medianMs(() => summarizeWorkbooks([{ name: "", snapshot: national }]), Math.min(RUNS, 3));
  const t = buildTree(sources);
  if (t.root) rollUp(t.root);
  console.log(
    `  tree + rollup: median ${fmt(tree, 1)} ms = ${fmt(tree / base, 1)}× the bare read of the same sheets (${fmt(base, 1)} ms)`,
  );
  console.log(`  Tổng hợp end to end (validate, tree, rollup, summary layouts): median ${fmt(whole, 0)} ms`);
  console.log(
    `  top: ${t.root?.name}, ${fmt(t.root?.children.length ?? 0)} provinces, ${fmt(t.root?.organisations.grassroots.total ?? 0)} TCCSĐ, ${fmt(t.root?.organisations.cells.total ?? 0)} chi bộ, ${fmt(t.root?.figures.rated ?? 0)} members rated`,
  );

  console.log("\n4. The command line on the sample district (18 .xlsx files)");
  const root = path.resolve(__dirname, "../..");
  const dir = path.join(root, "seeds/thoi-lai-2022");
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  const readOnly = await medianMsAsync(async () => {
    for (const f of files) await readWorkbookBytes(new Uint8Array(fs.readFileSync(f)), f);
  }, RUNS);
  const node = medianMs(() => spawnSync(process.execPath, ["-e", "0"]), RUNS);
  const cli = medianMs(
    () => spawnSync(path.join(root, "bin/xeploai"), ["validate", ...files], { encoding: "utf8" }),
    RUNS,
  );
  const cliSum = medianMs(
    () =>
      spawnSync(
        path.join(root, "bin/xeploai"),
        ["summarize", ...files, "-o", path.join(require("os").tmpdir(), "xeploai-bench.xlsx")],
        { encoding: "utf8" },
      ),
    RUNS,
  );
  console.log(`  reading the files only (in process): median ${fmt(readOnly, 0)} ms`);
  console.log(`  node start-up alone:                 median ${fmt(node, 0)} ms`);
  console.log(
    `  xeploai validate (a new process):    median ${fmt(cli, 0)} ms = ${fmt(cli / (readOnly + node), 2)}× (reading + start-up)`,
  );
  console.log(`  xeploai summarize (writes .xlsx):    median ${fmt(cliSum, 0)} ms`);

  console.log(
    "\n5. Round trips to Excel (requests through Microsoft's Excel client, recording host), 44 level sheets of the sample",
  );
  const sheets44 = (
    await Promise.all(files.map(async (f) => (await readWorkbookBytes(new Uint8Array(fs.readFileSync(f)), f)).sheets))
  )
    .flat()
    .filter((s) => s.name !== "Danh mục đơn vị");
  while (sheets44.length < 44)
    sheets44.push({ ...sheets44[sheets44.length % 18]!, name: `Bản sao ${sheets44.length}` });
  for (const [label, action] of [
    [
      "Kiểm tra",
      (port: ReturnType<typeof createOfficePort>) =>
        port.checkAndFlag((snap) => flagsFromIssues(validateWorkbook(snap).issues)),
    ],
    [
      "Tổng hợp",
      (port: ReturnType<typeof createOfficePort>) =>
        port.summarizeInto(
          (snap, names) =>
            summarizeWorkbooks([{ name: "", snapshot: snap }], { linkSources: true, takenSheetNames: names.all })
              .layouts,
        ),
    ],
  ] as const) {
    const host = recordingHost(sheets44.slice(0, 44));
    await action(createOfficePort(host.run));
    console.log(`  ${label}: ${host.requests.length} requests for ${sheets44.slice(0, 44).length} sheets (target ≤ 3)`);
  }
  // Request sizes as Microsoft's Excel client builds them (Excel on the web refuses over 5.000.000 bytes).
  const asText = recordingHost((await sampleDistrict(root)).map(everyCountAsText));
  await createOfficePort(asText.run).checkAndFlag((snap) => flagsFromIssues(validateWorkbook(snap).issues));
  console.log(
    `  largest Office request, Kiểm tra (every count as text): ${largestRequest(asText)} bytes (${asText.requests.length} requests, ${asText.model.sheets.reduce((n, s) => n + s.formats.length, 0)} conditional formats)`,
  );
  const prov = recordingHost(province(30, 20));
  await createOfficePort(prov.run).summarizeInto(
    (snap, names) =>
      summarizeWorkbooks([{ name: "", snapshot: snap }], { linkSources: true, takenSheetNames: names.all }).layouts,
  );
  console.log(
    `  largest Office request, Tổng hợp (province): ${largestRequest(prov)} bytes (${prov.requests.length} requests, 30 district summaries of 20 TCCSĐ)`,
  );

  console.log("\n6. The pane's JavaScript as served (dist/, gzip -9)");
  const dist = path.join(root, "dist");
  const all = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
  const text = (f: string) => fs.readFileSync(path.join(dist, f), "utf8");
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  const onDemand = all.filter((f) => text(f).includes("xl/workbook.xml") || text(f).includes("SheetJS"));
  const firstLoad = all.filter((f) => !onDemand.includes(f)).reduce((n, f) => n + gz(f), 0);
  console.log(`  the pane (everything but the .xlsx libraries): ${fmt(firstLoad / 1024, 1)} KB (target < 400 KB)`);
  console.log(
    `  the .xlsx libraries, loaded on demand (${onDemand.join(", ")}): ${fmt(onDemand.reduce((n, f) => n + gz(f), 0) / 1024, 1)} KB`,
  );
  // The one-file page (e-mail, USB stick): its size as a file and as a compressed attachment or zip.
  const offline = fs.readFileSync(path.join(dist, "xeploai.html"));
  console.log(
    `  xeploai.html, the browser mode in one file: ${fmt(offline.length / 1024, 1)} KB, ` +
      `${fmt(zlib.gzipSync(offline, { level: 9 }).length / 1024, 1)} KB gzipped`,
  );

  console.log("\n7. Check stamps on the 3.321 communes (SHA-256 in plain TypeScript)");
  const checked = validateWorkbook(national);
  const validateOnly = medianMs(() => validateWorkbook(national), Math.min(RUNS, 3));
  const stamping = medianMs(() => makeStamp(checked, { checker: "bench", time: "2025-12-01T00:00:00.000Z" }), RUNS);
  const xml = stampToXml(makeStamp(checked, { checker: "bench", time: "2025-12-01T00:00:00.000Z" })!);
  const plainSum = medianMs(() => summarizeWorkbooks([{ name: "", snapshot: national }]), Math.min(RUNS, 3));
  const stampedSum = medianMs(
    () => summarizeWorkbooks([{ name: "", snapshot: { ...national, stamps: [xml] } }]),
    Math.min(RUNS, 3),
  );
  console.log(
    `  the stamp (a digest per sheet): median ${fmt(stamping, 0)} ms beside Kiểm tra's ${fmt(validateOnly, 0)} ms (${fmt((100 * stamping) / validateOnly, 0)}%)`,
  );
  console.log(
    `  Tổng hợp judging every unit's stamp: median ${fmt(stampedSum, 0)} ms, without stamps ${fmt(plainSum, 0)} ms`,
  );
}

/**
 * Large sheets through the streaming reader and the whole command line: rows per second and peak
 * memory (the process's maximum resident set, recorded by a preload when it ends).
 */
async function largeSheets(root: string) {
  const os = await import("os");
  console.log(
    "\n8. Large template sheets (generated .xlsx): the reader alone, `xeploai validate` and `xeploai summarize -o` as processes",
  );
  const sizes = (process.env.BENCH_LARGE ?? "10000,100000,1000000").split(",").map(Number);
  for (const n of sizes) {
    const bytes = await rawXlsx(bigLevelSheetParts(n));
    const file = path.join(os.tmpdir(), `xeploai-bench-${n}.xlsx`);
    fs.writeFileSync(file, bytes);
    const t0 = process.hrtime.bigint();
    const book = await readWorkbookBytes(bytes, file);
    const readMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const rows = book.sheets[0]!.values.length;
    const run = (args: string[]) => {
      const rss = path.join(os.tmpdir(), `xeploai-bench-${n}.rss`);
      const t1 = process.hrtime.bigint();
      const r = spawnSync(
        process.execPath,
        ["-r", path.join(root, "test/hostile/rssProbe.js"), path.join(root, "bin/xeploai"), ...args],
        { encoding: "utf8", env: { ...process.env, XEPLOAI_RSS_FILE: rss }, maxBuffer: 1 << 30 },
      );
      const ms = Number(process.hrtime.bigint() - t1) / 1e6;
      const peak = fs.existsSync(rss) ? Number(fs.readFileSync(rss, "utf8")) / 1024 : NaN;
      fs.rmSync(rss, { force: true });
      return { ms, peak, status: r.status };
    };
    const v = run(["validate", file]);
    console.log(
      `  ${fmt(n)} rows (${fmt(bytes.length / 1_048_576, 1)} MB file): read ${fmt(readMs, 0)} ms = ${fmt(rows / (readMs / 1000))} rows/s; ` +
        `validate as a process ${fmt(v.ms, 0)} ms = ${fmt(rows / (v.ms / 1000))} rows/s, peak ${fmt(v.peak, 0)} MB, exit ${v.status}`,
    );
    // Past SUMMARY_ROW_LIMIT (500.000 rows) summarize refuses at once: exit 2, shown as such.
    const out = path.join(os.tmpdir(), `xeploai-bench-${n}-tong-hop.xlsx`);
    const s = run(["summarize", file, "-o", out]);
    const written = fs.existsSync(out) ? fs.statSync(out).size : 0;
    console.log(
      `    summarize -o as a process ${fmt(s.ms, 0)} ms = ${fmt(rows / (s.ms / 1000))} rows/s, peak ${fmt(s.peak, 0)} MB, ` +
        `exit ${s.status}${s.status === 2 ? " (refused: over the limit)" : `, ${fmt(written / 1_048_576, 1)} MB written`}`,
    );
    fs.rmSync(out, { force: true });
    fs.rmSync(file, { force: true });
  }
}

/**
 * One commune's sheet with and without a stray character in U1048576 (the used range then runs a
 * million rows down): `xeploai validate` as a process, the two runs taken in turn so that the
 * machine's noise falls on both alike.
 */
async function strayCell(root: string) {
  const os = await import("os");
  console.log("\n9. A stray cell far below the table: `xeploai validate` on 20 unit rows, with and without U1048576");
  const plain = path.join(os.tmpdir(), "xeploai-bench-plain.xlsx");
  const stray = path.join(os.tmpdir(), "xeploai-bench-stray.xlsx");
  fs.writeFileSync(plain, await rawXlsx(bigLevelSheetParts(20)));
  fs.writeFileSync(stray, await rawXlsx(bigLevelSheetParts(20, { strayAt: { row: 1_048_575, col: 20, text: "x" } })));
  const time = (file: string) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(path.join(root, "bin/xeploai"), ["validate", file], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`xeploai validate ${file}: exit ${r.status}\n${r.stderr}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  time(plain);
  time(stray);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < Math.max(RUNS, 9); i++) {
    a.push(time(plain));
    b.push(time(stray));
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const [withoutMs, withMs] = [median(a), median(b)];
  console.log(`  without the stray cell: median ${fmt(withoutMs, 0)} ms`);
  console.log(
    `  with it (1.048.576 rows): median ${fmt(withMs, 0)} ms = ${fmt(withMs / withoutMs, 2)}× without (target ≤ 1,2×)`,
  );
  fs.rmSync(plain, { force: true });
  fs.rmSync(stray, { force: true });
}

// BENCH_LARGE_ONLY=1 runs only the large sheets (BENCH_LARGE=10000,100000 chooses the sizes) and
// the stray cell; BENCH_STRAY_ONLY=1 only the stray cell.
const root = path.resolve(__dirname, "../..");
(process.env.BENCH_LARGE_ONLY === "1" || process.env.BENCH_STRAY_ONLY === "1" ? Promise.resolve() : main())
  .then(() => (process.env.BENCH_STRAY_ONLY === "1" ? undefined : largeSheets(root)))
  .then(() => strayCell(root))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
