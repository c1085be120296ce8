import type { RangeRef } from "../../../src/core/snapshot";
import { a1Range } from "../../../src/core/issues/a1";
import {
  ModelError,
  NULL_NODE,
  WHOLE,
  addressOf,
  cellKeys,
  intersects,
  notModelled,
  type ModelNode,
  type ModelSheet,
  type WrittenCell,
} from "./modelNodes";
import { conditionalFormats } from "./modelFormats";

const TYPE: Record<string, string> = {
  empty: "Empty",
  string: "String",
  number: "Double",
  boolean: "Boolean",
  error: "Error",
};

/** A property whose setter records `"<name> <address>"` in the sheet's writes. */
function recorder(
  sheet: ModelSheet,
  r: RangeRef,
  prefix: string,
  type: string,
  navs: Record<string, ModelNode> = {},
): ModelNode {
  return {
    type,
    nav: (name) => navs[name] ?? notModelled(`${prefix}.${name}`),
    set: (name) => {
      if (sheet.protected) throw new ModelError("AccessDenied", `sheet "${sheet.name}" is protected`);
      sheet.writes.push(`${prefix}.${name} ${a1Range(r)}`);
    },
    call: (name) =>
      name === "GetItem" ? recorder(sheet, r, `${prefix}.item`, "RangeBorder") : notModelled(`${prefix}.${name}`),
    index: ([key]) => recorder(sheet, r, `${prefix}.${String(key)}`, "RangeBorder"),
  };
}

/** A rectangle of a sheet; the snapshot gives what was there before, `cells` what the add-in wrote. */
export function rangeNode(sheet: ModelSheet, r: RangeRef, whole = false): ModelNode {
  const s = sheet.snapshot;
  const grid = <T>(pick: (row: number, col: number) => T): T[][] => {
    if (whole || (r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000)
      throw new ModelError("ResponsePayloadSizeLimitExceeded", "over 5 million cells");
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) => pick(r.top + i - s.origin.row, r.left + j - s.origin.col)),
    );
  };
  const write = (key: keyof WrittenCell, value: unknown) => {
    if (sheet.protected) throw new ModelError("AccessDenied", `sheet "${sheet.name}" is protected`);
    sheet.writes.push(`${key} ${a1Range(r)}`);
    const rows = value as unknown[][];
    cellKeys(r).forEach((k, n) => {
      const width = r.right - r.left + 1;
      const cell = sheet.cells.get(k) ?? {};
      cell[key] = Array.isArray(rows) ? rows[Math.floor(n / width)]?.[n % width] : rows;
      sheet.cells.set(k, cell);
    });
  };
  const format = recorder(sheet, r, "format", "RangeFormat", {
    Font: recorder(sheet, r, "format.font", "RangeFont"),
    Fill: recorder(sheet, r, "format.fill", "RangeFill"),
    Borders: recorder(sheet, r, "format.borders", "RangeBorderCollection"),
  });
  return {
    type: "Range",
    rect: r,
    field: (name) => {
      switch (name) {
        case "address":
          return addressOf(sheet, r);
        case "rowCount":
          return r.bottom - r.top + 1;
        case "columnCount":
          return r.right - r.left + 1;
        case "values":
          return grid((i, j) => s.values[i]?.[j] ?? "");
        case "valueTypes":
          return grid((i, j) => TYPE[s.types[i]?.[j] ?? "empty"]);
        case "numberFormat":
          return grid((i, j) => s.numberFormats[i]?.[j] ?? "General");
        default:
          return notModelled(`Range.${name}`);
      }
    },
    nav: (name) => {
      if (name === "ConditionalFormats") return conditionalFormats(sheet, whole ? WHOLE : r);
      if (name === "Format") return format;
      return notModelled(`Range.${name}`);
    },
    set: (name, value) => {
      if (name === "Values") write("values", value);
      else if (name === "Formulas") write("formulas", value);
      else if (name === "NumberFormat") write("numberFormat", value);
      else notModelled(`Range.${name} =`);
    },
    call: (name, args) => {
      const n = args as number[];
      switch (name) {
        case "GetCell":
          return rangeNode(sheet, {
            top: r.top + n[0]!,
            left: r.left + n[1]!,
            bottom: r.top + n[0]!,
            right: r.left + n[1]!,
          });
        case "GetResizedRange":
          return rangeNode(sheet, { ...r, bottom: r.bottom + n[0]!, right: r.right + n[1]! });
        case "GetRow":
          return rangeNode(sheet, { ...r, top: r.top + n[0]!, bottom: r.top + n[0]! });
        case "GetBoundingRect": {
          const o = (args[0] as { rect?: RangeRef }).rect ?? notModelled("GetBoundingRect of a non-range");
          return rangeNode(sheet, {
            top: Math.min(r.top, o.top),
            left: Math.min(r.left, o.left),
            bottom: Math.max(r.bottom, o.bottom),
            right: Math.max(r.right, o.right),
          });
        }
        case "GetMergedAreasOrNullObject":
          return mergedAreas(sheet, whole ? WHOLE : r);
        case "GetCellProperties":
          return grid((i, j) => ({ format: { font: { name: sheet.fonts?.[i]?.[j] ?? "Calibri" } } }));
        case "Clear":
          if (sheet.protected) throw new ModelError("AccessDenied", `sheet "${sheet.name}" is protected`);
          sheet.writes.push(`clear ${whole ? "sheet" : a1Range(r)}`);
          if (whole) sheet.cells.clear();
          return null;
        case "Merge":
          sheet.writes.push(`merge ${a1Range(r)}`);
          sheet.mergedWritten.push(a1Range(r));
          return null;
        case "Select":
          sheet.writes.push(`select ${a1Range(r)}`);
          return null;
        default:
          return notModelled(`Range.${name}`);
      }
    },
  };
}

/** Merged areas of a range: Excel refuses the call where the range holds more than 512 of them. */
export const MERGED_AREAS_LIMIT = 512;

function mergedAreas(sheet: ModelSheet, within: RangeRef): ModelNode {
  const areas = sheet.snapshot.merges.filter((m) => intersects(m, within));
  if (areas.length > MERGED_AREAS_LIMIT)
    throw new ModelError("InvalidOperation", `${areas.length} merged areas over ${MERGED_AREAS_LIMIT}`);
  if (areas.length === 0) return NULL_NODE;
  const collection: ModelNode = { type: "RangeCollection", items: () => areas.map((a) => rangeNode(sheet, a)) };
  return {
    type: "RangeAreas",
    field: (name) => (name === "areaCount" ? areas.length : notModelled(`RangeAreas.${name}`)),
    nav: (name) => (name === "Areas" ? collection : notModelled(`RangeAreas.${name}`)),
  };
}
