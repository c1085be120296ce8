import type { RangeRef, SheetSnapshot } from "../../../src/core/snapshot";
import { a1, a1Range } from "../../../src/core/issues/a1";
import { parseRangeAddress } from "../../../src/excel/rangeAddress";

/**
 * The model workbook behind the recording host: the objects a request's object paths resolve to.
 * Each answers the properties, methods and setters the adapter uses; anything else is an error
 * naming the member, so that a new call shows up as "not modelled" instead of a silent answer.
 */
export interface ModelNode {
  /** The Office.js class it stands for ("Range"), for the list of API members used. */
  type?: string;
  isNull?: boolean;
  /** Scalar property by its JavaScript (camelCase) name; undefined when it is not a scalar. */
  field?(name: string): unknown;
  /** Navigation property (an object) by name. */
  nav?(name: string): ModelNode;
  call?(name: string, args: unknown[]): unknown;
  set?(name: string, value: unknown): void;
  items?(): ModelNode[];
  index?(args: unknown[]): ModelNode;
  /** A range's rectangle, for methods that take another range. */
  rect?: RangeRef;
}

/** What a written cell holds, as the adapter sent it. */
export interface WrittenCell {
  values?: unknown;
  formulas?: unknown;
  numberFormat?: unknown;
}

/** A conditional format of the model: the add-in's (custom) or a user's (any type). */
export interface FakeConditionalFormat {
  type: string;
  /** The range it applies to, without the sheet ("C9", "C9:T9"). */
  address: string;
  custom: {
    rule: { formula: string };
    format: {
      fill: { color: string };
      font: { color: string };
      /** An error flag's border, by edge ("EdgeTop" …), as the add-in set it. */
      borders?: Record<string, { style: string; color: string }>;
    };
  };
  deleted: boolean;
}

export interface ModelSheet {
  name: string;
  snapshot: SheetSnapshot;
  fonts?: (string | null)[][];
  customProperties: Map<string, string>;
  names: Set<string>;
  formats: FakeConditionalFormat[];
  /** Every write to the sheet, as "op address". */
  writes: string[];
  frozenRows: number;
  id: string;
  /** Cells written by the add-in, by A1 address. */
  cells: Map<string, WrittenCell>;
  protected?: boolean;
  /** Reading its conditional formats fails, as for some formats Excel's API cannot describe. */
  unreadableFormats?: boolean;
  /** A used range larger than the snapshot (a stray cell at XFD1048576), read as blank. */
  declaredUsed?: RangeRef;
  /** What Range.formulas reads back over the cells the add-in wrote: formulas, else values. */
  readonly formulas?: unknown[][];
  /** Areas merged by the add-in. */
  mergedWritten: string[];
}

export class ModelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notModelled = (what: string): never => {
  throw new ModelError("NotModelled", `recording host: ${what} is not modelled`);
};

export const NULL_NODE: ModelNode = { isNull: true };

/** Excel's way of writing a sheet name in an address: quoted unless plain letters and digits. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

export const WHOLE: RangeRef = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The rectangle of an A1 address relative to nothing (`"A1:C3"`, `"C:C"`), or a model error. */
export function rectOf(address: string): RangeRef {
  const cols = address.match(/^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/);
  if (cols) {
    const top = parseRangeAddress(`${cols[1]}1:${cols[2]}1`)!;
    return { ...top, top: 0, bottom: WHOLE.bottom };
  }
  if (address.includes(",")) throw new ModelError("InvalidArgument", `multi-area address "${address}"`);
  const r = parseRangeAddress(address);
  if (!r) throw new ModelError("InvalidArgument", `address "${address}"`);
  return r;
}

export function addressOf(sheet: ModelSheet, r: RangeRef): string {
  return `${sheetPrefix(sheet.name)}${a1Range(r)}`;
}

export function cellKeys(r: RangeRef): string[] {
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(a1({ row, col }));
  return out;
}
