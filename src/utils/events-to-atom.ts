import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { escapeXml } from './escape-xml.ts';
import { eventDateLabel } from './event-date-label.ts';
import { toUtcInstant } from './to-utc-instant.ts';

/** How many entries the feed carries: readers poll a feed for what is new, and the full list is in the exports. */
export const FEED_ENTRIES = 500;

/**
 * An Atom feed of the `limit` most recently reported events, newest report first. Every timestamp comes from the articles (an
 * entry's `updated` is its newest source's publication; the feed's is the newest article's),
 * never the clock, so the same input gives the same bytes.
 */
export function eventsToAtom(events: readonly TimelineEvent[], articles: readonly Pick<Article, 'id' | 'title' | 'publisher' | 'publishedAt'>[], site: string, limit = FEED_ENTRIES): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const published = new Map(articles.map((a) => [a.id, toUtcInstant(a.publishedAt)]));
  const feedUpdated = [...published.values()].sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = events
    .map((e) => ({ e, updated: e.sources.map((s) => published.get(s.article) ?? '1970-01-01T00:00:00Z').sort().at(-1)! }))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.e.id.localeCompare(b.e.id))
    .slice(0, limit);
  const url = (path: string) => escapeXml(new URL(path, site).href);
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>Dateline: events</title>',
    `  <id>${url('')}</id>`,
    `  <link rel="alternate" type="text/html" href="${url('')}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${url('feed.xml')}"/>`,
    `  <updated>${feedUpdated}</updated>`,
    '  <author><name>Dateline</name></author>',
  ];
  for (const { e, updated } of entries) {
    const sources = e.sources
      .map((s) => {
        const a = byId.get(s.article);
        return `<li>${escapeXml(a ? `${a.publisher}, “${a.title}”` : s.article)}: ${escapeXml(s.sentence)}</li>`;
      })
      .join('');
    const html = `<p>${escapeXml(eventDateLabel(e.date))} · ${escapeXml(e.type)}${e.status === 'announced' ? ' · announced' : ''}</p><ul>${sources}</ul>`;
    out.push(
      '  <entry>',
      `    <title>${escapeXml(e.title)}</title>`,
      `    <id>${url(`events/${e.id}/`)}</id>`,
      `    <link rel="alternate" type="text/html" href="${url(`events/${e.id}/`)}"/>`,
      `    <updated>${updated}</updated>`,
      `    <category term="${escapeXml(e.type)}"/>`,
      // The HTML summary is escaped once more as element text: feed readers unescape it and render it as HTML.
      `    <content type="html">${escapeXml(html)}</content>`,
      '  </entry>',
    );
  }
  out.push('</feed>');
  return out.join('\n') + '\n';
}
