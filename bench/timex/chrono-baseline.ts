/**
 * The baseline the tagger is measured against: chrono-node used as a tagger on its own. A date
 * certain to the day becomes YYYY-MM-DD, to the month YYYY-MM, else its year; a certain hour
 * makes it a TIME. chrono finds no durations or sets and has no week, quarter or year-only
 * precision, which is why Dateline has its own rules (`npm run bench:timex -- --baseline`).
 */
import * as chrono from 'chrono-node';
import type { TimexJson } from '../../src/cli/timex.ts';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function chronoTag(text: string, dct: string): TimexJson[] {
  const [y, m, d] = dct.split('-').map(Number);
  // noon UTC, so that no time zone moves the reference to another day
  const reference = new Date(Date.UTC(y, m - 1, d, 12));
  return chrono.parse(text, { instant: reference, timezone: 0 }).map((r) => {
    const c = r.start;
    const year = c.get('year')!;
    const month = c.get('month')!;
    const day = c.get('day')!;
    let value = c.isCertain('day') || c.isCertain('weekday') ? `${year}-${pad(month)}-${pad(day)}` : c.isCertain('month') ? `${year}-${pad(month)}` : String(year);
    const timed = c.isCertain('hour');
    if (timed) value = `${year}-${pad(month)}-${pad(day)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: timed ? 'TIME' : 'DATE', value };
  });
}
