/**
 * A unit's name for a sentence: titles are typed in capitals ("HUYỆN ỦY THỚI LAI"), sentences
 * write "Huyện ủy Thới Lai", "Đảng ủy xã Xuân Thắng", "Đảng bộ Quân sự huyện". After the kind of
 * organisation, a place name keeps a capital on every word; an agency's name only on its first.
 * A name not typed all in capitals stays as typed.
 */
const PLACE_KINDS = [
  "huyện ủy",
  "tỉnh ủy",
  "thành ủy",
  "quận ủy",
  "thị ủy",
  "đảng bộ huyện",
  "đảng bộ tỉnh",
  "đảng bộ thành phố",
  "đảng bộ quận",
  "đảng bộ thị xã",
  "đảng ủy xã",
  "đảng ủy phường",
  "đảng ủy thị trấn",
  "đảng ủy đặc khu",
  "đảng bộ xã",
  "đảng bộ phường",
  "đảng bộ thị trấn",
  "đảng bộ đặc khu",
  "chi bộ ấp",
  "chi bộ thôn",
  "chi bộ khu phố",
  "chi bộ khóm",
];
const AGENCY_KINDS = ["đảng ủy", "đảng bộ", "chi bộ"];

export function displayName(name: string): string {
  const tidy = name.normalize("NFC").replace(/\s+/g, " ").trim();
  if (tidy !== tidy.toUpperCase() || tidy === tidy.toLowerCase()) return tidy;
  const lower = tidy.toLowerCase().replace(/uỷ/g, "ủy");
  const kind = (list: string[]) => list.find((k) => lower === k || lower.startsWith(`${k} `));
  const place = kind(PLACE_KINDS);
  if (place)
    return capital(place) + lower.slice(place.length).replace(/ (\S)/g, (_, c: string) => ` ${c.toUpperCase()}`);
  const agency = kind(AGENCY_KINDS);
  if (agency) return `${capital(agency)} ${capital(lower.slice(agency.length + 1))}`.trim();
  return capital(lower);
}

function capital(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
