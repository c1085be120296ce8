/**
 * Numbers in messages, written by hand so the core stays free of the machine's locale:
 * Vietnamese `3.675` and `91,56`, English `3,675` and `91.56`.
 */
export function formatNumber(value: number, lang: "vi" | "en", maxDecimals = 2): string {
  const negative = value < 0;
  const p = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * p) / p;
  const [whole = "0", fraction = ""] = String(rounded).split(".");
  const group = lang === "vi" ? "." : ",";
  const point = lang === "vi" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${fraction ? point + fraction : ""}`;
}

export function formatPercent(value: number, lang: "vi" | "en", decimals = 2): string {
  return `${formatNumber(value, lang, decimals)}%`;
}
