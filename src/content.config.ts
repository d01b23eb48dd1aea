import { defineCollection } from 'astro:content';
import { timelineLoader } from './build/astro-loader.ts';
import { actorSchema } from './schema/actor.ts';
import { articleSchema } from './schema/article.ts';
import { eventSchema } from './schema/event.ts';
import { permalinkSchema } from './schema/redirect.ts';

// Each collection is one slice of a single pipeline run over content/articles/*.md.
export const collections = {
  // dated, deduplicated events, each citing every article sentence that reports it
  events: defineCollection({ loader: timelineLoader('events'), schema: eventSchema }),
  // people, organizations, countries and groups, one canonical id each
  actors: defineCollection({ loader: timelineLoader('actors'), schema: actorSchema }),
  // the source articles, sentence by sentence, with the events each sentence fed
  articles: defineCollection({ loader: timelineLoader('articles'), schema: articleSchema }),
  // every event id ever published (content/ids.json): current ones, and retired ones with where they lead
  permalinks: defineCollection({ loader: timelineLoader('permalinks'), schema: permalinkSchema }),
};
