/**
 * Key days: the days a reader would pick as a story's turning points: the date-selection task of
 * timeline summarization research, measured by date F1 against journalists' timelines in
 * `npm run eval:real`. A day's weight adds up two signals that research found to carry it
 * (Tran, Alrifai & Nguyen 2013; Gholipour Ghalandari & Ifrim 2020):
 * - how many articles came out that day (publication count: a turning point fills the day's
 *   news), and
 * - how many distinct articles refer to the day (mention count, each article once), the
 *   strongest being a later article that looks back to it, more so when it writes the date out
 *   ("on March 19, 2011") than when it says "on Saturday".
 * The day's events are listed with it, not counted again. Every count is kept on the day, so
 * the page can say why a day is key.
 */
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/event.ts';

export interface KeyDay {
  /** YYYY-MM-DD */
  date: string;
  /** the ranking weight */
  score: number;
  /** distinct articles that report the day: published on it, or referring to it (a mention, an event dated to it) */
  articles: number;
  /** distinct outlets among them */
  outlets: number;
  /** articles published that day */
  published: number;
  /** articles published after the day that refer back to it */
  laterArticles: number;
  /** of those, the ones that write its date out */
  statedLater: number;
  /** of those, the ones published a week or more after it (`RETROSPECTIVE_DAYS`) */
  retrospectives: number;
  /** history the articles recall from well before their story began: ranked after every day of the story */
  background: boolean;
  /** the day's events, the most widely reported first, then those whose day the text states */
  events: string[];
  /** the articles that report the day, those published first first */
  sources: string[];
}

/** What the ranking needs of an article. */
export type KeyDayArticle = Pick<Article, 'id' | 'publisher' | 'publishedAt'> & Partial<Pick<Article, 'daysMentioned'>>;

/** How many key days the site's list shows: about as many as a journalist's timeline of a story has. */
export const KEY_DAYS_SHOWN = 20;

/** How an article refers to a day it names; it counts once per day, by the strongest of its references. */
export type KeyDayReference = 'statedEarlier' | 'relativeEarlier' | 'statedSameDay' | 'relativeSameDay';

export interface KeyDayWeights {
  /** every article, for the day it was published */
  published: number;
  /** an article's strongest reference to the day */
  reference: Record<KeyDayReference, number>;
  /** added for an article that looks back to the day `RETROSPECTIVE_DAYS` or more after it */
  retrospective: number;
}

/** A look back from this many days after the day or more is a retrospective: the day outlived its news cycle. */
export const RETROSPECTIVE_DAYS = 7;

/**
 * The weights, chosen on five of the nine development topics of Timeline17 (IraqWar_guardian,
 * LibyaWar_cnn, MJ_bbc, bpoil_bbc, bpoil_guardian) and checked on the other four; the lead's
 * held-out topics were not used. A publication and a look back from a later article count alike
 * (each alone ranks worse than their sum); writing the date out with its year adds half (a
 * reporter who writes "on March 19, 2011" points at the day as a landmark); naming the article's own day ("today") adds a
 * quarter to its being published that day; a look back from a week or more later adds a quarter
 * (references from later articles carry more: the day is still recalled once its news cycle has
 * passed). Events add nothing of their own: their dates come from the same time expressions, and
 * counting them as well ranked worse on both sets of topics.
 */
export const KEY_DAY_WEIGHTS: KeyDayWeights = {
  published: 1,
  reference: {
    statedEarlier: 1.5,
    relativeEarlier: 1,
    statedSameDay: 0.75,
    relativeSameDay: 0.25,
  },
  retrospective: 0.25,
};

/**
 * A day more than this long before the first article is background: history the articles recall
 * (the start of a war years earlier, an anniversary), not a turning point of the story they cover.
 * A month leaves the days just before the coverage began (the first articles often come out a
 * few days after the event that started the story) among the story's; on the tuning topics any
 * margin from 3 to 120 days ranked alike.
 */
export const BACKGROUND_BEFORE_FIRST_ARTICLE_DAYS = 30;

