import { rawXlsx } from "../builders/rawXlsx";
import { bigLevelSheetParts } from "../builders/bigLevelSheet";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { validateWorkbook } from "../../src/core/validate";
import fs from "fs";
test("probe", async () => {
  for (const n of [100, 100_000]) {
    let t = Date.now();
    const bytes = await rawXlsx(bigLevelSheetParts(n));
    fs.writeFileSync(`/tmp/big-${n}.xlsx`, bytes);
    console.log(n, "build ms", Date.now() - t, "bytes", bytes.length);
    t = Date.now();
    const snap = await readWorkbookBytes(bytes, "big.xlsx");
    console.log("read ms", Date.now() - t, "rows", snap.sheets[0]!.values.length, process.memoryUsage().rss >> 20);
    t = Date.now();
    const a = validateWorkbook(snap);
    console.log("validate ms", Date.now() - t, a.issues.slice(0, 5).map((i) => i.rule), a.sheets[0]!.kind);
  }
}, 600000);
