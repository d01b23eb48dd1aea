import type { ActorKind } from '../schema/actor.ts';

/** Plural heading for a kind of actor, in the order the site groups them. */
export const ACTOR_KIND_HEADING: [ActorKind, string][] = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['country', 'Countries'],
  ['group', 'Groups'],
  ['hazard', 'Natural hazards'],
];

/** Singular label of a kind of actor, as an actor's page shows it. */
export const ACTOR_KIND_LABEL: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  group: 'Group',
  hazard: 'Natural hazard',
};
