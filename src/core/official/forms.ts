import { COLUMN_IDS, type ColumnId } from "./columns";

/** A figure of a form: `null` when no source gives it (written blank, never 0). */
export type Fig = number | null;

/** Biểu 6's blocks: A.I đảng bộ cơ sở, A.II chi bộ cơ sở, B.I đảng bộ bộ phận, B.II chi bộ trực thuộc. */
export const BLOCK_IDS = ["partyCommittees", "partyCells", "sections", "cells"] as const;
export type BlockId = (typeof BLOCK_IDS)[number];
/** The rows of each block: 1 total (= 2 + 3), 2 rated and its four ratings, 3 not rated, of which new. */
export const ORG_ROWS = ["total", "rated", "excellent", "good", "complete", "fail", "notRated", "newUnder6"] as const;
export type OrgRow = (typeof ORG_ROWS)[number];
export type Form6Key = `${BlockId}.${OrgRow}`;
export const FORM6_KEYS: readonly Form6Key[] = BLOCK_IDS.flatMap((b) => ORG_ROWS.map((r) => `${b}.${r}` as const));

/** Biểu 7: 1 present (= 2 + 3 + 4), 2 exempt, 3 not rated, 4 rated and its ratings, the không HTNV breakdown. */
export const FORM7_KEYS = [
  "present",
  "exempt",
  "notRated",
  "rated",
  "excellent",
  "good",
  "complete",
  "fail",
  "failDecline",
  "failUnderHalf",
  "failOfficial",
  "failDisciplined",
  "failOther",
] as const;
export type Form7Key = (typeof FORM7_KEYS)[number];

export type Vector<K extends string> = Record<K, Fig>;
/** A form's figures, column by column. */
export type FormFigures<K extends string> = Record<ColumnId, Vector<K>>;

export interface OfficialForms {
  form6: FormFigures<Form6Key>;
  form7: FormFigures<Form7Key>;
}

/** A sum that knows what it does not know: anything plus unknown is unknown. */
export function addFig(a: Fig, b: Fig): Fig {
  return a === null || b === null ? null : a + b;
}

export function vector<K extends string>(keys: readonly K[], value: Fig): Vector<K> {
  return Object.fromEntries(keys.map((k) => [k, value])) as Vector<K>;
}

export function emptyForm<K extends string>(keys: readonly K[]): FormFigures<K> {
  return Object.fromEntries(COLUMN_IDS.map((c) => [c, vector(keys, 0)])) as FormFigures<K>;
}

export function emptyForms(): OfficialForms {
  return { form6: emptyForm(FORM6_KEYS), form7: emptyForm(FORM7_KEYS) };
}

/** Adds a vector into one column, key by key. */
export function addInto<K extends string>(form: FormFigures<K>, column: ColumnId, v: Vector<K>): void {
  const into = form[column];
  for (const k of Object.keys(v) as K[]) into[k] = addFig(into[k], v[k]);
}

/** Sums forms column by column (as a province sums its districts' forms). */
export function addForms(into: OfficialForms, from: OfficialForms): OfficialForms {
  for (const c of COLUMN_IDS) {
    addInto(into.form6, c, from.form6[c]);
    addInto(into.form7, c, from.form7[c]);
  }
  return into;
}
