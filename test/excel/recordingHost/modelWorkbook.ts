import type { SheetSnapshot } from "../../../src/core/snapshot";
import { emptySheet } from "../../../src/core/snapshot";
import { parseA1 } from "../../../src/core/issues/a1";
import { ModelError, NULL_NODE, WHOLE, notModelled, rectOf, type ModelNode, type ModelSheet } from "./modelNodes";
import { rangeNode } from "./modelRange";

/** The workbook the recording host answers from: sheets with their state, and what was done to it. */
export interface ModelWorkbook {
  sheets: ModelSheet[];
  activated: string[];
  inserted: { base64: string; options: unknown }[];
  /** Requests refused while the user is "typing in a cell"; counts down. */
  editing?: number;
  /** Files that Excel refuses to insert (by their base64), as a broken .xlsx would be. */
  refuse?: (base64: string) => boolean;
  /** Custom XML parts (ExcelApi 1.5): the check stamps live there. */
  customXmlParts: { id: string; ns: string; xml: string }[];
}

let sheetIds = 1;

export function modelSheet(snapshot: SheetSnapshot, name = snapshot.name): ModelSheet {
  const sheet: ModelSheet = {
    id: `{sheet-${sheetIds++}}`,
    name,
    snapshot,
    customProperties: new Map(),
    names: new Set(),
    formats: [],
    writes: [],
    frozenRows: 0,
    cells: new Map(),
    mergedWritten: [],
  };
  Object.defineProperty(sheet, "formulas", {
    get: () => {
      const cells = [...sheet.cells].map(([key, cell]) => ({ at: parseA1(key)!, cell }));
      if (cells.length === 0) return undefined;
      const rows = Math.max(...cells.map((c) => c.at.row)) + 1;
      const cols = Math.max(...cells.map((c) => c.at.col)) + 1;
      const grid: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(cols).fill(""));
      for (const { at, cell } of cells) grid[at.row]![at.col] = cell.formulas ?? cell.values ?? "";
      return grid;
    },
  });
  return sheet;
}

export function modelWorkbook(snapshots: SheetSnapshot[]): ModelWorkbook {
  return { sheets: snapshots.map((s) => modelSheet(s)), activated: [], inserted: [], customXmlParts: [] };
}

function sheetNode(wb: ModelWorkbook, sheet: ModelSheet): ModelNode {
  const s = sheet.snapshot;
  const rows = s.values.length;
  const cols = rows ? s.values[0]!.length : 0;
  const item = (type: string, exists: boolean, fields: Record<string, unknown>): ModelNode =>
    exists ? { type, field: (n) => (n in fields ? fields[n] : notModelled(`item.${n}`)) } : NULL_NODE;
  return {
    type: "Worksheet",
    field: (name) => {
      if (name === "name") return sheet.name;
      if (name === "id") return sheet.id;
      if (name === "position") return wb.sheets.indexOf(sheet);
      return notModelled(`Worksheet.${name}`);
    },
    nav: (name) => {
      switch (name) {
        case "CustomProperties":
          return {
            type: "WorksheetCustomPropertyCollection",
            call: (m, [key, value]) => {
              if (m === "GetItemOrNullObject")
                return item("WorksheetCustomProperty", sheet.customProperties.has(String(key)), {
                  key,
                  value: sheet.customProperties.get(String(key)),
                });
              if (m === "Add") {
                sheet.customProperties.set(String(key), String(value));
                return item("WorksheetCustomProperty", true, { key, value });
              }
              return notModelled(`WorksheetCustomPropertyCollection.${m}`);
            },
          };
        case "Names":
          return {
            type: "NamedItemCollection",
            call: (m, [key]) => {
              if (m === "GetItemOrNullObject") return item("NamedItem", sheet.names.has(String(key)), { name: key });
              if (m === "Add") {
                sheet.names.add(String(key));
                return item("NamedItem", true, { name: key });
              }
              return notModelled(`NamedItemCollection.${m}`);
            },
          };
        case "FreezePanes":
          return {
            type: "WorksheetFreezePanes",
            call: (m, [n]) =>
              m === "FreezeRows" ? ((sheet.frozenRows = Number(n)), null) : notModelled(`FreezePanes.${m}`),
          };
        case "Protection":
          return {
            type: "WorksheetProtection",
            field: (n) => (n === "protected" ? Boolean(sheet.protected) : notModelled(`Protection.${n}`)),
          };
        default:
          return notModelled(`Worksheet.${name}`);
      }
    },
    call: (name, args) => {
      switch (name) {
        case "GetUsedRangeOrNullObject":
          if (sheet.declaredUsed) return rangeNode(sheet, sheet.declaredUsed);
          return rows === 0
            ? NULL_NODE
            : rangeNode(sheet, {
                top: s.origin.row,
                left: s.origin.col,
                bottom: s.origin.row + rows - 1,
                right: s.origin.col + cols - 1,
              });
        case "GetRange":
          return args[0] === null || args[0] === undefined || args[0] === ""
            ? rangeNode(sheet, WHOLE, true)
            : rangeNode(sheet, rectOf(String(args[0])));
        case "Activate":
          wb.activated.push(sheet.name);
          return null;
        default:
          return notModelled(`Worksheet.${name}`);
      }
    },
  };
}

