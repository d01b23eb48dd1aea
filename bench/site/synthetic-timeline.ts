/**
 * A synthetic timeline of any size for `npm run bench:site`: the same seed gives the same
 * timeline, byte for byte. Shaped like a few months of news: actors follow a Zipf law (a few
 * are in most events), some days are far busier than others, a small share of events lie
 * years away (background dates), and some dates are known only to the week, month or year.
 */
import { EVENT_TYPES, type EventType, type TimelineEvent } from '../../src/schema/event.ts';
import type { Actor } from '../../src/schema/actor.ts';
import type { Article } from '../../src/schema/article.ts';
import type { Timeline } from '../../src/pipeline/types.ts';
import { seededRandom } from '../../src/eval/sample.ts';

const DAY_MS = 86_400_000;
const REPORTING_START = Date.UTC(2024, 0, 1);
const REPORTING_DAYS = 180; // about six months of reporting
const BUSY_DAYS = 12; // days that draw a large share of events
const BUSY_SHARE = 0.3;
const OUTLIER_SHARE = 0.01; // events dated years before the reporting period
const ZIPF_EXPONENT = 1.1;
const EVENTS_PER_ARTICLE = 8;

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / (i + 1) ** s;
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES = ['ka', 'ro', 'ven', 'di', 'mar', 'lo', 'sa', 'tel', 'nu', 'bri', 'os', 'ta', 'gal', 'me', 'zor', 'ai'];
const VERBS: Record<EventType, string> = {
  alert: 'puts forces on alert', deployment: 'deploys troops', buildup: 'masses armour', exercise: 'holds drills',
  attack: 'strikes a depot', annexation: 'annexes a province', recognition: 'recognizes a region', sanctions: 'imposes sanctions',
  diplomacy: 'sends an envoy', meeting: 'meets counterparts', statement: 'says talks continue', warning: 'warns of escalation',
  denial: 'denies involvement', evacuation: 'evacuates staff', protest: 'rallies in the capital',
  disaster: 'is hit by floods', other: 'reports an incident',
};
const KINDS: Actor['kind'][] = ['person', 'person', 'organization', 'country'];

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function name(random: () => number, words: number): string {
  return Array.from({ length: words }, () => {
    const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  }).join(' ');
}

/** A valid timeline (the schema of src/build/load-timeline.ts) with `size` events. */
export function syntheticTimeline(size: number, seed = 1): Timeline {
  const random = seededRandom(seed);
  const actorCount = Math.max(20, Math.round(size / 20));
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const actorName = `${name(random, kind === 'person' ? 2 : 1)} ${i}`;
    return { id: actorName.toLowerCase().replace(/ /g, '-'), name: actorName, kind, aliases: [], role: null, affiliation: null };
  });
  const pickActor = zipfSampler(actorCount, ZIPF_EXPONENT, random);
  const pickType = zipfSampler(EVENT_TYPES.length, 0.8, random);
  const busyDays = Array.from({ length: BUSY_DAYS }, () => Math.floor(random() * REPORTING_DAYS));

  const articleCount = Math.ceil(size / EVENTS_PER_ARTICLE);
  const articles: Article[] = Array.from({ length: articleCount }, (_, i) => ({
    id: `synthetic-report-${i}`,
    title: `Synthetic report ${i}`,
    publisher: 'Bench Wire',
    publishedAt: isoDay(REPORTING_START + Math.floor(random() * REPORTING_DAYS) * DAY_MS),
    url: null,
    byline: null,
    sentences: [],
    daysMentioned: [],
  }));

  const events: TimelineEvent[] = [];
  for (let i = 0; i < size; i++) {
    const roll = random();
    const dayMs = roll < OUTLIER_SHARE
      ? REPORTING_START - (365 + Math.floor(random() * 20 * 365)) * DAY_MS
      : REPORTING_START + (roll < OUTLIER_SHARE + BUSY_SHARE ? busyDays[Math.floor(random() * BUSY_DAYS)]! : Math.floor(random() * REPORTING_DAYS)) * DAY_MS;
    const precisionRoll = random();
    const [precision, lengthDays] = precisionRoll < 0.85 ? ['day', 1] as const
      : precisionRoll < 0.9 ? ['day', 2 + Math.floor(random() * 3)] as const
      : precisionRoll < 0.95 ? ['week', 7] as const
      : precisionRoll < 0.99 ? ['month', 30] as const
      : ['year', 365] as const;
    const actorIds = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, pickActor))].map((r) => actors[r]!.id);
    const type = EVENT_TYPES[pickType()]!;
    const article = articles[i % articleCount]!;
    const sentence = `${actors.find((a) => a.id === actorIds[0])!.name} ${VERBS[type]} (synthetic event ${i}).`;
    const eventId = `synthetic-${i}`;
    article.sentences.push({ index: article.sentences.length, paragraph: article.sentences.length, text: sentence, events: [eventId] });
    const quoted = random() < 0.2;
    events.push({
      id: eventId,
      title: sentence.replace(/ \(synthetic event \d+\)\.$/, ''),
      type,
      status: random() < 0.1 ? 'announced' : 'occurred',
      date: { start: isoDay(dayMs), end: isoDay(dayMs + (lengthDays - 1) * DAY_MS), precision, certain: true, text: '' },
      planned: null,
      actors: actorIds.map((id, k) => ({ id, role: k === 0 ? 'agent' : 'participant' })),
      quotes: quoted ? [{ text: 'We will respond in kind', speaker: actorIds[0]! }] : [],
      quantities: [],
      places: [],
      sources: [{ article: article.id, sentence, sentenceIndex: article.sentences.length - 1 }],
      rule: 'synthetic',
    });
  }
  events.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  return { events, actors, articles, redirects: [] };
}

/** The actor in the most events (the bench filters by it). */
export function mostFrequentActor(timeline: Timeline): string {
  const counts = new Map<string, number>();
  for (const event of timeline.events) for (const { id } of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
