/**
 * Key days: the days a reader would pick as a story's turning points. A day ranks by how widely
 * its events are reported: each article that reports an event on that day counts once, weighted
 * by how much its date says. A day that a later article looks back to ("on March 19, ...") is
 * strong evidence; a date the pipeline only inferred from the publication day says little more
 * than "an article appeared", so it counts for less. The date-selection task of timeline
 * summarization research, measured by date F1 against journalists' timelines (`npm run eval:real`).
 */
import type { TimelineEvent } from '../schema/event.ts';

export interface KeyDay {
  /** YYYY-MM-DD */
  date: string;
  /** the ranking weight: the sum over reporting articles of what each one's date says */
  score: number;
  /** distinct articles that report an event on this day */
  articles: number;
  /** distinct outlets among them */
  outlets: number;
  /** of those articles, the ones published after the day: they look back to it */
  laterArticles: number;
  /** the day's events, the most widely reported first */
  events: string[];
}

/** What the ranking needs of an article. */
export interface KeyDayArticle {
  id: string;
  publisher: string;
  publishedAt: string;
}

/** How many key days the site's list shows: about as many as a journalist's timeline of a story has. */
export const KEY_DAYS_SHOWN = 20;

/** How much one article's report of a day counts, by what dated it. */
export const KEY_DAY_WEIGHTS = {
  /** a stated date of a day before the article was published: the article looks back to it */
  statedEarlier: 1,
  /** a stated date of the publication day itself ("on Tuesday" in Tuesday's paper) */
  statedSameDay: 0.5,
  /** a date inferred from context (the paragraph, the speaker's occasion) */
  inferred: 0.25,
  /** the publication date, used because nothing else dated the event */
  publicationDefault: 0.1,
} as const;

function weightOf(event: TimelineEvent, published: string | undefined): number {
  const day = event.date.start;
  if (event.date.certain) return published !== undefined && day < published ? KEY_DAY_WEIGHTS.statedEarlier : KEY_DAY_WEIGHTS.statedSameDay;
  return published === day && event.date.text === '' ? KEY_DAY_WEIGHTS.publicationDefault : KEY_DAY_WEIGHTS.inferred;
}

/**
 * Every day with a day-precise event, the most important first (ties: the earlier day). Pure: the
 * same events and articles give the same list.
 */
export function rankKeyDays(events: TimelineEvent[], articles: KeyDayArticle[]): KeyDay[] {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  /** day -> article id -> the best weight any of its reports of that day carries */
  const weights = new Map<string, Map<string, number>>();
  const eventsOfDay = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (e.date.precision !== 'day') continue;
    const day = e.date.start;
    const perArticle = weights.get(day) ?? new Map<string, number>();
    weights.set(day, perArticle);
    for (const s of e.sources) {
      const w = weightOf(e, articleById.get(s.article)?.publishedAt.slice(0, 10));
      perArticle.set(s.article, Math.max(perArticle.get(s.article) ?? 0, w));
    }
    eventsOfDay.set(day, [...(eventsOfDay.get(day) ?? []), e]);
  }
  const days: KeyDay[] = [...weights].map(([date, perArticle]) => {
    const ids = [...perArticle.keys()];
    const reach = (e: TimelineEvent) => new Set(e.sources.map((s) => s.article)).size;
    return {
      date,
      score: [...perArticle.values()].reduce((sum, w) => sum + w, 0),
      articles: ids.length,
      outlets: new Set(ids.map((id) => articleById.get(id)?.publisher ?? id)).size,
      laterArticles: ids.filter((id) => (articleById.get(id)?.publishedAt.slice(0, 10) ?? date) > date).length,
      events: eventsOfDay.get(date)!.sort((a, b) => reach(b) - reach(a) || (a.id < b.id ? -1 : 1)).map((e) => e.id),
    };
  });
  return days.sort((a, b) => b.score - a.score || (a.date < b.date ? -1 : 1));
}
