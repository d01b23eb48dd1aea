/**
 * One phrase index over every lexicon (countries, demonyms, capitals, organizations, places, pins),
 * keyed by the phrase's words as the tokenizer splits them, so a sentence is matched word by word
 * and the longest phrase wins.
 */
import type { ActorPin } from '../../schema/actor.ts';
import { COUNTRIES, METONYMS, type Country } from './lexicon/countries.ts';
import { ORGANIZATIONS, type Organization } from './lexicon/organizations.ts';
import { CAPITALS, CITIES, REGIONS, US_STATES } from './lexicon/places.ts';
import { tokenize, type Token } from './tokens.ts';

export type Entry =
  | { type: 'country'; country: Country }
  | { type: 'demonym'; country: Country }
  | { type: 'metonym'; actor: string; city: string }
  | { type: 'organization'; organization: Organization }
  | { type: 'place' }
  | { type: 'pin'; pin: ActorPin };

export interface Match {
  /** token index after the phrase */
  end: number;
  entries: Entry[];
}

/** Which entry wins when two lexicons list the same words: editors' pins first, places last. */
const PRIORITY: Record<Entry['type'], number> = { pin: 0, organization: 1, country: 2, demonym: 3, metonym: 4, place: 5 };

export class PhraseIndex {
  private readonly byFirst = new Map<string, { words: string[]; entries: Entry[] }[]>();

  add(phrase: string, entry: Entry): void {
    const words = tokenize(phrase).tokens.filter((t) => t.word || /[&,]/.test(t.text)).map((t) => t.text);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    const found = list.find((x) => x.words.join(' ') === words.join(' '));
    if (found) {
      if (!found.entries.some((e) => e.type === entry.type)) found.entries.push(entry);
      found.entries.sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type]);
    } else {
      list.push({ words, entries: [entry] });
      list.sort((a, b) => b.words.length - a.words.length);
    }
    this.byFirst.set(words[0]!, list);
  }

  /** The longest phrase starting at token i (only its last word may carry a possessive). */
  match(tokens: Token[], i: number): Match | null {
    const first = tokens[i];
    if (!first) return null;
    for (const cand of this.byFirst.get(first.text) ?? []) {
      const n = cand.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k]!;
        ok = t.text === cand.words[k] && (k === n - 1 || !t.possessive) && t.quoted === first.quoted;
      }
      if (ok) return { end: i + n, entries: cand.entries };
    }
    return null;
  }
}

function baseIndex(): PhraseIndex {
  const index = new PhraseIndex();
  for (const o of ORGANIZATIONS) for (const f of o.forms) index.add(f, { type: 'organization', organization: o });
  for (const c of COUNTRIES) {
    for (const n of c.names) index.add(n, { type: 'country', country: c });
    for (const d of c.demonyms) index.add(d, { type: 'demonym', country: c });
  }
  for (const [city, actor] of Object.entries(METONYMS)) index.add(city, { type: 'metonym', actor, city });
  for (const p of [...US_STATES, ...REGIONS, ...CITIES, ...CAPITALS]) index.add(p, { type: 'place' });
  return index;
}

const BASE = baseIndex();
const cache = new WeakMap<ActorPin[], PhraseIndex>();

/** The lexicon index, plus the pinned names and aliases when there are pins. */
export function phraseIndex(pins: ActorPin[]): PhraseIndex {
  if (pins.length === 0) return BASE;
  const cached = cache.get(pins);
  if (cached) return cached;
  const index = baseIndex();
  // sorted: when two pins claim one alias, the same pin wins whatever the file's order
  const sorted = [...pins].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const pin of sorted) for (const n of [pin.name, ...(pin.aliases ?? [])]) index.add(n, { type: 'pin', pin });
  cache.set(pins, index);
  return index;
}
