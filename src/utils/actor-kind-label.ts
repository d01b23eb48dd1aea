import type { ActorKind } from '../schema/actor.ts';

/** Plural heading for a kind of actor, in the order the site groups them. */
export const ACTOR_KIND_HEADING: [ActorKind, string][] = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['country', 'Countries'],
  ['group', 'Groups'],
];
