/**
 * Numbers the way published reports print them (REAL-FORMS.md §3): dot thousands (3.675), comma
 * decimals, shares always to two decimals (92,79%). Written by hand: the core has no locale.
 * `null` is an unknown figure, never 0.
 */

/** 3675 → "3.675". */
export function viCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * The share n/d in percent, rounded half up to two decimals, always two shown: 3410/3675 →
 * "92,79%". `null` when either is unknown or the denominator is 0 (no share to state).
 */
export function viShare(n: number | null, d: number | null): string | null {
  if (n === null || d === null || d <= 0) return null;
  // In hundredths of a percent, on integers where possible: 3410 * 10000 / 3675 = 9278.9…
  const hundredths = Math.round((n * 10000) / d);
  const whole = Math.trunc(hundredths / 100);
  const frac = String(hundredths % 100).padStart(2, "0");
  return `${viCount(whole)},${frac}%`;
}
