import { z } from 'zod';
import { actorSchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { eventSchema } from './event.ts';

/** Everything the site publishes: the pipeline's output, /data/*.json, and test fixtures. */
export const timelineSchema = z.object({
  events: z.array(eventSchema),
  actors: z.array(actorSchema),
  articles: z.array(articleSchema),
});
