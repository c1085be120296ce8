/**
 * Memoises a pure function of one string. Labels, ratings and row numbers repeat across rows and
 * sheets; the cache is bounded and simply starts over when full, so memory stays flat.
 */
export function memoString<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = fn(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, value);
    return value;
  };
}
