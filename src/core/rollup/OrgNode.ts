import type { Level } from "../model/OrgName";
import type { Rating } from "../model/Rating";
import type { LevelSheet, UnitRow } from "../model/SheetModel";
import type { Figures, OrgCounts } from "./Figures";

/**
 * Levels at which organisations are counted: chi bộ trực thuộc, TCCSĐ, districts, and đảng bộ bộ
 * phận (`sections`, the optional level between a đảng bộ cơ sở and its chi bộ).
 */
export const COUNTED_LEVELS = ["cells", "grassroots", "districts", "sections"] as const;
export type CountedLevel = (typeof COUNTED_LEVELS)[number];

/** A level sheet together with the workbook it came from. */
export interface SourceSheet {
  /** The workbook's name (a file, or "" for the open workbook). */
  workbook: string;
  sheet: LevelSheet;
}

/** Where a node's figures come from. */
export type NodeSource =
  | { kind: "sheet"; source: SourceSheet }
  | { kind: "row"; source: SourceSheet; row: UnitRow }
  /** Named only as the parent in other sheets' titles, or a unit list's entry. */
  | { kind: "virtual" };

/** One organisation of the tree. The depth is whatever the data says. */
export interface OrgNode {
  key: string;
  name: string;
  /** "section" for a đảng bộ bộ phận: a node between its đảng bộ cơ sở and its chi bộ. */
  level: Level;
  source: NodeSource;
  /** The row that stands for this unit in its parent's sheet, when there is one. */
  parentRow: { source: SourceSheet; row: UnitRow } | null;
  rating: Rating | null;
  /** Rating proposed or self-assessed under the table of its own sheet. */
  ownRating: Rating | null;
  figures: Figures;
  /** Descendant organisations by level (not the node itself). */
  organisations: Record<CountedLevel, OrgCounts>;
  children: OrgNode[];
}
