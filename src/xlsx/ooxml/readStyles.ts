import type { XlsxPackage } from "./XlsxPackage";
import { BUILTIN_FORMATS } from "./builtinFormats";

/** Per cell style (the `s` attribute): its number format and font name, as ExcelJS reports them. */
export interface Styles {
  numFmt: (string | null)[];
  font: (string | null)[];
}

/**
 * Reads styles.xml: custom number formats, fonts and the cell formats (cellXfs) that point at
 * them. A missing styles part reads as no styles (every cell "General", fonts unknown).
 */
export function readStyles(pkg: XlsxPackage, part: string | null): Styles {
  const styles: Styles = { numFmt: [], font: [] };
  if (!part || !pkg.has(part)) return styles;
  const formats = new Map<number, string>();
  const fonts: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let where: "fonts" | "cellXfs" | null = null;
  let font: string | null = null;
  pkg.scan(part, {
    wantText: false,
    open(name, attrs) {
      const a = attrs.all();
      if (name === "numFmt" && a.numFmtId !== undefined) formats.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "fonts" || name === "cellXfs") where = name;
      else if (where === "fonts" && name === "font") font = null;
      else if (where === "fonts" && name === "name") font = a.val ?? null;
      else if (where === "cellXfs" && name === "xf")
        xfs.push({ numFmtId: Number(a.numFmtId ?? 0), fontId: a.fontId === undefined ? -1 : Number(a.fontId) });
    },
    close(name) {
      if (name === "fonts" || name === "cellXfs") where = null;
      else if (where === "fonts" && name === "font") fonts.push(font);
    },
    text() {},
  });
  for (const xf of xfs) {
    styles.numFmt.push(xf.numFmtId ? (formats.get(xf.numFmtId) ?? BUILTIN_FORMATS[xf.numFmtId] ?? null) : null);
    styles.font.push(xf.fontId >= 0 ? (fonts[xf.fontId] ?? null) : null);
  }
  return styles;
}
