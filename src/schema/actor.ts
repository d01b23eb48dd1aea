import { z } from 'zod';

/** `hazard`: a named natural hazard, a storm ("Hurricane Katrina") */
export const ACTOR_KINDS = ['person', 'organization', 'country', 'group', 'hazard'] as const;
export const actorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof actorKindSchema>;

/** A term a person held, as the Phoenix actor dictionaries date it: "government" 1981-10-14 to 2011-02-11. */
export const actorPositionSchema = z.object({
  /** what the person was part of: "government", "military", "legislature", "opposition" ... */
  sector: z.string().min(1),
  /** first day, YYYY-MM-DD; null when the dictionary gives none */
  from: z.string().nullable(),
  /** last day, YYYY-MM-DD; null while it lasts */
  until: z.string().nullable(),
});
export type ActorPosition = z.infer<typeof actorPositionSchema>;

/** A person, organization, country, group or named hazard, with one canonical id. */
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
  /** a named person's country, from the Phoenix actor dictionaries: "Egypt" */
  country: z.string().optional(),
  /** a named person's positions (Phoenix) that held on a day an article naming the person was published */
  positions: z.array(actorPositionSchema).optional(),
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
