import type { Actor } from '../schema/actor.ts';

/** What the actor picker shows: a bounded set of options, out of every actor, and how many matched. */
export interface ShownActors {
  /** the actors to render as options (chosen ones always among them) */
  shown: Actor[];
  /** how many actors match the typed text (every actor when nothing is typed) */
  matches: number;
  /** how many matching actors are not shown */
  unshown: number;
  /** the only match, when exactly one actor matches the typed text */
  only: Actor | null;
}

/** The lower-cased text an actor is found by: its name, aliases and role. */
export function actorSearchText(actor: Pick<Actor, 'name' | 'aliases' | 'role'>): string {
  return [actor.name, ...actor.aliases, actor.role ?? ''].join('\n').toLocaleLowerCase('en');
}

/**
 * The actor options to render: with no typed text, the `limit` actors with most events; with
 * text, the first `limit` matches by events. The chosen actors are always added, so a ticked
 * box never vanishes while another name is looked up. The page stays small with thousands of actors.
 */
export function pickShownActors(
  actors: readonly Actor[],
  searchText: ReadonlyMap<string, string>,
  counts: ReadonlyMap<string, number>,
  text: string,
  chosen: readonly string[],
  limit: number,
): ShownActors {
  const needle = text.trim().toLocaleLowerCase('en');
  const matching = needle ? actors.filter((a) => (searchText.get(a.id) ?? actorSearchText(a)).includes(needle)) : [...actors];
  const byCount = matching.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const shown = byCount.slice(0, limit);
  const ids = new Set(shown.map((a) => a.id));
  for (const actor of actors) {
    if (chosen.includes(actor.id) && !ids.has(actor.id)) {
      shown.push(actor);
      ids.add(actor.id);
    }
  }
  const unshown = byCount.filter((a) => !ids.has(a.id)).length;
  return { shown, matches: matching.length, unshown, only: needle && matching.length === 1 ? matching[0]! : null };
}
