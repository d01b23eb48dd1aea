import { z } from 'zod';

export const ACTOR_KINDS = ['person', 'organization', 'country', 'group'] as const;
export const actorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof actorKindSchema>;

/** A person, organization, country or group, with one canonical id. */
export const actorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case slugs'),
  name: z.string().min(1),
  kind: actorKindSchema,
  /** other names seen in the articles or pinned by editors */
  aliases: z.array(z.string()),
  /** e.g. "press secretary"; null when unknown */
  role: z.string().nullable(),
  /** actor id of the organization or country this actor belongs to; null when unknown */
  affiliation: z.string().nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

/** What editors may pin in content/actors.yaml, keyed by canonical name. */
export const actorPinSchema = z.object({
  name: z.string().min(1),
  kind: actorKindSchema.optional(),
  aliases: z.array(z.string()).default([]),
  role: z.string().optional(),
  /** canonical name or id of the affiliated actor */
  affiliation: z.string().optional(),
});
export type ActorPin = z.infer<typeof actorPinSchema>;
export const actorsFileSchema = z.object({ actors: z.array(actorPinSchema).default([]) });
export type ActorsFile = z.infer<typeof actorsFileSchema>;
