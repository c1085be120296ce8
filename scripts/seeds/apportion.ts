/** Splits a whole total into whole parts proportional to weights (largest remainder): the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (sum === 0 ? 0 : (total * w) / sum));
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]![1]]!++;
  return parts;
}

/** A small deterministic generator (mulberry32), so the seeds are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Like apportion, but no part exceeds its cap; what a capped part cannot take goes to the others. */
export function apportionCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const capSum = caps.reduce((a, b) => a + b, 0);
  if (total > capSum) throw new Error(`cannot fit ${total} under caps summing to ${capSum}`);
  const parts = weights.map(() => 0);
  let left = total;
  let open = weights.map((_, i) => i);
  while (left > 0 && open.length > 0) {
    const share = apportion(left, open.map((i) => weights[i]! || 1e-9));
    let placed = 0;
    open.forEach((i, k) => {
      const take = Math.min(share[k]!, caps[i]! - parts[i]!);
      parts[i]! += take;
      placed += take;
    });
    left -= placed;
    open = open.filter((i) => parts[i]! < caps[i]!);
    if (placed === 0) break;
  }
  return parts;
}
