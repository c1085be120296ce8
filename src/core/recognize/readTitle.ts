import type { CellRef } from "../snapshot";
import { parseOrgName, type OrgName } from "../model/OrgName";
import { foldKey } from "../text/foldKey";
import type { Grid } from "./Grid";

export interface TitleBlock {
  parent: OrgName | null;
  organisation: OrgName | null;
  year: number | null;
  yearCell: CellRef | null;
  rowsAreGrassroots: boolean;
}

const YEAR = /\bnam (20\d\d|19\d\d)\b/;

/**
 * Reads the rows above the header: on the left, the superior organisation then the issuing one
 * (as on every Vietnamese official paper); in the centre, the title with the evaluation year.
 */
export function readTitle(grid: Grid, headerTop: number, tableLeft: number, tableRight: number): TitleBlock {
  const leftLimit = tableLeft + Math.max(3, Math.floor((tableRight - tableLeft) / 3));
  const orgs: OrgName[] = [];
  let year: number | null = null;
  let yearCell: CellRef | null = null;
  let rowsAreGrassroots = false;
  for (let r = grid.top; r < headerTop; r++) {
    let firstInRow = true;
    for (let c = grid.left; c < grid.right; c++) {
      const text = grid.text(r, c);
      if (text === "") continue;
      const folded = foldKey(text);
      if (year === null) {
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
    rowsAreGrassroots,
  };
}
