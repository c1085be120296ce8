import type { LayoutCell, SheetLayout } from "../core/layout/SheetLayout";
import type { RangeRef } from "../core/snapshot";
import { columnLetters } from "../core/issues/a1";
import { sheetRef } from "../core/layout/sheetName";
import { OWNER_NAME } from "../core/ownership";
import { BUILTIN_FORMATS } from "./ooxml/builtinFormats";
import { ZipWriter } from "./zip/zipWriter";

/**
 * The summary and findings workbooks, written as SpreadsheetML by hand, a row at a time into a
 * deflating zip: memory is the layouts and the compressed file, never a model of every cell (the
 * in-memory ExcelJS model took 3,5 GB for a Tổng hợp of 100.000 rows). What it writes is what
 * `addLayoutSheet` (ExcelJS, for the pane's download) puts in a workbook, cell for cell: values,
 * formulas with their results, fonts, alignment, borders, the header fill, number formats, merges
 * (the cells a merge covers take its first cell's look, as in ExcelJS), widths, frozen panes,
 * A4/A3 landscape one page wide with the header rows on every page, and the ownership mark
 * `xeploai_owned` on each sheet. Test: test/xlsx/writeLayouts.test.ts.
 */
export async function writeLayouts(
  layouts: readonly SheetLayout[],
  options: { created?: Date } = {},
): Promise<Uint8Array> {
  const created = options.created ?? new Date();
  const zip = new ZipWriter(created);
  const styles = new Styles();
  const sheets = layouts.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  zip.add("[Content_Types].xml", [contentTypes(sheets)]);
  zip.add("_rels/.rels", [ROOT_RELS]);
  zip.add("docProps/core.xml", [coreXml(created)]);
  zip.add("docProps/app.xml", [APP_XML]);
  zip.add("xl/workbook.xml", [workbookXml(layouts)]);
  zip.add("xl/_rels/workbook.xml.rels", [workbookRels(sheets)]);
  layouts.forEach((layout, i) => zip.add(sheets[i]!, sheetXml(layout, styles)));
  // Last: the formats the sheets use are known once they are written.
  zip.add("xl/styles.xml", [styles.xml()]);
  return Promise.resolve(zip.finish());
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 cannot hold are dropped, as ExcelJS drops them.
// eslint-disable-next-line no-control-regex
const ESCAPED = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };
function esc(text: string): string {
  return text.replace(ESCAPED, (c) => ENTITY[c] ?? "");
}

/** A cell's look, as ExcelJS resolves it from the layout's flags (`addLayoutSheet`). */
interface Look {
  numFmt: string | undefined;
  /** Absent for a cell no layout cell gave (a merge's first cell left out): the default look. */
  font: { name: string; bold: boolean; italic: boolean } | undefined;
  /** Set when the cell wraps or is aligned; vertical centring comes with it. */
  alignment: { wrap: boolean; horizontal: LayoutCell["align"] } | undefined;
  border: boolean;
  fill: boolean;
}

const FONT = "Times New Roman";

/** Applies a layout cell over what the same cell already has, as repeated ExcelJS assignments do. */
function applyLook(look: Look | undefined, cell: LayoutCell): Look {
  return {
    numFmt: cell.numFmt ?? look?.numFmt,
    font: { name: cell.font ?? FONT, bold: !!cell.bold, italic: !!cell.italic },
    alignment: cell.wrap || cell.align ? { wrap: !!cell.wrap, horizontal: cell.align } : look?.alignment,
    border: !!cell.border || !!look?.border,
    fill: !!cell.header || !!look?.fill,
  };
}

const BUILTIN_IDS = new Map(Object.entries(BUILTIN_FORMATS).map(([id, f]) => [f, Number(id)]));
const ALIGN_CODE = { left: 1, center: 2, right: 3 } as const;

