/**
 * The shortest stretch of time holding at least `share` of the given start times (ms), as
 * [first, last]; the reader's "where most things happened" view when a few outliers (an event
 * years earlier) would squeeze everything else into a sliver.
 */
export function densestWindow(startsMs: readonly number[], share: number): [number, number] | null {
  if (startsMs.length === 0) return null;
  const sorted = [...startsMs].sort((a, b) => a - b);
  const size = Math.max(1, Math.ceil(sorted.length * share));
  let best: [number, number] = [sorted[0]!, sorted[size - 1]!];
  for (let i = 1; i + size - 1 < sorted.length; i++) {
    const candidate: [number, number] = [sorted[i]!, sorted[i + size - 1]!];
    if (candidate[1] - candidate[0] < best[1] - best[0]) best = candidate;
  }
  return best;
}
