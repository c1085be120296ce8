import type { QuotaBase } from "../issues/Issue";
import { foldKey } from "../text/foldKey";
import type { QuotaSettings } from "./Rule";

export interface QuotaCheck {
  base: QuotaBase;
  baseCount: number;
  cap: number;
  limit: number;
}

/**
 * The most that may be rated excellent: the floor of the cap times the base (RULES.md: 20% of
 * those rated exactly HTTNV by default; 25% under QĐ 366 for an outstanding unit).
 */
export function quotaLimit(settings: QuotaSettings, excellent: number, good: number, outstanding: boolean): QuotaCheck {
  const baseCount = settings.base === "good" ? good : excellent + good;
  const cap = outstanding && settings.outstandingCap !== null ? settings.outstandingCap : settings.cap;
  return { base: settings.base, baseCount, cap, limit: Math.floor(cap * baseCount + 1e-9) };
}

/** A note that claims the outstanding-unit allowance ("đơn vị tiêu biểu", "25%"). */
export function mentionsOutstanding(text: string): boolean {
  // Most cells below a table are empty (a stray cell far below makes a million of them).
  if (text === "") return false;
  const key = foldKey(text);
  return /tieu bieu|25 ?%|xuat sac tieu bieu/.test(key);
}
