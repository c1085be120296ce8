import type { Issue } from "../issues/Issue";
import { makeIssue } from "../rules/Rule";
import { COLUMN_IDS, FORM_COLUMNS, GROUP_LABELS, TYPE_IDS, isGroup, partOf, partsOf, type ColumnId } from "./columns";
import {
  emptyForm,
  vector,
  FORM6_KEYS,
  FORM7_KEYS,
  type Fig,
  type Form6Key,
  type Form7Key,
  type OfficialForms,
} from "./forms";
import type { FormCell, OfficialSheet } from "./readForm";

/** A column's name as the form prints it: "Xã", "Doanh nghiệp và Hợp tác xã — Hợp tác xã". */
export function columnLabel(id: ColumnId): string {
  const c = FORM_COLUMNS.find((x) => x.id === id)!;
  const group = c.partOf ?? (isGroup(id) ? id : undefined);
  return group ? `${GROUP_LABELS[group]} — ${c.label}` : c.label;
}

type Read = { kind: "count"; value: number } | { kind: "blank" } | { kind: "bad"; text: string };

function readCell(fc: FormCell | undefined): Read | null {
  if (!fc) return null;
  const c = fc.cell;
  if (c.kind === "blank") return { kind: "blank" };
  if ((c.kind === "number" || c.kind === "numberText") && Number.isInteger(c.value) && c.value >= 0)
    return { kind: "count", value: c.value };
  const text =
    c.kind === "number"
      ? String(c.value)
      : c.kind === "error"
        ? c.code
        : c.kind === "boolean"
          ? String(c.value)
          : c.text;
  return { kind: "bad", text };
}

/**
 * The figures a Biểu 6 or 7 sheet states, column by column, and the OFF-NOT-NUMBER issues of its
 * cells. What a blank means, line by line: a line left wholly blank is unknown; where Tổng số has
 * a figure but no type column does, the split is unknown (and likewise a group's parts where only
 * its total is given); any other blank is 0, as offices leave zeros blank. A type column the sheet
 * does not have counts 0; a part of a group it does not split is unknown unless the group is 0.
 */
export function formFigures(sheet: OfficialSheet, sheetName: string): { forms: OfficialForms; issues: Issue[] } {
  const issues: Issue[] = [];
  const keys: readonly (Form6Key | Form7Key)[] = sheet.form === 6 ? FORM6_KEYS : FORM7_KEYS;
  const figures = emptyForm<string>(keys);
  for (const key of keys) {
    const line = sheet.lines[key];
    const reads = new Map<ColumnId, Read>();
    if (line)
      for (const id of COLUMN_IDS) {
        const r = readCell(line.cells[id]);
        if (r) reads.set(id, r);
      }
    const blank = (id: ColumnId) => (reads.get(id)?.kind ?? "blank") === "blank";
    const count = (id: ColumnId) => {
      const r = reads.get(id);
      return r?.kind === "count" ? r.value : null;
    };
    // Only zeros typed and Tổng số blank: the blanks are not known to be zeros (this project writes
    // a line whose figures nobody gave that way: 0 for types without units, blank for the others).
    const noFigure = blank("total") && ![...reads.values()].some((r) => r.kind === "count" && r.value > 0);
    const wholeBlank = noFigure || [...reads.values()].every((r) => r.kind === "blank");
    const typesBlank = TYPE_IDS.every(blank) && (count("total") ?? 0) !== 0;
    for (const id of COLUMN_IDS) {
      const read = reads.get(id);
      let value: Fig;
      if (!line || wholeBlank) value = null;
      else if (!read) value = sheet.columns[id] === undefined && !partOf(id) && !isGroup(id) ? 0 : null;
      else if (read.kind === "count") value = read.value;
      else if (read.kind === "blank") {
        const group = partOf(id);
        const partsBlank = group !== undefined && partsOf(group).every(blank) && (count(group) ?? 0) !== 0;
        value = (id !== "total" && typesBlank) || partsBlank || id === "total" ? null : 0;
      } else {
        value = null;
        issues.push(
          makeIssue(
            "OFF-NOT-NUMBER",
            sheetName,
            { cell: line.cells[id]!.at },
            { row: line.label, column: columnLabel(id), text: read.text },
          ),
        );
      }
      figures[id][key] = value;
    }
  }
  // A group the sheet does not print in full: its total from its parts, or its parts 0 when it is 0.
  for (const group of ["service", "enterprise"] as const) {
    for (const key of keys) {
      const parts = partsOf(group);
      if (sheet.columns[group] === undefined) {
        const values = parts.map((p) => figures[p][key]);
        figures[group][key] = values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + v!, 0);
      }
      if (figures[group][key] === 0) for (const p of parts) if (sheet.columns[p] === undefined) figures[p][key] = 0;
    }
  }
  const forms: OfficialForms =
    sheet.form === 6
      ? { form6: figures as OfficialForms["form6"], form7: unknownForm(FORM7_KEYS) }
      : { form6: unknownForm(FORM6_KEYS), form7: figures as OfficialForms["form7"] };
  return { forms, issues };
}

function unknownForm<K extends string>(keys: readonly K[]) {
  const f = emptyForm(keys);
  for (const id of COLUMN_IDS) f[id] = vector(keys, null);
  return f;
}
