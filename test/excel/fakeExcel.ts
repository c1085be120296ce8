import { OfficeMockObject } from "office-addin-mock";
import { emptySheet, type SheetSnapshot } from "../../src/core/snapshot";
import { a1, columnLetters, parseA1 } from "../../src/core/issues/a1";

/**
 * A workbook behind a fake Excel.RequestContext. Ranges are office-addin-mock objects, so reading
 * a property that was not loaded and synced gives the mock's error instead of a value (a missing
 * load shows up as a wrong snapshot). Collections, formats and sheet edits are recorded by hand.
 */
export interface FakeSheet {
  name: string;
  snapshot: SheetSnapshot;
  fonts?: (string | null)[][];
  customProperties: Map<string, string>;
  names: Set<string>;
  formats: FakeConditionalFormat[];
  /** Every write to the sheet, as "op address". */
  writes: string[];
  frozenRows: number;
}

export interface FakeConditionalFormat {
  type: "Custom" | "ColorScale";
  address: string;
  custom: {
    isNullObject?: boolean;
    rule: { formula: string; load?: () => void };
    format: {
      fill: { color: string };
      font: { color: string };
      /** The error flag's border, per edge (ExcelApi 1.6). */
      borders?: {
        edges: Record<string, { style: string; color: string }>;
        getItem: (edge: string) => { style: string; color: string };
      };
    };
  };
  /** ExcelApi 1.14: a null object for a format that is not custom. */
  customOrNullObject?: { isNullObject: boolean; rule: { formula: string } };
  deleted: boolean;
  delete(): void;
}

export interface FakeWorkbook {
  context: Excel.RequestContext;
  sheets: FakeSheet[];
  syncs: () => number;
  activated: string[];
  selected: string[];
  inserted: { base64: string; options: unknown }[];
}

const TYPE: Record<string, string> = {
  empty: "Empty",
  string: "String",
  number: "Double",
  boolean: "Boolean",
  error: "Error",
};

