import { z } from 'zod';
import { actorSchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { eventSchema } from './event.ts';
import { redirectSchema } from './redirect.ts';

/** Everything the site publishes: the pipeline's output, /data/*.json, and test fixtures. */
export const timelineSchema = z.object({
  events: z.array(eventSchema),
  actors: z.array(actorSchema),
  articles: z.array(articleSchema),
  // retired event ids; fixtures written before ids could retire have none
  redirects: z.array(redirectSchema).default([]),
});
