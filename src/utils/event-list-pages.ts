import type { TimelineEvent } from '../schema/event.ts';

/** Events per page of the list view: a page stays well under a megabyte of HTML at any timeline size. */
export const EVENTS_PER_PAGE = 1000;

export interface EventListPage {
  /** 1-based */
  number: number;
  href: string;
  /** chronological; a year's events may continue on the next page */
  years: [year: string, events: TimelineEvent[]][];
}

/**
 * Events per server-rendered fragment of event summaries (/data/event-summaries/<n>/) that the
 * timeline page's list fetches: about 12 KB gzipped, so a page of the list costs one or two.
 */
export const SUMMARIES_PER_FRAGMENT = 200;

/** The address of the fragment that holds event `i` (0-based, in date order). */
export function eventSummariesHref(i: number): string {
  return `/data/event-summaries/${Math.floor(i / SUMMARIES_PER_FRAGMENT) + 1}/`;
}

/** The address of page `n` of the list view (the first is `/events/`). */
export function eventListHref(n: number): string {
  return n === 1 ? '/events/' : `/events/page/${n}/`;
}

/** The address of page `n` of an actor's events (the first is the actor's page). */
export function actorEventsHref(actorId: string): (n: number) => string {
  return (n) => (n === 1 ? `/actors/${actorId}/` : `/actors/${actorId}/page/${n}/`);
}

/**
 * The chronological events cut into pages of `size`, each grouped by year (always at least one
 * page); `hrefOf` gives page n's address.
 */
export function eventListPages(events: readonly TimelineEvent[], size = EVENTS_PER_PAGE, hrefOf: (n: number) => string = eventListHref): EventListPage[] {
  const pages: EventListPage[] = [];
  for (let from = 0; from < events.length || pages.length === 0; from += size) {
    const years = new Map<string, TimelineEvent[]>();
    for (const event of events.slice(from, from + size)) {
      const year = event.date.start.slice(0, 4);
      const list = years.get(year);
      if (list) list.push(event);
      else years.set(year, [event]);
    }
    const number = pages.length + 1;
    pages.push({ number, href: hrefOf(number), years: [...years] });
  }
  return pages;
}

/** Each year with the address where its events begin (the page and the year's heading). */
export function yearStarts(pages: readonly EventListPage[]): [year: string, href: string][] {
  const starts = new Map<string, string>();
  for (const page of pages) for (const [year] of page.years) if (!starts.has(year)) starts.set(year, `${page.href}#y-${year}`);
  return [...starts];
}
