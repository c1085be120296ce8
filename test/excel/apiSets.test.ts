/** @jest-environment jsdom */
import { readFileSync } from "fs";
import path from "path";
import { createOfficePort } from "../../src/excel/officePort";
import { recordingHost } from "./recordingHost/recordingHost";
import { everyButton, everyPathWorkbook } from "./recordingHost/scenarios";
import { compareSets, documentedSet } from "./apiSets";

const root = path.resolve(__dirname, "../..");
const table = new Map(
  [
    ...readFileSync(path.join(root, "docs/EXCEL-API.md"), "utf8").matchAll(
      /^\| `([A-Za-z]+\.[A-Za-z0-9]+)` \| (\d+\.\d+) \|$/gm,
    ),
  ].map((m) => [m[1]!, m[2]!]),
);
const manifestMin = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\/>/.exec(
  readFileSync(path.join(root, "manifest.xml"), "utf8"),
)![1]!;

/** The members every button uses on a host that supports ExcelApi up to `api`. */
async function usedAt(api: string): Promise<Set<string>> {
  const host = recordingHost(everyPathWorkbook(), { api });
  await everyButton(createOfficePort(host.run));
  return host.used;
}

describe("requirement sets of the Excel API members the add-in uses", () => {
  test("docs/EXCEL-API.md gives each member the set @types/office-js documents", () => {
    expect(table.size).toBeGreaterThan(40);
    const wrong = [...table].filter(([member, set]) => documentedSet(member) !== set);
    expect(wrong).toEqual([]);
  });

  test.each(["1.6", "1.7", "1.9", "1.11", "1.12", "1.13", "1.17"])(
    "at ExcelApi %s every button works, uses only documented members, none above the host's level",
    async (api) => {
      const used = await usedAt(api);
      expect([...used].filter((m) => !table.has(m))).toEqual([]);
      expect([...used].filter((m) => compareSets(table.get(m) ?? "0.0", api) > 0)).toEqual([]);
    },
  );

  test("the manifest's minimum is what the add-in cannot work without: the highest set used at that level", async () => {
    const used = await usedAt(manifestMin);
    const highest = [...used]
      .map((m) => table.get(m)!)
      .sort(compareSets)
      .pop();
    expect(highest).toBe(manifestMin);
    expect(used.has("ConditionalFormatCollection.add")).toBe(true);
  });

  test("an unguarded member would be caught: getCellProperties is used where ExcelApi 1.9 is there", async () => {
    expect((await usedAt("1.9")).has("Range.getCellProperties")).toBe(true);
    expect((await usedAt("1.8")).has("Range.getCellProperties")).toBe(false);
  });
});