/** Fonts, number formats and cell formats, each written once however many cells share it. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fonts = new Map<string, number>();
  private readonly fontList: string[] = [];
  private readonly xfs = new Map<string, number>();
  private readonly xfList: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly custom: string[] = [];

  private readonly byFlags = new Map<number, number>();
  private readonly formatIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();

  /** The cell format of one layout cell, found by a number made of its flags (no string, no object). */
  xfOf(cell: LayoutCell): number {
    let fmt = 0;
    if (cell.numFmt !== undefined) {
      fmt = this.formatIds.get(cell.numFmt) ?? this.formatIds.size + 1;
      if (fmt === this.formatIds.size + 1) this.formatIds.set(cell.numFmt, fmt);
    }
    let font = 0;
    if (cell.font !== undefined) {
      font = this.fontIds.get(cell.font) ?? this.fontIds.size + 1;
      if (font === this.fontIds.size + 1) this.fontIds.set(cell.font, font);
    }
    const key =
      ((fmt * 1_000_000 + font) * 4 + (cell.align ? ALIGN_CODE[cell.align] : 0)) * 32 +
      (cell.bold ? 1 : 0) +
      (cell.italic ? 2 : 0) +
      (cell.wrap ? 4 : 0) +
      (cell.border ? 8 : 0) +
      (cell.header ? 16 : 0);
    let id = this.byFlags.get(key);
    if (id === undefined) {
      id = this.xf(applyLook(undefined, cell));
      this.byFlags.set(key, id);
    }
    return id;
  }

  /** The index of a look among the cell formats (0: the default). */
  xf(look: Look | undefined): number {
    if (!look) return 0;
    const fmt = look.numFmt === undefined ? 0 : this.format(look.numFmt);
    const font = look.font ? this.font(look.font) : 0;
    const a = look.alignment;
    const key = `${fmt}|${font}|${a ? `${a.wrap ? 1 : 0}${a.horizontal ? ALIGN_CODE[a.horizontal] : 0}` : "-"}|${look.border ? 1 : 0}${look.fill ? 1 : 0}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfList.length;
      this.xfs.set(key, id);
      const applies =
        (fmt ? ' applyNumberFormat="1"' : "") +
        (font ? ' applyFont="1"' : "") +
        (look.fill ? ' applyFill="1"' : "") +
        (look.border ? ' applyBorder="1"' : "") +
        (a ? ' applyAlignment="1"' : "");
      const head = `<xf numFmtId="${fmt}" fontId="${font}" fillId="${look.fill ? 2 : 0}" borderId="${look.border ? 1 : 0}" xfId="0"${applies}`;
      this.xfList.push(
        a
          ? `${head}><alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ""} vertical="center"${a.wrap ? ' wrapText="1"' : ""}/></xf>`
          : `${head}/>`,
      );
    }
    return id;
  }

  private format(numFmt: string): number {
    let id = BUILTIN_IDS.get(numFmt) ?? this.formats.get(numFmt);
    if (id === undefined) {
      id = 164 + this.custom.length;
      this.formats.set(numFmt, id);
      this.custom.push(`<numFmt numFmtId="${id}" formatCode="${esc(numFmt)}"/>`);
    }
    return id;
  }

  private font(f: NonNullable<Look["font"]>): number {
    const xml = `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}<sz val="12"/><name val="${esc(f.name)}"/></font>`;
    let id = this.fonts.get(xml);
    if (id === undefined) {
      id = this.fontList.length + 1;
      this.fonts.set(xml, id);
      this.fontList.push(xml);
    }
    return id;
  }

  xml(): string {
    const fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>', ...this.fontList];
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
      (this.custom.length ? `<numFmts count="${this.custom.length}">${this.custom.join("")}</numFmts>` : "") +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfList.length}">${this.xfList.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

/** What one cell holds once every layout cell at its address is applied, as ExcelJS would. */
interface Resolved {
  value: string | number | null;
  formula: string | undefined;
  look: Look | undefined;
}

/** A value Excel can hold: a number that is not finite (Infinity, NaN) is unknown, left blank. */
function holdable(v: LayoutCell["value"]): v is string | number {
  return v !== null && (typeof v !== "number" || Number.isFinite(v));
}

function resolve(cells: readonly LayoutCell[], from: number, to: number): Resolved {
  const out: Resolved = { value: null, formula: undefined, look: undefined };
  for (let k = from; k < to; k++) {
    const cell = cells[k]!;
    if (cell.formula) {
      out.formula = cell.formula;
      out.value = holdable(cell.value) ? cell.value : null;
    } else if (holdable(cell.value)) {
      out.formula = undefined;
      out.value = cell.value;
    }
    out.look = applyLook(out.look, cell);
  }
  return out;
}

const letters: string[] = [];
function letter(col: number): string {
  return (letters[col] ??= columnLetters(col));
}

function cellXml(row: number, col: number, xf: number, value: string | number | null, formula?: string): string {
  const s = xf ? ` s="${xf}"` : "";
  const r = `${letter(col)}${row + 1}`;
  if (formula !== undefined) {
    const f = `<f>${esc(formula)}</f>`;
    if (value === null) return `<c r="${r}"${s}>${f}</c>`;
    if (typeof value === "number") return `<c r="${r}"${s}>${f}<v>${value}</v></c>`;
    return `<c r="${r}"${s} t="str">${f}<v>${esc(value)}</v></c>`;
  }
  if (value === null) return `<c r="${r}"${s}/>`;
  if (typeof value === "number") return `<c r="${r}"${s}><v>${value}</v></c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${r}"${s} t="inlineStr"><is><t${space}>${esc(value)}</t></is></c>`;
}

