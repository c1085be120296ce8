/** "Huyện ủy Thới Lai" → "huyen-uy-thoi-lai": a name for a file, without accents or spaces. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/**
 * A download's name from what it is, whose, which year, and the day it was made:
 * `tong-hop-huyen-uy-thoi-lai-2022-ngay-29-11.xlsx`.
 */
export function downloadName(kind: string, organisation: string | null, year: number | null, today: Date): string {
  const dd = String(today.getDate()).padStart(2, "0");
  const mm = String(today.getMonth() + 1).padStart(2, "0");
  const parts = [kind, organisation ? slug(organisation) : "", year === null ? "" : String(year), `ngay-${dd}-${mm}`];
  return `${parts.filter(Boolean).join("-")}.xlsx`;
}
