import type { Issue } from "../issues/Issue";
import type { OrgNode } from "../rollup/OrgNode";
import type { UnitListEntry } from "../rollup/unitList";
import type { SheetLayout } from "../layout/SheetLayout";
import { safeSheetName } from "../layout/sheetName";
import { makeIssue } from "../rules/Rule";
import { inWorkbook } from "../rollup/hierarchyRules";
import { SYNTHETIC_ROOT_KEY } from "../rollup/buildTree";
import { formsOfTree } from "./fromTree";
import { formLayout } from "./formLayout";
import { FORM6_ROWS, FORM6_TITLE, FORM7_ROWS, FORM7_TITLE } from "./formRows";
import type { OfficialForms } from "./forms";
import { typeUnits, type UnitTyping } from "./typeUnits";
import { form6Links, form7Links, type CellLink } from "./links";

export const FORM6_SHEET = "Biểu 6";
export const FORM7_SHEET = "Biểu 7";

export interface OfficialResult {
  forms: OfficialForms;
  typing: Map<OrgNode, UnitTyping>;
  layouts: SheetLayout[];
  /** OFF-TYPE-UNKNOWN: the TCCSĐ whose type nothing told, one notice per sheet that lists them. */
  issues: Issue[];
}

export interface OfficialOptions {
  year: number | null;
  takenSheetNames: ReadonlySet<string>;
  /** Forms read from Biểu 6/7 sheets, for the nodes they stand for. */
  read?: ReadonlyMap<OrgNode, Partial<OfficialForms>>;
  /** Where each TCCSĐ's figures stand in the summary sheets written with the forms (add-in, browser). */
  link?: CellLink;
}

/** Biểu 6 and Biểu 7 of a Tổng hợp, from its rolled-up tree. */
export function officialSummary(
  root: OrgNode,
  nodes: readonly OrgNode[],
  listed: readonly UnitListEntry[],
  options: OfficialOptions,
): OfficialResult {
  const typing = typeUnits(nodes, listed);
  const forms = formsOfTree(root, { typing, read: options.read ?? new Map() });
  const organisation = root.key === SYNTHETIC_ROOT_KEY ? "" : root.name.toLocaleUpperCase("vi");
  const taken = new Set(options.takenSheetNames);
  const name = (n: string) => {
    const s = safeSheetName(n, taken);
    taken.add(s);
    return s;
  };
  const header = { organisation, year: options.year };
  const layouts = [
    formLayout(
      { ...header, sheetName: name(FORM6_SHEET), title: FORM6_TITLE, formNumber: "Biểu số 6-BTCTW", unit: "Tổ chức" },
      FORM6_ROWS,
      forms.form6,
      options.link ? form6Links(root, typing, new Set(options.read?.keys() ?? []), options.link) : null,
    ),
    formLayout(
      { ...header, sheetName: name(FORM7_SHEET), title: FORM7_TITLE, formNumber: "Biểu số 7-BTCTW", unit: "Đảng viên" },
      FORM7_ROWS,
      forms.form7,
      options.link ? form7Links(root, typing, new Set(options.read?.keys() ?? []), options.link) : null,
    ),
  ];
  return { forms, typing, layouts, issues: unmatchedNotices(typing) };
}

function unmatchedNotices(typing: ReadonlyMap<OrgNode, UnitTyping>): Issue[] {
  const bySheet = new Map<string, { workbook: string; sheet: string; units: string[] }>();
  for (const [node, t] of typing) {
    if (t.source !== "unmatched") continue;
    const where = node.parentRow?.source ?? (node.source.kind === "virtual" ? null : node.source.source);
    const workbook = where?.workbook ?? "";
    const sheet = where?.sheet.name ?? "";
    const key = `${workbook}\u0000${sheet}`;
    const entry = bySheet.get(key) ?? { workbook, sheet, units: [] };
    entry.units.push(node.name);
    bySheet.set(key, entry);
  }
  return [...bySheet.values()].map((e) =>
    inWorkbook(e.workbook, makeIssue("OFF-TYPE-UNKNOWN", e.sheet, {}, { units: e.units })),
  );
}
