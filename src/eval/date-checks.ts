/**
 * Checks of the published dates that need no gold: a date whose words name a weekday ("on
 * Tuesday") falls on that weekday, and a happening told as done does not start after the first
 * article that reports it (a relative date resolved forward that the text puts back). Run by
 * `npm run eval:real` on every topic: the "no wrong weekday, no relative date resolved
 * forward" as figures.
 */
import type { TimelineEvent } from '../schema/event.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

export interface DateChecks {
  /** events dated to one day by words that name a weekday */
  weekdayNamed: number;
  /** of those, the ones whose day is not that weekday (ids) */
  weekdayWrong: string[];
  /** events told as done (status "occurred") */
  occurred: number;
  /** of those, the ones that start after the publication day of their first report (ids) */
  afterFirstReport: string[];
}

/** The weekdays a date's words name ("Tuesday night" -> tuesday). */
function weekdaysNamed(text: string): string[] {
  const lower = text.toLowerCase();
  return WEEKDAYS.filter((d) => new RegExp(`\\b${d}\\b`).test(lower));
}

export function dateChecks(events: Pick<TimelineEvent, 'id' | 'date' | 'status' | 'sources'>[], articles: { id: string; publishedAt: string }[]): DateChecks {
  const published = new Map(articles.map((a) => [a.id, a.publishedAt.slice(0, 10)]));
  const out: DateChecks = { weekdayNamed: 0, weekdayWrong: [], occurred: 0, afterFirstReport: [] };
  for (const e of events) {
    const named = weekdaysNamed(e.date.text);
    if (named.length && e.date.precision === 'day' && e.date.start === e.date.end) {
      out.weekdayNamed++;
      const weekday = WEEKDAYS[new Date(`${e.date.start}T00:00:00Z`).getUTCDay()]!;
      if (!named.includes(weekday)) out.weekdayWrong.push(e.id);
    }
    if (e.status === 'occurred') {
      out.occurred++;
      const first = e.sources.map((s) => published.get(s.article)).filter((d) => d !== undefined).sort()[0];
      if (first && e.date.start > first) out.afterFirstReport.push(e.id);
    }
  }
  return out;
}
