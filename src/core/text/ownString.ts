/**
 * A string of its own: one flat block, holding nothing else alive. Strings built by slicing and
 * joining (a folded key: `"chi bo " + rest`, where rest is a slice of the folded name) keep every
 * piece they were made of; kept for each of a million unit rows, that is three strings instead of
 * one. JSON's round trip is the one portable way to get a fresh, flat copy.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