/** The root object of a request: the workbook. */
export function workbookNode(wb: ModelWorkbook): ModelNode {
  const byKey = (key: unknown) => wb.sheets.find((s) => s.name === key || s.id === key);
  const worksheets: ModelNode = {
    type: "WorksheetCollection",
    items: () => wb.sheets.map((s) => sheetNode(wb, s)),
    index: ([key]) => {
      const sheet = byKey(key);
      if (!sheet) throw new ModelError("ItemNotFound", `worksheet ${String(key)}`);
      return sheetNode(wb, sheet);
    },
    call: (name, args) => {
      if (name === "GetItemAt") return sheetNode(wb, wb.sheets[Number(args[0])] ?? notModelled("sheet index"));
      if (name === "GetItemOrNullObject") {
        const sheet = byKey(args[0]);
        return sheet ? sheetNode(wb, sheet) : NULL_NODE;
      }
      if (name === "Add") {
        const name = String(args[0]);
        if (byKey(name)) throw new ModelError("ItemAlreadyExists", `worksheet ${name}`);
        const sheet = modelSheet(emptySheet(name));
        wb.sheets.push(sheet);
        return sheetNode(wb, sheet);
      }
      return notModelled(`WorksheetCollection.${name}`);
    },
  };
  return {
    type: "Workbook",
    nav: (name) =>
      name === "Worksheets"
        ? worksheets
        : name === "CustomXmlParts"
          ? customXmlPartsNode(wb)
          : notModelled(`Workbook.${name}`),
    call: (name, args) => {
      if (name !== "InsertWorksheetsFromBase64") return notModelled(`Workbook.${name}`);
      const [base64, options] = args as [string, { sheetNamesToInsert?: string[] } | undefined];
      if (wb.refuse?.(base64)) throw new ModelError("InvalidArgument", "not a workbook Excel can open");
      wb.inserted.push({ base64, options });
      const names = options?.sheetNamesToInsert ?? [`Imported ${wb.inserted.length}`];
      for (const n of names) wb.sheets.push(modelSheet(emptySheet(n)));
      return names;
    },
  };
}

let partIds = 1;

/** Workbook.customXmlParts: parts by namespace, their XML, added and deleted. */
function customXmlPartsNode(wb: ModelWorkbook): ModelNode {
  const partNode = (part: ModelWorkbook["customXmlParts"][number]): ModelNode => ({
    type: "CustomXmlPart",
    field: (n) => (n === "id" ? part.id : n === "namespaceUri" ? part.ns : notModelled(`CustomXmlPart.${n}`)),
    call: (m) => {
      if (m === "GetXml") return part.xml;
      if (m === "Delete") {
        wb.customXmlParts.splice(wb.customXmlParts.indexOf(part), 1);
        return null;
      }
      return notModelled(`CustomXmlPart.${m}`);
    },
  });
  const byId = (id: unknown) => {
    const part = wb.customXmlParts.find((p) => p.id === id);
    if (!part) throw new ModelError("ItemNotFound", `custom XML part ${String(id)}`);
    return partNode(part);
  };
  return {
    type: "CustomXmlPartCollection",
    index: ([id]) => byId(id),
    call: (m, [arg]) => {
      if (m === "GetByNamespace")
        return {
          type: "CustomXmlPartScopedCollection",
          items: () => wb.customXmlParts.filter((p) => p.ns === arg).map(partNode),
          index: ([id]) => byId(id),
        } satisfies ModelNode;
      if (m === "Add") {
        const xml = String(arg);
        const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
        const part = { id: `{part-${partIds++}}`, ns, xml };
        wb.customXmlParts.push(part);
        return partNode(part);
      }
      return notModelled(`CustomXmlPartCollection.${m}`);
    },
  };
}
