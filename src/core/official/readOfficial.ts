import type { Issue } from "../issues/Issue";
import type { SheetSnapshot } from "../snapshot";
import { checkForm } from "./checkForm";
import { formFigures } from "./formFigures";
import type { OfficialForms } from "./forms";
import { readOfficialSheet, type OfficialSheet } from "./readForm";

/** A Biểu 6 or 7 as read: the sheet's shape and the figures it states. */
export interface OfficialRead {
  sheetName: string;
  sheet: OfficialSheet;
  forms: OfficialForms;
}

/** Reads and checks a sheet if it is a Biểu 6 or 7; `null` when it is not one. */
export function readOfficial(
  snap: SheetSnapshot,
  thorough = false,
): { name: string; read: OfficialRead; issues: Issue[] } | null {
  const sheet = readOfficialSheet(snap, thorough);
  if (!sheet) return null;
  const name = String(snap.name ?? "");
  const { forms, issues } = formFigures(sheet, name);
  return { name, read: { sheetName: name, sheet, forms }, issues: [...issues, ...checkForm(sheet, forms, name)] };
}
