/**
 * Binary search: the first index in [0, length) where `reached(i)` holds, or `length`. `reached`
 * must be false up to some index and true from there on (a sorted array asked "is this >= x?").
 */
export function firstIndex(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
