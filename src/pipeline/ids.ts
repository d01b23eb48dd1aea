/**
 * Stage 7, ids: readable, stable slugs — the date, the type and the main actor
 * ("2022-02-02-john-kirby-statement"). An id depends only on the event itself, so adding
 * an article does not change the ids of events it does not touch. When two events would
 * share a slug, the one first reported (earliest article, earliest sentence) keeps it and
 * the other gets a short hash of its first source sentence.
 */
import { createHash } from 'node:crypto';
import { slugify } from './actors/slug.ts';
import { SPEECH_TYPES, type Candidate } from './events/candidate.ts';

export { slugify };


function baseId(c: Candidate): string {
  // who the event is about: the speaker of speech, the agent of anything else
  const preferred = SPEECH_TYPES.has(c.type) ? ['speaker', 'agent'] : ['agent', 'speaker'];
  const main = preferred.map((role) => c.actors.find((a) => a.role === role)).find(Boolean) ?? c.actors[0];
  return slugify(`${c.date.start} ${main ? main.id : ''} ${c.type}`).slice(0, 80).replace(/-+$/, '');
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/** Ids for merged events, given in first-reported order. */
export function assignIds(events: Candidate[]): string[] {
  const taken = new Set<string>();
  return events.map((c) => {
    const base = baseId(c);
    let id = taken.has(base) ? `${base}-${shortHash(`${c.sources[0].article}\u0000${c.sources[0].sentence}`)}` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