const DAY_MS = 86_400_000;
const daysAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** How an article published on `published` refers to `day` by naming it (stated: the date written out). */
export function mentionReference(day: string, stated: boolean, published: string): KeyDayReference {
  if (day >= published) return stated ? 'statedSameDay' : 'relativeSameDay';
  return stated ? 'statedEarlier' : 'relativeEarlier';
}

/** The articles published on each day, in the order given. */
function publishedByDay(articles: KeyDayArticle[]): Map<string, string[]> {
  const byDay = new Map<string, string[]>();
  for (const a of articles) {
    const day = a.publishedAt.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), a.id]);
  }
  return byDay;
}

/** Day -> article id -> its strongest reference to that day. */
function referencesByDay(articles: KeyDayArticle[], weights: KeyDayWeights): Map<string, Map<string, KeyDayReference>> {
  const byDay = new Map<string, Map<string, KeyDayReference>>();
  for (const a of articles) {
    const published = a.publishedAt.slice(0, 10);
    for (const m of a.daysMentioned ?? []) {
      const how = mentionReference(m.date, m.stated, published);
      const perArticle = byDay.get(m.date) ?? new Map<string, KeyDayReference>();
      byDay.set(m.date, perArticle);
      const before = perArticle.get(a.id);
      if (before === undefined || weights.reference[how] > weights.reference[before]) perArticle.set(a.id, how);
    }
  }
  return byDay;
}

/**
 * Every day an article was published on, refers to or has an event on, the most important first
 * (background days last; ties: the earlier day). Pure: the same events and articles give the same list.
 */
export function rankKeyDays(events: TimelineEvent[], articles: KeyDayArticle[], weights: KeyDayWeights = KEY_DAY_WEIGHTS): KeyDay[] {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const publishedOf = (id: string) => articleById.get(id)?.publishedAt.slice(0, 10) ?? '';
  const publishedOn = publishedByDay(articles);
  const references = referencesByDay(articles, weights);
  const eventsOfDay = new Map<string, TimelineEvent[]>();
  for (const e of events) if (e.date.precision === 'day') eventsOfDay.set(e.date.start, [...(eventsOfDay.get(e.date.start) ?? []), e]);

  const firstPublished = [...publishedOn.keys()].sort()[0];
  const storyStart = firstPublished === undefined ? '' : daysAfter(firstPublished, -BACKGROUND_BEFORE_FIRST_ARTICLE_DAYS);
  const reach = (e: TimelineEvent) => new Set(e.sources.map((s) => s.article)).size;
  const allDays = new Set([...publishedOn.keys(), ...references.keys(), ...eventsOfDay.keys()]);
  const days: KeyDay[] = [...allDays].map((date) => {
    const referring = references.get(date) ?? new Map<string, KeyDayReference>();
    const published = publishedOn.get(date) ?? [];
    // the most widely reported first; among as widely reported, those whose text states the day
    // before those only published that day (a feature out on election day is no news of the vote)
    const dayEvents = (eventsOfDay.get(date) ?? []).sort((a, b) => reach(b) - reach(a) || Number(b.date.certain) - Number(a.date.certain) || (a.id < b.id ? -1 : 1));
    const ids = [...new Set([...published, ...referring.keys(), ...dayEvents.flatMap((e) => e.sources.map((s) => s.article))])]
      .sort((a, b) => (publishedOf(a) + a < publishedOf(b) + b ? -1 : 1));
    const later = [...referring.keys()].filter((id) => publishedOf(id) > date);
    const retrospectives = later.filter((id) => publishedOf(id) >= daysAfter(date, RETROSPECTIVE_DAYS)).length;
    const score =
      published.length * weights.published +
      [...referring.values()].reduce((sum, how) => sum + weights.reference[how], 0) +
      retrospectives * weights.retrospective;
    return {
      date,
      score,
      articles: ids.length,
      outlets: new Set(ids.map((id) => articleById.get(id)?.publisher ?? id)).size,
      published: published.length,
      laterArticles: later.length,
      statedLater: later.filter((id) => referring.get(id) === 'statedEarlier').length,
      retrospectives,
      background: date < storyStart,
      events: dayEvents.map((e) => e.id),
      sources: ids,
    };
  });
  return days.sort((a, b) => Number(a.background) - Number(b.background) || b.score - a.score || (a.date < b.date ? -1 : 1));
}
