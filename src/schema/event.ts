import { z } from 'zod';

import { EVENT_TYPES } from './event-type-list.ts';

export { EVENT_TYPES };
export const eventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof eventTypeSchema>;

/** How fine a date is: a day, a week (ISO week), a month, a quarter or a year. */
export const PRECISIONS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

/** When an event happened: an inclusive day range, its precision, and whether the text stated it. */
export const eventDateSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  precision: precisionSchema,
  /** true when the text states the date; false when it was inferred (context, publication date) */
  certain: z.boolean(),
  /** the words the date came from ("last week"), or "" when inferred from the publication date */
  text: z.string(),
});
export type EventDate = z.infer<typeof eventDateSchema>;

export const eventActorSchema = z.object({
  id: z.string().min(1),
  /** the actor's part in this event: speaker, agent, target or participant */
  role: z.enum(['speaker', 'agent', 'target', 'participant']),
});

export const quoteSchema = z.object({
  text: z.string().min(1),
  /** actor id of the speaker */
  speaker: z.string().min(1),
});

export const quantitySchema = z.object({
  value: z.number(),
  unit: z.string().min(1),
});

export const sourceSchema = z.object({
  /** article id */
  article: z.string().min(1),
  /** the exact sentence of the article that reports the event */
  sentence: z.string().min(1),
  /** index of that sentence in the article, for the #s-N anchor on the article page */
  sentenceIndex: z.number().int().nonnegative(),
});
export type EventSource = z.infer<typeof sourceSchema>;

/** One dated happening, with every article sentence that reports it. */
export const eventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case slugs'),
  title: z.string().min(1),
  type: eventTypeSchema,
  /** the CAMEO event code of the trigger ("190" fight, "010" make statement); see src/pipeline/events/cameo/ */
  cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2-4 digits').optional(),
  status: z.enum(['occurred', 'announced']),
  date: eventDateSchema,
  /** for an announced event, when it is to happen ("in the next few days"); null otherwise */
  planned: eventDateSchema.nullable(),
  actors: z.array(eventActorSchema),
  quotes: z.array(quoteSchema),
  quantities: z.array(quantitySchema),
  places: z.array(z.string()),
  sources: z.array(sourceSchema).min(1),
  /** which extraction rule made the event (for `dateline explain` and reviewers) */
  rule: z.string(),
});
export type TimelineEvent = z.infer<typeof eventSchema>;
