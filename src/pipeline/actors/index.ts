/**
 * The actor stage: `findActors` per article (stage 4), `unifyActors` across articles (stage 6),
 * and `findPlaces` for the events stage. Pure functions: no file access, no clock.
 */
export { findActors } from './find-actors.ts';
export { unifyActors } from './unify.ts';
export { findPlaces, type PlaceSpan } from './places.ts';
