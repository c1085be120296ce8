import { STAMP_NAMESPACE, type CheckStamp, type StampedSheet } from "./CheckStamp";

/** The stamp as the text of a custom XML part (what Office.js `customXmlParts.add` takes). */
export function stampToXml(stamp: CheckStamp): string {
  const attr = (name: string, value: string) => ` ${name}="${escape(value)}"`;
  const sheets = stamp.sheets.map(
    (s) =>
      `  <sheet${attr("name", s.sheet)}${attr("organisation", s.organisation)}${attr("key", s.key)}${attr("digest", s.digest)}/>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<checkStamp xmlns="${STAMP_NAMESPACE}"${attr("checker", stamp.checker)}${attr("time", stamp.time)}${attr("program", stamp.program)}${attr("ruleSets", stamp.ruleSets.join(" "))}>`,
    ...sheets,
    `</checkStamp>`,
  ].join("\n");
}

/**
 * Reads a stamp back; `null` for any other part or a damaged one (a stamp that cannot be read is
 * no stamp: the unit shows as not checked, never as checked).
 */
export function stampFromXml(xml: string): CheckStamp | null {
  if (!xml.includes(STAMP_NAMESPACE)) return null;
  const root = /<checkStamp\b([^>]*)>/.exec(xml);
  if (!root) return null;
  const top = attributes(root[1]!);
  const sheets: StampedSheet[] = [];
  for (const m of xml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    if (!a.digest || !/^[0-9a-f]{64}$/.test(a.digest) || a.key === undefined) return null;
    sheets.push({ sheet: a.name ?? "", organisation: a.organisation ?? "", key: a.key, digest: a.digest });
  }
  if (top.checker === undefined || top.time === undefined) return null;
  return {
    checker: top.checker,
    time: top.time,
    program: top.program ?? "",
    ruleSets: (top.ruleSets ?? "").split(" ").filter(Boolean),
    sheets,
  };
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"/g)) out[m[1]!] = unescape(m[2]!);
  return out;
}

function escape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;");
}

function unescape(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (_, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name] ?? "";
    },
  );
}

/**
 * Which earlier stamps a new one supersedes: those of the same sheets (all their sheets in the
 * new one). Stamps of other sheets (the units' own, carried up) stay. An unreadable one goes.
 */
export function supersededBy(newXml: string): (old: string) => boolean {
  const keys = new Set(stampFromXml(newXml)?.sheets.map((s) => s.key) ?? []);
  return (old) => stampFromXml(old)?.sheets.every((s) => keys.has(s.key)) ?? true;
}
