import { ReadError } from "../ReadError";
import { readRels, type XlsxPackage } from "./XlsxPackage";

export interface SheetEntry {
  name: string;
  /** The sheet's part, or null for a chart sheet or a sheet whose part is missing. */
  part: string | null;
  kind: "worksheet" | "chartsheet" | "other";
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * Finds the workbook part (through the package's relationships, whatever its name), its sheets
 * in order, and its shared strings and styles. A package with no workbook part is not a
 * spreadsheet: refused with a message that says what it is.
 */
export function readWorkbookPart(pkg: XlsxPackage): WorkbookPart {
  const main = readRels(pkg, "").find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external)?.target;
  const part = main && pkg.has(main) ? main : pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  if (!part) throw new ReadError(pkg.file, "unsupported", describePackage(pkg));
  if (/\.bin$/i.test(part)) throw new ReadError(pkg.file, "unsupported", "Excel Binary Workbook (.xlsb)");
  const rels = new Map(readRels(pkg, part).map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  pkg.scan(part, {
    wantText: false,
    open(name, attrs) {
      const a = attrs.all();
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (name === "sheet" && a.name !== undefined) {
        const rel = a.id === undefined ? undefined : rels.get(a.id);
        const kind = !rel
          ? "other"
          : /\/chartsheet$/.test(rel.type)
            ? "chartsheet"
            : /\/worksheet$/.test(rel.type)
              ? "worksheet"
              : "other";
        const target = rel && !rel.external && pkg.has(rel.target) ? rel.target : null;
        sheets.push({ name: a.name, part: kind === "worksheet" ? target : null, kind });
      }
    },
    close() {},
    text() {},
  });
  const byType = (suffix: RegExp) => [...rels.values()].find((r) => suffix.test(r.type) && !r.external)?.target ?? null;
  return {
    sheets,
    date1904,
    sharedStrings: byType(/\/sharedStrings$/),
    styles: byType(/\/styles$/),
  };
}

/** What a zip that is not an Excel workbook is, as far as its files tell. */
function describePackage(pkg: XlsxPackage): string {
  if (pkg.has("xl/workbook.bin")) return "Excel Binary Workbook (.xlsb)";
  if (pkg.has("mimetype") && pkg.has("content.xml")) return "OpenDocument (.ods/.odt)";
  if (pkg.has("word/document.xml")) return "Word (.docx)";
  if (pkg.has("ppt/presentation.xml")) return "PowerPoint (.pptx)";
  return "zip, no xl/workbook.xml";
}
