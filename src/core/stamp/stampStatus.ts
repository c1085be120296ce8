import type { LevelSheet } from "../model/SheetModel";
import type { CheckStamp } from "./CheckStamp";
import { stampFromXml } from "./stampXml";
import { stampKey } from "./makeStamp";
import { sheetDigest } from "./sheetDigest";

/** What the level above learns from a unit's stamp. */
export type StampState = "checked" | "changed" | "unchecked";

export interface StampStatus {
  state: StampState;
  /** The stamp it was judged by (the latest that covers the sheet), when there is one. */
  checker: string | null;
  time: string | null;
  /** The sheets whose figures or labels differ from when they were checked. */
  changedSheets: string[];
}

export const STAMP_LABEL: Record<StampState, { vi: string; en: string }> = {
  checked: { vi: "đã kiểm tra, không sửa sau đó", en: "checked, not changed since" },
  changed: { vi: "đã sửa sau khi kiểm tra", en: "changed after the check" },
  unchecked: { vi: "chưa kiểm tra", en: "not checked" },
};

/** Every readable stamp among custom XML parts' texts; unreadable ones are no stamps. */
export function readStamps(xmls: readonly string[]): CheckStamp[] {
  return xmls.flatMap((x) => {
    const s = stampFromXml(x);
    return s ? [s] : [];
  });
}

/**
 * Judges sheets against the stamps the workbooks carry. A sheet is found in a stamp by its
 * organisation (sheet names change when sheets are copied between workbooks); it is "checked"
 * when some stamp holds its present digest, "changed" when stamps name it with another digest,
 * "unchecked" when none names it.
 */
export function stampJudge(stamps: readonly CheckStamp[]): (sheet: LevelSheet) => StampStatus {
  const memo = new Map<LevelSheet, StampStatus>();
  // By sheet key, latest stamp first: one lookup per sheet, however many stamps and sheets.
  const byKey = new Map<string, { stamp: CheckStamp; digest: string }[]>();
  const latestFirst = [...stamps].sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  for (const stamp of latestFirst)
    for (const e of stamp.sheets) {
      const list = byKey.get(e.key) ?? [];
      list.push({ stamp, digest: e.digest });
      byKey.set(e.key, list);
    }
  return (sheet) => {
    const known = memo.get(sheet);
    if (known) return known;
    const naming = byKey.get(stampKey(sheet)) ?? [];
    let status: StampStatus = { state: "unchecked", checker: null, time: null, changedSheets: [] };
    if (naming.length > 0) {
      const digest = sheetDigest(sheet);
      const same = naming.find((e) => e.digest === digest);
      const by = (same ?? naming[0]!).stamp;
      status = {
        state: same ? "checked" : "changed",
        checker: by.checker,
        time: by.time,
        changedSheets: same ? [] : [sheet.name],
      };
    }
    memo.set(sheet, status);
    return status;
  };
}

/** "đã kiểm tra, không sửa sau đó (Nguyễn Văn A, 20/11/2022)" and the like, for a sheet or the pane. */
export function describeStamp(status: StampStatus, lang: "vi" | "en"): string {
  const label = STAMP_LABEL[status.state][lang];
  if (status.state === "unchecked") return label;
  const date = status.time ? dayOf(status.time) : "";
  const who = [status.checker, date].filter(Boolean).join(", ");
  const changed = status.changedSheets.length ? `: ${status.changedSheets.join(", ")}` : "";
  return `${label}${who ? ` (${who})` : ""}${changed}`;
}

/** "2022-11-20T08:30:00.000Z" → "20/11/2022". */
function dayOf(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
