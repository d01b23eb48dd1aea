/** Non-person actors the lexicons and pins know, as seeds for the article's actor list. */
import type { ActorKind, ActorPin } from '../../../schema/actor.ts';
import type { Entry } from '../gazetteer.ts';
import { countryById, type Country } from '../lexicon/countries.ts';
import { organizationById, ORGANIZATION_HEADS } from '../lexicon/organizations.ts';
import { slugify } from '../slug.ts';
import type { Seed } from './types.ts';

export function seedOfCountry(c: Country): Seed {
  return { id: c.id, name: c.name, kind: 'country', affiliation: null };
}

/** The actor an id of the lexicons stands for (countries, organizations). */
export function seedOfId(id: string): Seed | null {
  const c = countryById(id);
  if (c) return seedOfCountry(c);
  const o = organizationById(id);
  if (o) return { id: o.id, name: o.name, kind: 'organization', affiliation: o.affiliation };
  return null;
}

/** Kind of a pinned actor when the editor gave none: a lexicon's, an organization's head word, else a person. */
export function pinKind(pin: ActorPin): ActorKind {
  if (pin.kind) return pin.kind;
  const known = seedOfId(slugify(pin.name));
  if (known) return known.kind;
  const last = pin.name.split(/\s+/).at(-1) ?? '';
  return ORGANIZATION_HEADS.has(last) || /^[A-Z]{2,}$/.test(pin.name) ? 'organization' : 'person';
}

export function seedOfEntry(e: Entry): Seed | null {
  switch (e.type) {
    case 'country':
    case 'demonym':
      return seedOfCountry(e.country);
    case 'organization':
      return { id: e.organization.id, name: e.organization.name, kind: 'organization', affiliation: e.organization.affiliation };
    case 'metonym':
      return seedOfId(e.actor);
    case 'pin': {
      const kind = pinKind(e.pin);
      if (kind === 'person') return null;
      return { id: slugify(e.pin.name), name: e.pin.name, kind, affiliation: e.pin.affiliation ? slugify(e.pin.affiliation) : null };
    }
    default:
      return null;
  }
}
