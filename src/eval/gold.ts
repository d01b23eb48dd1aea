import { z } from 'zod';

/** A gold timeline: the events a careful editor draws from a set of articles (shared/eval format). */
export const goldEventSchema = z.object({
  id: z.string(),
  required: z.boolean(),
  desc: z.string(),
  from: z.string(),
  to: z.string(),
  types: z.array(z.string()).min(1),
  actors: z.array(z.string()).min(1),
  min_sources: z.number().int().min(1).default(1),
  quantity: z.number().optional(),
});
export const goldTimelineSchema = z.object({
  about: z.string().optional(),
  published: z.string().optional(),
  events: z.array(goldEventSchema),
  must_not: z
    .array(z.union([z.object({ desc: z.string(), pattern: z.string() }), z.object({ desc: z.string(), date: z.string() })]))
    .default([]),
  actor_checks: z
    .array(
      z.union([
        z.object({ desc: z.string(), must_not_have_actor_named: z.string() }),
        z.object({ desc: z.string(), max_actors_matching: z.string(), max: z.number().int() }),
      ]),
    )
    .default([]),
});
export type GoldTimeline = z.infer<typeof goldTimelineSchema>;
export type GoldEvent = z.infer<typeof goldEventSchema>;
