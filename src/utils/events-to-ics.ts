import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { nextCalendarDay } from './calendar-day.ts';
import { dateUncertainty } from './event-date-label.ts';
import { toUtcInstant } from './to-utc-instant.ts';

/** Escapes an iCalendar TEXT value (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** The UTF-8 length of one code point. */
const utf8Octets = (ch: string) => {
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Folds a content line to 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character. */
function fold(line: string): string {
  // most lines are short ASCII: each UTF-16 unit is then one octet
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basic = (isoDay: string) => isoDay.replace(/-/g, '');

/**
 * All events as an iCalendar feed of all-day entries spanning each event's days. DTSTAMP is the
 * newest publication time among the event's sources, not the build time, so output is reproducible.
 */
export function eventsToIcs(events: readonly TimelineEvent[], articles: readonly Pick<Article, 'id' | 'publishedAt'>[], site: string): string {
  const published = new Map(articles.map((a) => [a.id, toUtcInstant(a.publishedAt)]));
  const host = new URL(site).host;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dateline//Timeline//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Dateline events'];
  for (const e of events) {
    const stamp = e.sources.map((s) => published.get(s.article) ?? '1970-01-01T00:00:00Z').sort().at(-1)!;
    const uncertainty = dateUncertainty(e.date);
    const approximate = uncertainty.length === 0 ? '' : ` (date ${uncertainty.join(', ')})`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@${host}`,
      `DTSTAMP:${stamp.replace(/[-:]/g, '')}`,
      `DTSTART;VALUE=DATE:${basic(e.date.start)}`,
      `DTEND;VALUE=DATE:${basic(nextCalendarDay(e.date.end))}`,
      `SUMMARY:${text(e.title)}`,
      `DESCRIPTION:${text(`${e.status === 'announced' ? 'Announced. ' : ''}${e.type}${approximate}. ${e.sources.map((s) => s.sentence).join(' ')}`)}`,
      `CATEGORIES:${text(e.type)}`,
      `STATUS:${e.status === 'announced' ? 'TENTATIVE' : 'CONFIRMED'}`,
      `URL:${new URL(`events/${e.id}/`, site).href}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
