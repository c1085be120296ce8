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

/** A sheet name as a formula reference: quoted when it has anything but letters and digits. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