export function fakeWorkbook(
  snapshots: SheetSnapshot[],
  api = { v112: true, v113: true },
  /** Excel on the web's answer limit, in cells of values asked in one request. */
  responseLimitCells = Infinity,
): FakeWorkbook {
  let cellsAsked = 0;
  /** Counts the cells a range's values load will answer with. */
  const counting = <T extends OfficeMockObject>(mock: T, cells: number): T => {
    const load = mock.load.bind(mock);
    (mock as unknown as { load: (p: string) => unknown }).load = (props: string) => {
      if (/values/.test(props)) cellsAsked += cells;
      return load(props);
    };
    return mock;
  };
  let syncs = 0;
  const mocks: OfficeMockObject[] = [];
  const pending: (() => void)[] = [];
  const register = <T extends OfficeMockObject>(m: T) => (mocks.push(m), m);
  const sheets: FakeSheet[] = snapshots.map((snapshot) => fakeSheet(snapshot.name, snapshot));
  const wb: FakeWorkbook = {
    context: null as unknown as Excel.RequestContext,
    sheets,
    syncs: () => syncs,
    activated: [],
    selected: [],
    inserted: [],
  };

  (globalThis as unknown as { Office: unknown }).Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" && (version >= "1.13" ? api.v113 : version === "1.12" ? api.v112 : true),
      },
    },
  });
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ConditionalFormatType: { custom: "Custom" },
    ClearApplyTo: { all: "All" },
    WorksheetPositionType: { end: "End" },
  };

  function usedRange(sheet: FakeSheet) {
    const s = sheet.snapshot;
    const rows = s.values.length;
    const cols = rows ? s.values[0]!.length : 0;
    const address = rows
      ? `${sheet.name}!${a1(s.origin)}:${a1({ row: s.origin.row + rows - 1, col: s.origin.col + cols - 1 })}`
      : "";
    const block = (r0: number, n: number) =>
      counting(
        register(
          new OfficeMockObject({
            values: s.values.slice(r0, r0 + n),
            valueTypes: s.types.slice(r0, r0 + n).map((r) => r.map((t) => TYPE[t])),
            numberFormat: s.numberFormats.slice(r0, r0 + n),
          }),
        ),
        n * cols,
      );
    const used = register(
      new OfficeMockObject({
        address,
        rowCount: rows,
        columnCount: cols,
        values: s.values,
        valueTypes: s.types.map((r) => r.map((t) => TYPE[t])),
        numberFormat: s.numberFormats,
      }),
    ) as OfficeMockObject & Record<string, unknown>;
    counting(used, rows * cols);
    used.isNullObject = rows === 0;
    used.getCell = (r: number) => ({ getResizedRange: (dr: number) => block(r, dr + 1) });
    used.getCellProperties = () => {
      const result = { value: undefined as unknown };
      pending.push(
        () =>
          (result.value = s.values.map((row, r) =>
            row.map((_, c) => ({ format: { font: { name: sheet.fonts?.[r]?.[c] ?? "Calibri" } } })),
          )),
      );
      return result;
    };
    return used;
  }

  function range(sheet: FakeSheet, address?: string) {
    const formats = {
      items: [] as FakeConditionalFormat[],
      load: () =>
        pending.push(() => {
          formats.items = sheet.formats.filter((f) => !f.deleted && (!address || f.address === address));
          for (const f of formats.items) {
            f.customOrNullObject =
              f.type === "Custom"
                ? { isNullObject: false, rule: { formula: f.custom.rule.formula } }
                : { isNullObject: true, rule: { formula: "" } };
          }
        }),
      add: (type: "Custom") => {
        const cf: FakeConditionalFormat = {
          type,
          address: address ?? "",
          custom: {
            isNullObject: false,
            rule: { formula: "", load: () => undefined },
            format: { fill: { color: "" }, font: { color: "" }, borders: fakeBorders() },
          },
          deleted: false,
          delete() {
            pending.push(() => (cf.deleted = true));
          },
        };
        pending.push(() => sheet.formats.push(cf));
        sheet.writes.push(`conditionalFormat ${address}`);
        return cf;
      },
    };
    const merged = {
      isNullObject: false,
      areas: {
        items: sheet.snapshot.merges.map((m) => ({
          address: `${sheet.name}!${a1({ row: m.top, col: m.left })}:${a1({ row: m.bottom, col: m.right })}`,
        })),
      },
      load: () => undefined,
    };
    const format = new Proxy({} as Record<string, unknown>, {
      get: (t, p) =>
        p in t
          ? t[p as string]
          : p === "borders"
            ? { getItem: () => ({}) }
            : (t[p as string] = new Proxy(
                {},
                { set: () => (sheet.writes.push(`format.${String(p)} ${address}`), true) },
              )),
      set: (_t, p) => (sheet.writes.push(`format.${String(p)} ${address}`), true),
    });
    return {
      conditionalFormats: formats,
      getMergedAreasOrNullObject: () => merged,
      format,
      set formulas(v: unknown[][]) {
        sheet.writes.push(`formulas ${address}`);
        void v;
      },
      set numberFormat(v: unknown[][]) {
        sheet.writes.push(`numberFormat ${address}`);
        void v;
      },
      clear: () => sheet.writes.push(`clear ${address ?? "sheet"}`),
      merge: () => sheet.writes.push(`merge ${address}`),
      select: () => wb.selected.push(`${sheet.name}!${address}`),
    };
  }

  function worksheet(sheet: FakeSheet) {
    return {
      get name() {
        return sheet.name;
      },
      getUsedRangeOrNullObject: () => usedRange(sheet),
      getRange: (address?: string) => range(sheet, address),
      activate: () => wb.activated.push(sheet.name),
      freezePanes: { freezeRows: (n: number) => (sheet.frozenRows = n) },
      customProperties: {
        add: (key: string, value: string) => pending.push(() => sheet.customProperties.set(key, value)),
        getItemOrNullObject: (key: string) => {
          const item = {
            isNullObject: true,
            key: "",
            // A WorksheetCustomProperty has key and value; loading anything else fails in Excel.
            load: (props: string) => {
              if (!/^(key|value)(,(key|value))*$/.test(props)) throw new Error(`InvalidArgument: ${props}`);
              pending.push(() => Object.assign(item, { isNullObject: !sheet.customProperties.has(key), key }));
            },
          };
          return item;
        },
      },
      names: {
        add: (name: string) => pending.push(() => sheet.names.add(name)),
        getItemOrNullObject: (name: string) => {
          const item = {
            isNullObject: true,
            name: "",
            // A NamedItem has a name, no key.
            load: (props: string) => {
              if (!/^(name|value|formula)(,(name|value|formula))*$/.test(props))
                throw new Error(`InvalidArgument: ${props}`);
              pending.push(() => Object.assign(item, { isNullObject: !sheet.names.has(name), name }));
            },
          };
          return item;
        },
      },
    };
  }

  const worksheets = {
    items: [] as ReturnType<typeof worksheet>[],
    load: () => pending.push(() => (worksheets.items = sheets.map(worksheet))),
    getItem: (name: string) => {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`ItemNotFound ${name}`);
      return worksheet(sheet);
    },
    add: (name: string) => {
      const sheet = fakeSheet(name, emptySheet(name));
      sheets.push(sheet);
      return worksheet(sheet);
    },
  };

  wb.context = {
    workbook: {
      worksheets,
      insertWorksheetsFromBase64: (base64: string, options: unknown) => {
        wb.inserted.push({ base64, options });
        pending.push(() => sheets.push(fakeSheet(`Imported ${wb.inserted.length}`, emptySheet(""))));
      },
    },
    sync: async () => {
      syncs++;
      if (cellsAsked > responseLimitCells) {
        // The whole request fails and loads nothing, as Excel on the web does past 5 MB.
        cellsAsked = 0;
        pending.splice(0);
        throw Object.assign(new Error("Response payload size limit exceeded"), {
          code: "ResponsePayloadSizeLimitExceeded",
        });
      }
      cellsAsked = 0;
      for (const m of mocks) await m.sync();
      for (const op of pending.splice(0)) op();
    },
  } as unknown as Excel.RequestContext;
  return wb;
}

/** A sheet of the fake workbook, with nothing written to it yet. */
function fakeSheet(name: string, snapshot: SheetSnapshot): FakeSheet {
  return { name, snapshot, customProperties: new Map(), names: new Set(), formats: [], writes: [], frozenRows: 0 };
}

/** The runner an adapter gets in tests: every action on the same fake context. */
export function runnerFor(wb: FakeWorkbook) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(wb.context);
}

export { columnLetters, parseA1 };

/** Conditional-format borders: each edge asked for is kept, so a test can read what was painted. */
function fakeBorders() {
  const edges: Record<string, { style: string; color: string }> = {};
  return { edges, getItem: (edge: string) => (edges[edge] ??= { style: "", color: "" }) };
}
