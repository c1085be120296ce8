import type { Issue } from "../issues/Issue";
import { describeLocation, describeProblem } from "../issues/describeIssue";
import { howToFix } from "../issues/howToFix";
import { a1 } from "../issues/a1";
import type { LayoutCell, SheetLayout } from "./SheetLayout";
import { safeSheetName } from "./sheetName";

export interface FindingsOptions {
  /** The organisation a finding's sheet belongs to (its title), else the sheet's name. */
  unitOf: (issue: Issue) => string;
  /** One sheet per unit, so the district can send each commune its own. */
  perUnit: boolean;
  title: string;
}

const HEADERS = ["STT", "Đơn vị", "Ô", "Mức độ", "Lỗi", "Cách sửa", "Trang tính"];
const WIDTHS = [5, 30, 8, 10, 60, 50, 16];
const LEVEL = { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" };

function table(name: string, title: string, issues: readonly Issue[], unitOf: FindingsOptions["unitOf"]): SheetLayout {
  const cells: LayoutCell[] = [{ row: 0, col: 0, value: title, bold: true }];
  HEADERS.forEach((h, col) =>
    cells.push({ row: 2, col, value: h, bold: true, header: true, border: true, wrap: true }),
  );
  issues.forEach((issue, i) => {
    const where = issue.cell ? a1(issue.cell) : describeLocation(issue, "vi");
    const row = [
      i + 1,
      unitOf(issue),
      where,
      LEVEL[issue.severity],
      describeProblem(issue, "vi"),
      howToFix(issue, "vi"),
      issue.sheet,
    ];
    row.forEach((value, col) => cells.push({ row: 3 + i, col, value, border: true, wrap: col === 4 || col === 5 }));
  });
  return {
    name,
    cells,
    merges: [{ top: 0, bottom: 0, left: 0, right: HEADERS.length - 1 }],
    columnWidths: WIDTHS,
    frozenRows: 3,
  };
}

/**
 * "Xuất danh sách lỗi": the findings as one table (đơn vị, ô, lỗi, cách sửa), or one sheet per
 * unit. Vietnamese, as the district sends it back down. Every finding is on exactly one row.
 */
export function findingsLayout(issues: readonly Issue[], options: FindingsOptions): SheetLayout[] {
  if (!options.perUnit) return [table("Danh sách lỗi", options.title, issues, options.unitOf)];
  const byUnit = new Map<string, Issue[]>();
  for (const issue of issues) {
    const unit = options.unitOf(issue);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), issue]);
  }
  const taken = new Set<string>();
  return [...byUnit.entries()].map(([unit, list]) => {
    const name = safeSheetName(unit, taken);
    taken.add(name);
    return table(name, `${options.title} — ${unit}`, list, options.unitOf);
  });
}
