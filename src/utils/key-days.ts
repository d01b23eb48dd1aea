/**
 * Key days: the days a reader would pick as a story's turning points. A day ranks by how widely
 * it is reported: each article that reports it counts once, weighted by what its report says. An
 * article that looks back to a day and writes its date out ("on March 19, ...") is the strongest
 * sign of a turning point; a relative look back ("on Saturday"), a report of the same day, or an
 * event dated only by context count half; a date the pipeline fell back on (the publication day)
 * counts for little more than the article's appearing, and every article's appearing counts a
 * little for its publication day and the day before (news of a day comes out that day or the
 * next). The date-selection task of timeline summarization research, measured by date F1
 * against journalists' timelines in `npm run eval:real`.
 */
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/event.ts';

export interface KeyDay {
  /** YYYY-MM-DD */
  date: string;
  /** the ranking weight */
  score: number;
  /** distinct articles that report the day (an event dated to it, or a mention of it) */
  articles: number;
  /** distinct outlets among them */
  outlets: number;
  /** of those articles, the ones published after the day: they look back to it */
  laterArticles: number;
  /** the day's events, the most widely reported first */
  events: string[];
  /** the articles that report the day, those published first first */
  sources: string[];
}

/** What the ranking needs of an article. */
export type KeyDayArticle = Pick<Article, 'id' | 'publisher' | 'publishedAt'> & Partial<Pick<Article, 'daysMentioned'>>;

/** How many key days the site's list shows: about as many as a journalist's timeline of a story has. */
export const KEY_DAYS_SHOWN = 20;

/** How much one article's report of a day counts (the best of its reports of that day). */
export const KEY_DAY_WEIGHTS: KeyDayWeights = {
  /** the article looks back to the day and writes its date out */
  statedEarlier: 1,
  /** the article looks back to the day with a relative expression ("on Saturday", "yesterday") */
  relativeEarlier: 0.5,
  /** the article reports its own publication day ("today", an event stated on it) */
  sameDay: 0.5,
  /** an event dated by context (the paragraph, the speaker's occasion) */
  inferred: 0.5,
  /** an event dated by the publication day because nothing else dated it */
  publicationDefault: 0.1,
  /** every article, for its publication day and for the day before */
  appeared: 0.25,
};
export interface KeyDayWeights {
  statedEarlier: number;
  relativeEarlier: number;
  sameDay: number;
  inferred: number;
  publicationDefault: number;
  appeared: number;
}

const DAY_MS = 86_400_000;
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

function eventWeight(event: TimelineEvent, published: string | undefined, w: KeyDayWeights): number {
  const day = event.date.start;
  if (event.date.certain) return published !== undefined && day < published ? w.statedEarlier : w.sameDay;
  return published === day && event.date.text === '' ? w.publicationDefault : w.inferred;
}

function mentionWeight(date: string, stated: boolean, published: string, w: KeyDayWeights): number {
  if (date >= published) return w.sameDay;
  return stated ? w.statedEarlier : w.relativeEarlier;
}

/**
 * Every day that an article reports or appeared on, the most important first (ties: the earlier
 * day). Pure: the same events and articles give the same list.
 */
export function rankKeyDays(events: TimelineEvent[], articles: KeyDayArticle[], weights: KeyDayWeights = KEY_DAY_WEIGHTS): KeyDay[] {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const publishedOf = (id: string) => articleById.get(id)?.publishedAt.slice(0, 10);
  /** day -> article id -> the best weight any of its reports of that day carries */
  const reports = new Map<string, Map<string, number>>();
  const report = (day: string, article: string, weight: number) => {
    const perArticle = reports.get(day) ?? new Map<string, number>();
    reports.set(day, perArticle);
    perArticle.set(article, Math.max(perArticle.get(article) ?? 0, weight));
  };
  const eventsOfDay = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (e.date.precision !== 'day') continue;
    for (const s of e.sources) report(e.date.start, s.article, eventWeight(e, publishedOf(s.article), weights));
    eventsOfDay.set(e.date.start, [...(eventsOfDay.get(e.date.start) ?? []), e]);
  }
  const appeared = new Map<string, number>();
  for (const a of articles) {
    const published = a.publishedAt.slice(0, 10);
    for (const m of a.daysMentioned ?? []) report(m.date, a.id, mentionWeight(m.date, m.stated, published, weights));
    for (const day of [published, dayBefore(published)]) appeared.set(day, (appeared.get(day) ?? 0) + weights.appeared);
  }

  const reach = (e: TimelineEvent) => new Set(e.sources.map((s) => s.article)).size;
  const days: KeyDay[] = [...new Set([...reports.keys(), ...appeared.keys()])].map((date) => {
    const perArticle = reports.get(date) ?? new Map<string, number>();
    const ids = [...perArticle.keys()].sort((a, b) => ((publishedOf(a) ?? '') + a < (publishedOf(b) ?? '') + b ? -1 : 1));
    return {
      date,
      score: [...perArticle.values()].reduce((sum, w) => sum + w, 0) + (appeared.get(date) ?? 0),
      articles: ids.length,
      outlets: new Set(ids.map((id) => articleById.get(id)?.publisher ?? id)).size,
      laterArticles: ids.filter((id) => (publishedOf(id) ?? date) > date).length,
      events: (eventsOfDay.get(date) ?? []).sort((a, b) => reach(b) - reach(a) || (a.id < b.id ? -1 : 1)).map((e) => e.id),
      sources: ids,
    };
  });
  // a day only appeared on, that no article reports, is no turning point of the story
  return days.filter((d) => d.articles > 0).sort((a, b) => b.score - a.score || (a.date < b.date ? -1 : 1));
}
