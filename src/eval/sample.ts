/**
 * Seeded random sampling for reviewing by hand (`npm run eval:sample`): the same seed picks the
 * same items, in the same order, on every machine, so a judged sample can be drawn again.
 */

/** mulberry32: a small 32-bit generator, uniform in [0, 1), fully determined by the seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` distinct items (all of them when there are fewer), drawn without repeats by a partial Fisher-Yates shuffle. */
export function sampleSeeded<T>(items: readonly T[], n: number, seed: number): T[] {
  const pool = [...items];
  const random = seededRandom(seed);
  const k = Math.max(0, Math.min(Math.floor(n), pool.length));
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}

/** How many to draw from each group so the shares are even: `n` split over the groups, the remainder to the first ones, no group asked for more than it has (the rest goes to the others). */
export function splitEvenly(sizes: readonly number[], n: number): number[] {
  const take = sizes.map(() => 0);
  let left = Math.min(Math.floor(n), sizes.reduce((a, b) => a + b, 0));
  while (left > 0) {
    const open = sizes.map((s, i) => i).filter((i) => take[i] < sizes[i]);
    const share = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      if (left === 0) break;
      const add = Math.min(share, sizes[i] - take[i], left);
      take[i] += add;
      left -= add;
    }
  }
  return take;
}
