/**
 * What the timeline draws for a window: every kept event where they fit, else one aggregate per
 * period (day, week, month, ...) that holds more than a few. The number of items is bounded by
 * the window's width, never by the number of events, so vis-timeline only ever lays out a few
 * hundred elements.
 */
export type WindowItem =
  | { kind: 'event'; index: number }
  | { kind: 'aggregate'; key: string; count: number; /** first and last start day of its events */ startDay: number; endDay: number; first: number };

export interface WindowOptions {
  /** at most this many kept events in the window are all drawn singly */
  maxSingles: number;
  /** a period narrower than this on screen is too narrow to label: use a longer one */
  minPeriodPx: number;
  /** a period with at most this many events draws them singly */
  singlesPerPeriod: number;
  /** an event drawn singly whatever the density (the selected one), or -1 */
  keep: number;
}

export const DEFAULT_WINDOW_OPTIONS: WindowOptions = { maxSingles: 40, minPeriodPx: 70, singlesPerPeriod: 2, keep: -1 };

const utcParts = (day: number) => {
  const d = new Date(day * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() };
};

/** Periods from short to long: a name, their typical length in days, and the period a day falls in. */
export const PERIODS: readonly { name: string; days: number; of: (day: number) => number }[] = [
  { name: 'day', days: 1, of: (day) => day },
  { name: 'week', days: 7, of: (day) => Math.floor((day + 3) / 7) }, // Monday-based (1970-01-01 was a Thursday)
  { name: 'month', days: 30.44, of: (day) => { const { y, m } = utcParts(day); return y * 12 + m; } },
  { name: 'quarter', days: 91.3, of: (day) => { const { y, m } = utcParts(day); return y * 4 + Math.floor(m / 3); } },
  { name: 'year', days: 365.25, of: (day) => utcParts(day).y },
  { name: 'decade', days: 3652.5, of: (day) => Math.floor(utcParts(day).y / 10) },
];

/** The first index whose start is >= day (starts ascending). */
function lowerBound(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The kept events that overlap days [fromDay, toDay], in date order. */
export function keptInWindow(index: { start: readonly number[]; end: readonly number[]; maxSpanDays: number }, mask: Uint8Array, fromDay: number, toDay: number): number[] {
  const found: number[] = [];
  const last = lowerBound(index.start, toDay + 1);
  for (let i = lowerBound(index.start, fromDay - index.maxSpanDays); i < last; i++) {
    if (mask[i] === 1 && index.end[i]! >= fromDay) found.push(i);
  }
  return found;
}

/** The items for a window [fromDay, toDay] that is widthPx wide on screen. */
export function windowItems(
  index: { start: readonly number[]; end: readonly number[]; maxSpanDays: number },
  mask: Uint8Array,
  fromDay: number,
  toDay: number,
  widthPx: number,
  options: WindowOptions = DEFAULT_WINDOW_OPTIONS,
): WindowItem[] {
  const inWindow = keptInWindow(index, mask, fromDay, toDay);
  if (inWindow.length <= options.maxSingles) return inWindow.map((i) => ({ kind: 'event', index: i }));
  const pxPerDay = widthPx / Math.max(1, toDay - fromDay + 1);
  const period = PERIODS.find((p) => p.days * pxPerDay >= options.minPeriodPx) ?? PERIODS.at(-1)!;
  const groups = new Map<number, number[]>();
  for (const i of inWindow) {
    const key = period.of(index.start[i]!);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const items: WindowItem[] = [];
  for (const [key, group] of groups) {
    const loose = group.filter((i) => i === options.keep);
    const rest = group.filter((i) => i !== options.keep);
    if (rest.length <= options.singlesPerPeriod) loose.push(...rest);
    else {
      // The bar spans the days its events start on (a year-long event would stretch it over the year).
      items.push({ kind: 'aggregate', key: `${period.name}-${key}`, count: rest.length, startDay: index.start[rest[0]!]!, endDay: index.start[rest.at(-1)!]!, first: rest[0]! });
    }
    for (const i of loose) items.push({ kind: 'event', index: i });
  }
  return items;
}
