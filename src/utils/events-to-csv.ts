import type { Actor } from '../schema/actor.ts';
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { eventActorIds } from './event-actor-ids.ts';
import { eventDateLabel } from './event-date-label.ts';

const COLUMNS = [
  'id', 'title', 'type', 'status', 'start', 'end', 'precision', 'certain', 'date_text',
  'planned_start', 'planned_end', 'planned_precision', 'actors', 'places', 'quantities', 'quotes',
  'sources', 'source_sentences', 'permalink', 'date_label',
] as const;

/** One CSV cell per RFC 4180: quoted when it holds a comma, quote or line break. */
function cell(value: string): string {
  // A cell opening with = + - @ is run as a formula by spreadsheets (CSV injection); a leading
  // apostrophe keeps it text. Article text is untrusted, so every text cell goes through this.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** All events as CSV (one row each, lists joined by " | "), with absolute permalinks under `site`. */
export function eventsToCsv(events: readonly TimelineEvent[], actors: readonly Actor[], articles: readonly Pick<Article, 'id' | 'title' | 'publisher'>[], site: string): string {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const titles = new Map(articles.map((a) => [a.id, `${a.publisher}: ${a.title}`]));
  const rows = events.map((e) => [
    e.id, e.title, e.type, e.status, e.date.start, e.date.end, e.date.precision, String(e.date.certain), e.date.text,
    e.planned?.start ?? '', e.planned?.end ?? '', e.planned?.precision ?? '',
    eventActorIds(e).map((id) => names.get(id) ?? id).join(' | '),
    e.places.join(' | '),
    e.quantities.map((q) => `${q.value} ${q.unit}`).join(' | '),
    e.quotes.map((q) => `${names.get(q.speaker) ?? q.speaker}: "${q.text}"`).join(' | '),
    e.sources.map((s) => titles.get(s.article) ?? s.article).join(' | '),
    e.sources.map((s) => s.sentence).join(' | '),
    new URL(`events/${e.id}/`, site).href,
    eventDateLabel(e.date),
  ]);
  return [[...COLUMNS], ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
