import type { RangeRef } from "../../../src/core/snapshot";
import { a1Range } from "../../../src/core/issues/a1";
import {
  ModelError,
  NULL_NODE,
  WHOLE,
  intersects,
  notModelled,
  rectOf,
  type FakeConditionalFormat,
  type ModelNode,
  type ModelSheet,
} from "./modelNodes";

let nextId = 1;

/** The conditional formats that apply to a range, as Excel lists them: those that intersect it. */
export function conditionalFormats(sheet: ModelSheet, r: RangeRef): ModelNode {
  const live = () =>
    sheet.formats.filter((f) => !f.deleted && (r === WHOLE || f.address === "" || intersects(rectOf(f.address), r)));
  return {
    type: "ConditionalFormatCollection",
    items: () => {
      if (sheet.unreadableFormats)
        throw new ModelError("GeneralException", `the conditional formats of "${sheet.name}" cannot be read`);
      return live().map((f) => formatNode(sheet, f));
    },
    field: (name) => (name === "count" ? live().length : notModelled(`ConditionalFormatCollection.${name}`)),
    index: ([id]) => {
      const f = byId.get(String(id));
      if (!f || f.deleted) throw new ModelError("ItemNotFound", `conditional format ${String(id)}`);
      return formatNode(sheet, f);
    },
    call: (name, args) => {
      if (name === "GetItem") return conditionalFormats(sheet, r).index!(args);
      if (name !== "Add") return notModelled(`ConditionalFormatCollection.${name}`);
      if (sheet.protected) throw new ModelError("AccessDenied", `sheet "${sheet.name}" is protected`);
      const cf: FakeConditionalFormat = {
        type: args[0] as "Custom",
        address: a1Range(r),
        custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
        deleted: false,
      };
      sheet.formats.push(cf);
      sheet.writes.push(`conditionalFormat ${a1Range(r)}`);
      return formatNode(sheet, cf);
    },
  };
}

const ids = new WeakMap<FakeConditionalFormat, string>();
const byId = new Map<string, FakeConditionalFormat>();
function idOf(f: FakeConditionalFormat): string {
  let id = ids.get(f);
  if (!id) {
    id = `{cf-${nextId++}}`;
    ids.set(f, id);
    byId.set(id, f);
  }
  return id;
}

function formatNode(sheet: ModelSheet, f: FakeConditionalFormat): ModelNode {
  const custom: ModelNode = {
    type: "CustomConditionalFormat",
    nav: (name) => {
      if (name === "Rule")
        return {
          type: "ConditionalFormatRule",
          field: (n) => (n === "formula" ? f.custom.rule.formula : notModelled(`ConditionalFormatRule.${n}`)),
          set: (n, v) => (n === "Formula" ? (f.custom.rule.formula = String(v)) : notModelled(`Rule.${n} =`)),
        };
      if (name === "Format")
        return {
          type: "ConditionalRangeFormat",
          nav: (n) => {
            if (n === "Borders") {
              const borders = (f.custom.format.borders ??= {});
              const edgeNode = (edge: unknown): ModelNode => {
                const side = (borders[String(edge)] ??= { style: "", color: "" });
                return {
                  type: "ConditionalRangeBorder",
                  set: (p: string, v: unknown) =>
                    p === "Style"
                      ? (side.style = String(v))
                      : p === "Color"
                        ? (side.color = String(v))
                        : notModelled(`ConditionalRangeBorder.${p} =`),
                };
              };
              return {
                type: "ConditionalRangeBorderCollection",
                // getItem(edge) is an indexer in Microsoft's client; a method in older ones.
                index: ([edge]) => edgeNode(edge),
                call: (m, [edge]) =>
                  m === "GetItem" ? edgeNode(edge) : notModelled(`ConditionalRangeBorderCollection.${m}`),
              };
            }
            const part = n === "Fill" ? f.custom.format.fill : n === "Font" ? f.custom.format.font : null;
            if (!part) return notModelled(`ConditionalRangeFormat.${n}`);
            return {
              type: `ConditionalRange${n}`,
              set: (p, v) => (p === "Color" ? (part.color = String(v)) : notModelled(`${n}.${p} =`)),
            };
          },
        };
      return notModelled(`CustomConditionalFormat.${name}`);
    },
  };
  return {
    type: "ConditionalFormat",
    field: (name) => {
      if (name === "type") return f.type;
      if (name === "id") return idOf(f);
      return notModelled(`ConditionalFormat.${name}`);
    },
    nav: (name) => {
      if (name === "CustomOrNullObject") return f.type === "Custom" ? custom : NULL_NODE;
      if (name === "Custom") {
        if (f.type !== "Custom") throw new ModelError("InvalidOperation", "custom of a format that is not custom");
        return custom;
      }
      return notModelled(`ConditionalFormat.${name}`);
    },
    call: (name) => {
      if (name !== "Delete") return notModelled(`ConditionalFormat.${name}`);
      if (sheet.protected) throw new ModelError("AccessDenied", `sheet "${sheet.name}" is protected`);
      f.deleted = true;
      return null;
    },
  };
}
