import type { Actor } from '../schema/actor.ts';

/** A named person's country and dated terms, short: "Egypt · government 1981–2011"; null when the actor has no country. */
export function actorPositionsLine(actor: Pick<Actor, 'country' | 'positions'>): string | null {
  if (!actor.country) return null;
  const year = (d: string | null) => d?.slice(0, 4) ?? null;
  const terms = (actor.positions ?? []).map(({ sector, from, until }) => {
    const [a, b] = [year(from), year(until)];
    if (a && b) return `${sector} ${a === b ? a : `${a}–${b}`}`;
    if (a) return `${sector} since ${a}`;
    return b ? `${sector} until ${b}` : sector;
  });
  return [actor.country, [...new Set(terms)].join(', ')].filter(Boolean).join(' · ');
}