/**
 * The cells' indices ordered by row, then column (a counting sort by row: linear in the cells, one
 * 4-byte index each), with where each row starts.
 */
function byRow(cells: readonly LayoutCell[], rows: number): { order: Uint32Array; start: Uint32Array } {
  const start = new Uint32Array(rows + 1);
  for (const c of cells) start[c.row + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const next = start.slice(0, rows);
  const order = new Uint32Array(cells.length);
  for (let i = 0; i < cells.length; i++) order[next[cells[i]!.row]!++] = i;
  // Within a row, by column; stable, so a later layout cell at the same address comes later.
  for (let r = 0; r < rows; r++) {
    for (let k = start[r]! + 1; k < start[r + 1]!; k++) {
      const v = order[k]!;
      const col = cells[v]!.col;
      let j = k - 1;
      while (j >= start[r]! && cells[order[j]!]!.col > col) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = v;
    }
  }
  return { order, start };
}

function* sheetXml(layout: SheetLayout, styles: Styles): Generator<string> {
  const { cells, merges } = layout;
  const lazy = layout.rows;
  let rows = 0;
  let cols = layout.columnWidths.length;
  const extend = (c: LayoutCell) => {
    if (c.row + 1 > rows) rows = c.row + 1;
    if (c.col + 1 > cols) cols = c.col + 1;
  };
  for (const c of cells) extend(c);
  // Lazy rows are laid out alike: the first and the last tell their extent.
  if (lazy && lazy.count > 0) for (const i of [0, lazy.count - 1]) lazy.cellsOf(i).forEach(extend);
  for (const m of merges) {
    if (m.bottom + 1 > rows) rows = m.bottom + 1;
    if (m.right + 1 > cols) cols = m.right + 1;
  }
  const { order, start } = byRow(cells, rows);
  /** A row's layout cells by column (those at one address in their order), its lazy ones too. */
  const cellsOfRow = (r: number): LayoutCell[] => {
    const list: LayoutCell[] = [];
    for (let k = start[r]!; k < start[r + 1]!; k++) list.push(cells[order[k]!]!);
    if (lazy && r >= lazy.first && r < lazy.first + lazy.count) {
      const more = lazy.cellsOf(r - lazy.first);
      if (list.length === 0) return [...more].sort((a, b) => a.col - b.col);
      list.push(...more);
      list.sort((a, b) => a.col - b.col); // stable
    }
    return list;
  };
  // Each merge's first cell, resolved once: the cells it covers take its look (ExcelJS mergeCells).
  const masters = merges.map((m) => {
    const list = cellsOfRow(m.top).filter((c) => c.col === m.left);
    return resolve(list, 0, list.length).look;
  });
  const byTop = merges.map((m, i) => ({ m, look: masters[i] })).sort((a, b) => a.m.top - b.m.top);

  const frozen = layout.frozenRows;
  const pane =
    frozen > 0
      ? `<pane xSplit="2" ySplit="${frozen}" topLeftCell="C${frozen + 1}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>`
      : '<pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/><selection pane="topRight"/>';
  yield `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  yield `<dimension ref="${rows > 0 ? `A1:${letter(Math.max(cols, 1) - 1)}${rows}` : "A1"}"/>`;
  yield `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`;
  yield colsXml(layout.columnWidths);
  yield "<sheetData>";
  let active: { m: RangeRef; look: Look | undefined }[] = [];
  let nextMerge = 0;
  let piece = "";
  for (let r = 0; r < rows; r++) {
    while (nextMerge < byTop.length && byTop[nextMerge]!.m.top === r) active.push(byTop[nextMerge++]!);
    if (active.length > 0) active = active.filter((a) => a.m.bottom >= r);
    const list = cellsOfRow(r);
    if (list.length === 0 && active.length === 0) continue;
    let row = "";
    let k = 0;
    if (active.length === 0) {
      while (k < list.length) {
        const col = list[k]!.col;
        let end = k + 1;
        while (end < list.length && list[end]!.col === col) end++;
        if (end === k + 1) {
          // One layout cell at the address, the usual case: its look without a Look made.
          const cell = list[k]!;
          row += cellXml(
            r,
            col,
            styles.xfOf(cell),
            holdable(cell.value) ? cell.value : null,
            cell.formula || undefined,
          );
        } else {
          const c = resolve(list, k, end);
          row += cellXml(r, col, styles.xf(c.look), c.value, c.formula);
        }
        k = end;
      }
    } else {
      // A row a merge crosses: every cell the merge covers is written, with the first cell's look
      // and no value (a first cell no layout cell gave is left out, as ExcelJS leaves it).
      const written = new Map<number, string>();
      while (k < list.length) {
        const col = list[k]!.col;
        let end = k + 1;
        while (end < list.length && list[end]!.col === col) end++;
        const c = resolve(list, k, end);
        written.set(col, cellXml(r, col, styles.xf(c.look), c.value, c.formula));
        k = end;
      }
      for (const { m, look } of active)
        for (let c = m.left; c <= m.right; c++)
          if (r > m.top || c > m.left) written.set(c, cellXml(r, c, styles.xf(look), null));
      for (const c of [...written.keys()].sort((a, b) => a - b)) row += written.get(c)!;
    }
    if (row === "") continue;
    piece += `<row r="${r + 1}">${row}</row>`;
    if (piece.length > 1 << 16) {
      yield piece;
      piece = "";
    }
  }
  yield piece;
  yield "</sheetData>";
  // In ExcelJS's order (by the first covered cell, row by row); a merge of one cell is none.
  const covered = (m: RangeRef) => (m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left]) as [number, number];
  const listed = merges
    .filter((m) => m.right > m.left || m.bottom > m.top)
    .map((m) => ({ m, at: covered(m) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map(({ m }) => `<mergeCell ref="${letter(m.left)}${m.top + 1}:${letter(m.right)}${m.bottom + 1}"/>`);
  if (listed.length > 0) yield `<mergeCells count="${listed.length}">${listed.join("")}</mergeCells>`;
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  // 8 is A3 in the file format, 9 A4.
  yield `<pageSetup paperSize="${layout.paper === "A3" ? 8 : 9}" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`;
  yield "</worksheet>";
}

/** Column widths, neighbours of one width in one element. */
function colsXml(widths: readonly number[]): string {
  let out = "";
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    // ExcelJS leaves out a width of 9, its default: so does this writer, to write what it wrote.
    if (w !== undefined && w !== 9) out += `<col min="${i + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`;
    i = j + 1;
  }
  return out ? `<cols>${out}</cols>` : "";
}

