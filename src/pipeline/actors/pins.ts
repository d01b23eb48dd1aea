/**
 * Editors' pins (content/actors.yaml): a pinned name is the canonical name of every actor named
 * by it or by one of its aliases; its kind, role and affiliation override what the text says.
 */
import type { Actor, ActorPin } from '../../schema/actor.ts';
import type { ArticleActors } from '../types.ts';
import { COUNTRY_BY_NAME } from './lexicon/countries.ts';
import { ORGANIZATION_BY_FORM } from './lexicon/organizations.ts';
import { pinKind, seedOfId } from './scan.ts';
import { slugify } from './slug.ts';

/** How a pinned name or alias is compared: spacing and case aside. */
export const pinForm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const key = pinForm;

/** A function finding the pin that names any of some surface forms ("President Biden", "Biden"). */
export function pinLookup(pins: ActorPin[]): (forms: string[]) => ActorPin | null {
  const byForm = new Map<string, ActorPin>();
  // sorted so that two pins claiming one alias resolve the same way whatever the file's order
  for (const pin of [...pins].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    for (const f of [pin.name, ...(pin.aliases ?? [])]) if (!byForm.has(key(f))) byForm.set(key(f), pin);
  }
  return (forms) => {
    for (const f of forms) {
      const pin = byForm.get(key(f));
      if (pin) return pin;
    }
    return null;
  };
}

/**
 * Actor id a pin's affiliation stands for: a pinned name, a country or organization form, or
 * the id of one of those; null when it names none (content/actors.yaml then gets a warning,
 * and the affiliation the text gives is kept).
 */
export function affiliationId(affiliation: string, pins: ActorPin[]): string | null {
  const pin = pinLookup(pins)([affiliation]);
  if (pin) return slugify(pin.name);
  const country = COUNTRY_BY_NAME.get(affiliation);
  if (country) return country.id;
  const org = ORGANIZATION_BY_FORM.get(affiliation);
  if (org) return org.id;
  const id = slugify(affiliation);
  return pins.some((p) => slugify(p.name) === id) || seedOfId(id) ? id : null;
}

/** Rename pinned actors, merge the ones a pin makes one, and override kind, role and affiliation. */
export function applyPins(input: ArticleActors, pins: ActorPin[]): ArticleActors {
  if (pins.length === 0) return input;
  const lookup = pinLookup(pins);
  const rename = new Map<string, string>();
  const out = new Map<string, Actor>();
  for (const a of input.actors) {
    const pin = lookup([a.name, ...a.aliases]) ?? lookup([a.id]);
    if (!pin) {
      out.set(a.id, out.get(a.id) ?? { ...a, aliases: [...a.aliases] });
      continue;
    }
    const id = slugify(pin.name);
    rename.set(a.id, id);
    const merged = out.get(id) ?? { id, name: pin.name, kind: pin.kind ?? a.kind, aliases: [], role: null, affiliation: null };
    merged.aliases = [...new Set([...merged.aliases, a.name, ...a.aliases, ...(pin.aliases ?? [])])].filter((x) => x !== pin.name).sort();
    merged.role = pin.role ?? merged.role ?? a.role;
    merged.affiliation = (pin.affiliation ? affiliationId(pin.affiliation, pins) : null) ?? merged.affiliation ?? a.affiliation;
    merged.kind = pin.kind ?? (merged.kind === a.kind ? a.kind : pinKind(pin));
    out.set(id, merged);
  }
  const canon = (id: string) => rename.get(id) ?? id;
  for (const a of out.values()) if (a.affiliation) a.affiliation = canon(a.affiliation);
  // a pinned affiliation may name an actor the text never mentions
  closeAffiliations(out, pins);
  return {
    actors: [...out.values()],
    mentions: input.mentions.map((m) => ({ ...m, actor: canon(m.actor) })),
  };
}

/**
 * Makes every affiliation name an actor of `actors`: one the editors pinned or the lexicons
 * know is added (and its own affiliation in turn); an unknown one is dropped.
 */
export function closeAffiliations(actors: Map<string, Actor>, pins: ActorPin[]): void {
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of [...actors.values()]) {
      if (!a.affiliation || actors.has(a.affiliation)) continue;
      const pin = pins.find((p) => slugify(p.name) === a.affiliation);
      const seed = seedOfId(a.affiliation);
      if (pin) {
        actors.set(a.affiliation, { id: a.affiliation, name: pin.name, kind: pinKind(pin), aliases: [...(pin.aliases ?? [])].sort(), role: pin.role ?? null, affiliation: pin.affiliation ? affiliationId(pin.affiliation, pins) : null });
      } else if (seed) {
        actors.set(seed.id, { id: seed.id, name: seed.name, kind: seed.kind, aliases: [], role: null, affiliation: seed.affiliation });
      } else {
        a.affiliation = null;
      }
      grew ||= a.affiliation !== null && actors.has(a.affiliation);
    }
  }
}
