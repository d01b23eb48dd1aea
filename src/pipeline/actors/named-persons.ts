/**
 * Persons the Phoenix actor dictionaries name (./phoenix/persons.ts): a person actor whose name
 * is one of a dictionary person's name forms ("Husni Mubarak", "Mubarak") takes that person's
 * id, so that every spelling is one actor, a full name where the article gives only a surname,
 * and the person's country and the terms held on the article's day. Editors' pins win: a pinned actor is left as the pin has it.
 */
import type { Actor, ActorPin } from '../../schema/actor.ts';
import type { ArticleActors } from '../types.ts';
import { holdsOn, phoenixPerson, type PhoenixPerson } from './phoenix/persons.ts';
import { pinLookup } from './pins.ts';
import { slugify } from './slug.ts';

/**
 * The dictionary person an actor is: looked up by its name, then by the other names written for
 * it with as many words (a full name's other spellings; a full name not in the dictionary is not
 * made someone else by its bare surname).
 */
function dictionaryPerson(a: Actor, on: string | undefined, lookup: PersonLookup): { person: PhoenixPerson; form: string } | null {
  const words = a.name.split(/\s+/).length;
  for (const form of [a.name, ...a.aliases.filter((x) => x.split(/\s+/).length >= words)]) {
    const person = lookup(form, on);
    if (person) return { person, form };
  }
  return null;
}

type PersonLookup = (form: string, on?: string) => PhoenixPerson | null;

/**
 * Renames and merges the article's person actors the dictionaries name; `on` is the article's
 * day (YYYY-MM-DD); `lookup` the dictionary (tests pass their own).
 */
export function identifyNamedPersons(input: ArticleActors, on: string | undefined, pins: ActorPin[], lookup: PersonLookup = phoenixPerson): ArticleActors {
  const pinned = pinLookup(pins);
  const rename = new Map<string, string>();
  const out = new Map<string, Actor>();
  for (const a of input.actors) {
    const found = a.kind === 'person' && !pinned([a.name, ...a.aliases]) ? dictionaryPerson(a, on, lookup) : null;
    if (!found) {
      out.set(a.id, out.get(a.id) ?? a);
      continue;
    }
    // the id is the dictionary's, so that every spelling is one actor across articles; the name
    // is the article's own full name the dictionary knows ("Sergei Lavrov", not the dictionary's
    // "Sergey Lavrov"), or the dictionary's where the article writes a surname only
    const { person: p, form } = found;
    const id = slugify(p.name);
    rename.set(a.id, id);
    const prev = out.get(id);
    const own = form.split(/\s+/).length > 1 ? form : p.name;
    const name = prev?.name ?? own;
    const aliases = new Set([...(prev?.aliases ?? []), a.name, ...a.aliases]);
    aliases.delete(name);
    const positions = on ? p.positions.filter((t) => holdsOn(t, on)) : [];
    out.set(id, {
      ...(prev ?? a),
      id,
      name,
      aliases: [...aliases].sort(),
      role: prev?.role ?? a.role,
      affiliation: prev?.affiliation ?? a.affiliation,
      country: p.country,
      ...(positions.length ? { positions } : {}),
    });
  }
  if (rename.size === 0) return input;
  const canon = (id: string) => rename.get(id) ?? id;
  return {
    actors: [...out.values()].map((a) => (a.affiliation && rename.has(a.affiliation) ? { ...a, affiliation: canon(a.affiliation) } : a)),
    mentions: input.mentions.map((m) => (rename.has(m.actor) ? { ...m, actor: canon(m.actor) } : m)),
  };
}

/**
 * Stage 6 keeps one actor per person across articles; this gives each the country and the
 * terms its per-article actors had (the terms of every article's day, once each).
 */
export function carryNamedPersonFacts(unified: Actor[], perArticle: ArticleActors[], canonicalId: (id: string) => string): Actor[] {
  const facts = new Map<string, Pick<Actor, 'country' | 'positions'>>();
  for (const article of perArticle) {
    for (const a of article.actors) {
      if (!a.country) continue;
      const id = canonicalId(a.id);
      const known = facts.get(id) ?? { country: a.country, positions: [] };
      for (const t of a.positions ?? []) {
        if (!known.positions!.some((k) => k.sector === t.sector && k.from === t.from && k.until === t.until)) known.positions!.push(t);
      }
      facts.set(id, known);
    }
  }
  if (facts.size === 0) return unified;
  return unified.map((a) => {
    const f = facts.get(a.id);
    if (!f) return a;
    const positions = [...f.positions!].sort((x, y) => ((x.from ?? '') < (y.from ?? '') ? -1 : (x.from ?? '') > (y.from ?? '') ? 1 : 0));
    return { ...a, country: f.country, ...(positions.length ? { positions } : {}) };
  });
}