function workbookXml(layouts: readonly SheetLayout[]): string {
  const sheets = layouts.map((l, i) => `<sheet name="${esc(l.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const owned = layouts.map((_, i) => `<definedName name="${OWNER_NAME}" localSheetId="${i}">TRUE</definedName>`);
  const titles = layouts.flatMap((l, i) =>
    l.frozenRows > 0
      ? [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${sheetRef(l.name)}!$1:$${l.frozenRows}`)}</definedName>`,
        ]
      : [],
  );
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>` +
    `<bookViews><workbookView/></bookViews><sheets>${sheets.join("")}</sheets>` +
    `<definedNames>${[...owned, ...titles].join("")}</definedNames><calcPr calcId="171027"/></workbook>`
  );
}

function workbookRels(sheets: readonly string[]): string {
  const rels = sheets.map(
    (part, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${part.replace(/^xl\//, "")}"/>`,
  );
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join("")}` +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
}

function contentTypes(sheets: readonly string[]): string {
  const ct = "application/vnd.openxmlformats-officedocument";
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>` +
    sheets.map((p) => `<Override PartName="/${p}" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`).join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/></Types>`
  );
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const APP_XML =
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  "<Application>xeploai</Application></Properties>";

function coreXml(created: Date): string {
  const at = `${created.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>xeploai</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}
