/**
 * Disasters: a happening nobody does ("the quake struck", "Cyclone Porag tore into the coast",
 * "the town was battered by floods"). CAMEO codes what one actor does to another and has no
 * class for them, so the verb that tells a disaster is typed as if someone did it ("killed":
 * an attack) or not at all; WordNet's nouns of natural hazards, epidemics and famines (the `disasters`
 * list of wordnet.json) say what did it.
 */
import type { EventType } from '../../schema/event.ts';
import { clauseSubject, isPassive, passiveAgent, type NounPhrase, type SentenceStructure } from '../linguistic/structure.ts';
import { wordnetDisasterNoun, wordnetEventNoun, wordnetInfectionNoun } from '../linguistic/vocabulary/wordnet.ts';
import { triggerToken } from './cameo/classify.ts';

/** The types a verb gives a disaster: what it did to people ("killed", "battered": an attack), or a happening ('other'). */
const TYPES_A_DISASTER_TAKES = new Set<EventType>(['other', 'attack']);

/** Does a noun, or a name's word ("Cyclone" in "Cyclone Porag"), name a disaster? */
function namesDisaster(s: SentenceStructure, k: number): boolean {
  const t = s.tokens[k];
  // a capitalized plural the tagger took for a name keeps its plural as its lemma ("Earthquakes")
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && (wordnetDisasterNoun(t.lemma.toLowerCase()) || wordnetDisasterNoun(t.text.toLowerCase().replace(/s$/, '')));
}

/**
 * Is the phrase's head a disaster noun, or, for a name, the word before the storm's own name
 * ("Hurricane Katrina", "Cyclone Porag"), or a lone capitalized plural ("Earthquakes")?
 */
function phraseIsDisaster(s: SentenceStructure, np: NounPhrase): boolean {
  if (s.tokens[np.last].pos !== 'PROPN') return namesDisaster(s, np.last) || isOutbreak(s, np);
  if (np.first === np.last) return namesDisaster(s, np.last) || isOutbreak(s, np);
  for (let k = np.last - 1; k >= np.first && s.tokens[k].pos === 'PROPN'; k--) if (namesDisaster(s, k)) return true;
  return false;
}

/**
 * An infectious disease, or a happening of one: "Cholera", "an Ebola outbreak", "the measles
 * epidemic" (the head a WordNet happening noun, a word before it a WordNet infectious disease).
 */
function isOutbreak(s: SentenceStructure, np: NounPhrase): boolean {
  const infection = (k: number) => (s.tokens[k].pos === 'NOUN' || s.tokens[k].pos === 'PROPN') && wordnetInfectionNoun(s.tokens[k].lemma.toLowerCase());
  if (infection(np.last)) return true;
  if (s.tokens[np.last].pos !== 'NOUN' || !wordnetEventNoun(s.tokens[np.last].lemma.toLowerCase())) return false;
  for (let k = np.first; k < np.last; k++) if (infection(k)) return true;
  return false;
}

/**
 * `type` for the event whose trigger spans [start, end) of the sentence, or `disaster` when what
 * did it is a disaster: a disaster noun in the trigger's own words ("the earthquake struck"), the
 * subject of its verb ("Earthquakes kill", "an Ebola outbreak killed"), or the agent of a passive ("was battered by a cyclone").
 * Only a happening or an attack is retyped: a warning of a storm stays a warning.
 */
export function disasterType(s: SentenceStructure, start: number, end: number, clauseStart: number, type: EventType): EventType {
  if (!TYPES_A_DISASTER_TAKES.has(type)) return type;
  // a common noun: a name in the trigger's words is more often a thing named for a storm ("Tornado jets")
  if (s.tokens.some((t, k) => t.start >= start && t.start < end && t.pos === 'NOUN' && namesDisaster(s, k))) return 'disaster';
  const verb = triggerToken(s.tokens, start, end, clauseStart);
  if (verb < 0 || s.tokens[verb].pos !== 'VERB') return type;
  const doer = isPassive(s, verb) ? passiveAgent(s, verb) : clauseSubject(s, verb) ?? undefined;
  return doer && phraseIsDisaster(s, doer) ? 'disaster' : type;
}
