import { readFileSync } from "fs";

/**
 * The ExcelApi requirement set of an Excel API member, as `@types/office-js` documents it: the
 * `[Api set: ExcelApi X]` line of the member's comment in `declare namespace Excel`.
 */
let excel: string | null = null;

function excelNamespace(): string {
  if (excel) return excel;
  const text = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const start = text.indexOf("\ndeclare namespace Excel {");
  const end = text.indexOf("\ndeclare namespace ", start + 1);
  excel = text.slice(start, end);
  return excel;
}

/** `"Range.getCellProperties"` → `"1.9"`; null when the member or its set is not found. */
export function documentedSet(member: string): string | null {
  const [type, name] = member.split(".");
  const ns = excelNamespace();
  const classStart = ns.indexOf(`\n    class ${type} extends `);
  if (classStart < 0) return null;
  const classEnd = ns.indexOf("\n    }\n", classStart);
  const body = ns.slice(classStart, classEnd);
  if (name === "items") {
    // A collection's items belong to the collection's own set, written above the class.
    const comment = ns.slice(ns.lastIndexOf("/**", classStart), classStart);
    return /\[Api set: ExcelApi (\d+\.\d+)/.exec(comment)?.[1] ?? null;
  }
  const decl = new RegExp(`\\n        (?:readonly )?${name}\\??[:(<]`).exec(body);
  if (!decl) return null;
  const comment = body.slice(body.lastIndexOf("/**", decl.index), decl.index);
  return /\[Api set: ExcelApi (\d+\.\d+)/.exec(comment)?.[1] ?? null;
}

/** Version order: "1.9" < "1.13". */
export function compareSets(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
