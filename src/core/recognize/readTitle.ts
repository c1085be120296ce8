import type { CellRef } from "../snapshot";
import { parseOrgName, type OrgName } from "../model/OrgName";
import { foldKey } from "../text/foldKey";
import type { Grid } from "./Grid";

export interface TitleBlock {
  parent: OrgName | null;
  organisation: OrgName | null;
  /** The evaluation year from the title ("NĂM 2018"), never from the date line. */
  year: number | null;
  yearCell: CellRef | null;
  /** The date line ("Năm Căn, ngày 25 tháng 01 năm 2019"), if any: a fallback with a warning. */
  dateLine: { year: number; month: number; text: string; cell: CellRef } | null;
  rowsAreGrassroots: boolean;
}

const YEAR = /\bnam (20\d\d|19\d\d)\b/;
/** "ngày 25 tháng 01 năm 2019", "ngày … tháng 12 năm 2022": a date, not the evaluation year. */
const DATE = /\bngay\s+(?:\d{1,2}|\.+|…)?\s*thang\s+(\d{1,2})\s+nam\s+(20\d\d|19\d\d)\b/;

/**
 * Reads the rows above the header: on the left, the superior organisation then the issuing one
 * (as on every Vietnamese official paper); in the centre, the title with the evaluation year.
 */
export function readTitle(grid: Grid, headerTop: number, tableLeft: number, tableRight: number): TitleBlock {
  const leftLimit = tableLeft + Math.max(3, Math.floor((tableRight - tableLeft) / 3));
  const orgs: OrgName[] = [];
  let year: number | null = null;
  let yearCell: CellRef | null = null;
  let dateLine: TitleBlock["dateLine"] = null;
  let rowsAreGrassroots = false;
  for (let r = grid.top; r < headerTop; r++) {
    let firstInRow = true;
    for (let c = grid.left; c < grid.right; c++) {
      const text = grid.text(r, c);
      if (text === "") continue;
      const folded = foldKey(text);
      const date = folded.match(DATE);
      if (date) {
        if (!dateLine) dateLine = { year: Number(date[2]), month: Number(date[1]), text, cell: { row: r, col: c } };
      } else if (year === null) {
        const m = folded.match(YEAR);
        if (m) {
          year = Number(m[1]);
          yearCell = { row: r, col: c };
        }
      }
      if (/cac chi bo co so|chi bo co so truc thuoc/.test(folded)) rowsAreGrassroots = true;
      if (firstInRow && c < leftLimit) {
        // A cell may hold both lines: "ĐẢNG BỘ HUYỆN THỚI LAI\nĐẢNG ỦY XÃ XUÂN THẮNG".
        for (const line of text.split(/\n|\r/)) {
          const org = parseOrgName(line);
          if (org) orgs.push(org);
        }
      }
      firstInRow = false;
    }
  }
  const [first, second] = orgs;
  return {
    parent: second ? (first ?? null) : null,
    organisation: second ?? first ?? null,
    year,
    yearCell,
    dateLine,
    rowsAreGrassroots,
  };
}
