import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { Actor } from '../src/schema/actor.ts';
import type { TimelineEvent } from '../src/schema/event.ts';

/** The published data, read from the served site so tests hold for any input, not one fixture. */
export async function siteData(request: APIRequestContext): Promise<{ events: TimelineEvent[]; actors: Actor[] }> {
  const [events, actors] = await Promise.all([
    request.get('/data/events.json').then((r) => r.json() as Promise<TimelineEvent[]>),
    request.get('/data/actors.json').then((r) => r.json() as Promise<Actor[]>),
  ]);
  return { events, actors };
}

/** The ids of the events an actor takes part in or is quoted in (the site's own definition). */
export function eventIdsOf(actorId: string, events: readonly TimelineEvent[]): string[] {
  return events
    .filter((e) => e.actors.some((a) => a.id === actorId) || e.quotes.some((q) => q.speaker === actorId))
    .map((e) => e.id)
    .sort();
}

/**
 * An actor to filter by: the one with the most events short of all of them (so filtering visibly
 * narrows), people first; ties go to the smaller id, so the choice is stable.
 */
export function pickActor(events: readonly TimelineEvent[], actors: readonly Actor[]): Actor {
  const ranked = actors
    .map((actor) => ({ actor, n: eventIdsOf(actor.id, events).length }))
    .filter(({ n }) => n > 0 && (n < events.length || events.length === 1))
    .sort((a, b) => Number(b.actor.kind === 'person') - Number(a.actor.kind === 'person') || b.n - a.n || a.actor.id.localeCompare(b.actor.id));
  if (!ranked[0]) throw new Error('e2e: /data/actors.json has no actor with events; build the site from articles that name someone');
  return ranked[0].actor;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Page object for the timeline (home) page. */
export class TimelinePage {
  readonly page: Page;
  readonly chart: Locator;
  readonly items: Locator;
  /** items that stand for many events in a dense period ("47 events, 12–14 Feb 2024: zoom in") */
  readonly aggregates: Locator;
  readonly filters: Locator;
  readonly filtersToggle: Locator;
  readonly actorSearch: Locator;
  readonly listItems: Locator;
  readonly resultCount: Locator;
  readonly panel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.chart = page.getByRole('region', { name: 'Timeline chart' });
    this.items = this.chart.getByRole('button');
    this.aggregates = this.chart.getByRole('button', { name: /^\d+ events, .*: zoom in$/ });
    this.filters = page.getByRole('search', { name: 'Filter events' });
    this.filtersToggle = page.locator('summary', { hasText: 'Filters' });
    this.actorSearch = page.getByRole('searchbox', { name: 'Find an actor' });
    this.listItems = page.getByRole('region', { name: 'Events in date order' }).getByRole('listitem');
    this.resultCount = page.getByRole('status').filter({ hasText: /^Showing/ });
    this.panel = page.getByRole('complementary', { name: 'Event detail' });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.page.locator('[data-timeline-app]')).toHaveAttribute('data-ready', 'true');
  }

  /** Widens the window from the story's busiest stretch to every event. */
  async showAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show all' }).click();
  }

  /** Opens the filter box when it is folded (narrow screens). */
  async openFilters(): Promise<void> {
    if (!(await this.filters.isVisible())) await this.filtersToggle.click();
    await expect(this.filters).toBeVisible();
  }

  actorCheckbox(actor: Pick<Actor, 'name'>): Locator {
    return this.filters.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(actor.name)} \\d+ events?$`) });
  }

  typeCheckbox(label: string): Locator {
    return this.filters.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)} \\d+ events?$`) });
  }

  /** The event ids the list view shows, sorted. */
  async listedIds(): Promise<string[]> {
    const ids = await this.page.locator('[data-event-list] [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
    return ids.sort();
  }

  /** The event ids the timeline draws, sorted. */
  async drawnIds(): Promise<string[]> {
    const ids = await this.chart.locator('[data-open-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-open-event') ?? ''));
    return ids.sort();
  }
}
