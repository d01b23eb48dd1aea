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

/** Actors with most events first; ties by name, then id. Rank once, then pick from it on every keystroke. */
export function rankActors(actors: readonly Actor[], counts: ReadonlyMap<string, number>): Actor[] {
  return [...actors].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * The actor options to render, from actors ranked by rankActors: with no typed text, the first
 * `limit`; with text, the first `limit` matches. The chosen actors are always added, so a ticked
 * box never vanishes while another name is looked up. The page stays small with thousands of actors.
 */
export function pickShownActors(
  ranked: readonly Actor[],
  searchText: ReadonlyMap<string, string>,
  text: string,
  chosen: readonly string[],
  limit: number,
): ShownActors {
  const needle = text.trim().toLocaleLowerCase('en');
  const matching = needle ? ranked.filter((a) => (searchText.get(a.id) ?? actorSearchText(a)).includes(needle)) : ranked;
  const shown = matching.slice(0, limit);
  const ids = new Set(shown.map((a) => a.id));
  for (const actor of ranked) {
    if (chosen.includes(actor.id) && !ids.has(actor.id)) {
      shown.push(actor);
      ids.add(actor.id);
    }
  }
  const unshown = matching.length - matching.filter((a) => ids.has(a.id)).length;
  return { shown, matches: matching.length, unshown, only: needle && matching.length === 1 ? matching[0]! : null };
}
