import { getCollection } from 'astro:content';
import type { Actor } from '../schema/actor.ts';
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/event.ts';
import type { Redirect } from '../schema/redirect.ts';
import { eventActorIds } from './event-actor-ids.ts';
import { eventListPages, type EventListPage } from './event-list-pages.ts';
import { sortEvents } from './sort-events.ts';

export interface SiteData {
  /** chronological */
  events: TimelineEvent[];
  /** by id (the published order) */
  actors: Actor[];
  /** by id (the published order) */
  articles: Article[];
  eventById: Map<string, TimelineEvent>;
  actorById: Map<string, Actor>;
  articleById: Map<string, Article>;
  /** actor id -> that actor's events, chronological */
  eventsByActor: Map<string, TimelineEvent[]>;
  /** retired event ids and where each leads now, by id */
  redirects: Redirect[];
  /** the list view's pages (/events/, /events/page/2/, ...) */
  eventListPages: EventListPage[];
}

let pending: Promise<SiteData> | undefined;

/** The three content collections, sorted and indexed once per build for every page. */
export function loadSiteData(): Promise<SiteData> {
  pending ??= (async () => {
    const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
    const events = sortEvents((await getCollection('events')).map((e) => e.data));
    const actors = (await getCollection('actors')).map((e) => e.data).sort(byId);
    const articles = (await getCollection('articles')).map((e) => e.data).sort(byId);
    const redirects = (await getCollection('permalinks')).flatMap(({ data }) => (data.to === null ? [] : [{ id: data.id, to: data.to }])).sort(byId);
    const eventsByActor = new Map<string, TimelineEvent[]>(actors.map((a) => [a.id, []]));
    for (const event of events) for (const id of eventActorIds(event)) eventsByActor.get(id)?.push(event);
    return {
      events, actors, articles,
      eventById: new Map(events.map((e) => [e.id, e])),
      actorById: new Map(actors.map((a) => [a.id, a])),
      articleById: new Map(articles.map((a) => [a.id, a])),
      eventsByActor,
      redirects,
      eventListPages: eventListPages(events),
    };
  })();
  return pending;
}
