/** The program that writes stamps; the command line's `--version` says the same. */
export const PROGRAM = "xeploai 0.1.0";

/** The custom XML part's namespace: how adapters find the stamp among a workbook's parts. */
export const STAMP_NAMESPACE = "urn:xeploai:check-stamp:1";

/** One level sheet as it was when checked. */
export interface StampedSheet {
  /** The sheet's name then (names may change when sheets are copied; the key finds it). */
  sheet: string;
  /** The organisation the sheet is of, as its title says, and its comparison key. */
  organisation: string;
  key: string;
  /** The sheet's digest (see sheetDigest). */
  digest: string;
}

/**
 * A record that Kiểm tra found no error: who checked, when, with which program and rule sets, and
 * the digest of every level sheet. Kept inside the workbook (a custom XML part, never a cell).
 * Not a seal: anyone can recompute a digest, and no key signs it.
 */
export interface CheckStamp {
  checker: string;
  /** ISO 8601, UTC. */
  time: string;
  program: string;
  ruleSets: string[];
  sheets: StampedSheet[];
}
