/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], not blank. */
export function safeSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/^'+|'+$/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 31)
      .trim() || "Trang";
  let candidate = base;
  for (let i = 2; [...taken].some((t) => t.toLowerCase() === candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`;
  }
  return candidate;
}

/** A sheet name as a formula reference, always quoted (an apostrophe in it doubled). */
export function sheetRef(name: string): string {
  // Always quoted: unquoted, a name like CB1, R1C1 or A1 reads as a cell reference.
  return `'${name.replace(/'/g, "''")}'`;
}
