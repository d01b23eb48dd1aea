/**
 * Codes an event's trigger verb with CAMEO (PETRARCH2's verb dictionary, built into verbs.json
 * by `npm run build:lexicons`): the lemma, a phrasal verb first ("shoot down"), and a phrase
 * pattern of the verb's family when the words after the verb match it ("deploy ... troops").
 * Where CAMEO has no code, WordNet's class of the verb says what kind of happening it is.
 */
import type { EventType } from '../../../schema/event.ts';
import { isAgentless, type SentenceStructure } from '../../linguistic/structure.ts';
import type { TaggedToken } from '../../linguistic/tagger.ts';
import { CAMEO_OF_TYPE, typeOfCameo, UNCODED_TYPES } from './cameo-types.ts';
import { wordnetVerbClass } from '../../linguistic/vocabulary/wordnet.ts';
import VERBS from './verbs.json' with { type: 'json' };

const CODES = VERBS.codes as Record<string, string>;
const PATTERNS = VERBS.patterns as unknown as Record<string, [string[], string][]>;
/** How many words after the verb a pattern may reach. */
const PATTERN_REACH = 6;

export interface VerbCode {
  /** the verb as coded: its lemma, or "lemma particle" */
  lemma: string;
  /** CAMEO event code, when the dictionary codes this verb */
  cameo?: string;
  /** WordNet lexicographer class of the verb's most frequent sense (verb.weather, verb.contact ...) */
  verbClass?: string;
}

/** Words a pattern skips between the verb and its words: determiners, numbers, adjectives ("a new", "the two"). */
const SKIPPED = new Set(['DET', 'NUM', 'ADJ']);
const sameWord = (t: TaggedToken, w: string) => t.lemma === w || t.text.toLowerCase() === w;

/**
 * Does the pattern's word sequence follow the verb ("deployed two more troops": "troops")? Before
 * each of its words the text may have determiners, numbers and adjectives the pattern leaves out
 * ("took to the streets": "to street").
 */
function matches(after: string[], tokens: TaggedToken[], from: number): boolean {
  let k = from;
  for (const w of after) {
    while (k < tokens.length && k < from + PATTERN_REACH && SKIPPED.has(tokens[k].pos) && !sameWord(tokens[k], w)) k++;
    if (tokens[k] === undefined || !sameWord(tokens[k], w)) return false;
    k++;
  }
  // "attacked the government palace" is no "attacked the government": the words end their noun phrase
  const next = tokens[k];
  return !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
}

/** The CAMEO code (and WordNet class) of the verb at `index`, read with the words after it. */
export function codeVerb(tokens: TaggedToken[], index: number): VerbCode {
  const verb = tokens[index];
  const next = tokens[index + 1];
  const phrasal = next && (next.pos === 'ADP' || next.pos === 'PART' || next.pos === 'ADV') ? `${verb.lemma} ${next.text.toLowerCase()}` : null;
  const lemma = phrasal && (phrasal in CODES || phrasal in PATTERNS) ? phrasal : verb.lemma;
  let cameo = CODES[lemma];
  let best = 0;
  for (const [after, code] of PATTERNS[lemma] ?? []) {
    if (after.length > best && matches(after, tokens, index + (lemma === verb.lemma ? 1 : 2))) {
      cameo = code;
      best = after.length;
    }
  }
  const verbClass = wordnetVerbClass(verb.lemma);
  return { lemma, ...(cameo ? { cameo } : {}), ...(verbClass ? { verbClass } : {}) };
}

/** The token a trigger stands on: a verb inside [start, end), else the verb that holds a noun trigger, else the first token. */
export function triggerToken(tokens: TaggedToken[], start: number, end: number, clauseStart: number): number {
  const inside = tokens.findIndex((t) => t.start >= start && t.start < end && t.pos === 'VERB');
  if (inside >= 0) return inside;
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k].start < start && tokens[k].start >= clauseStart && tokens[k].pos === 'VERB') return k;
  return tokens.findIndex((t) => t.start >= start && t.start < end);
}

export interface TriggerCode {
  cameo?: string;
  verbClass?: string;
  /** where the code came from: the verb in CAMEO's dictionary, or the type's default code */
  cameoFrom?: 'dictionary' | 'type';
  /** a happening with no agent: "the quake struck", "the building was set ablaze" */
  agentless?: boolean;
}

/**
 * The CAMEO code of an event whose trigger spans [start, end) of the sentence and whose lexicon
 * type is `type`. A verb trigger is coded by the dictionary; a noun trigger ("imposed sanctions")
 * by the pattern of the verb that holds it when that agrees with the noun's type; failing both,
 * by the type's own code (CAMEO_OF_TYPE). CAMEO codes what one actor does to another: a
 * happening with no agent ("the quake killed ...") takes no dictionary code.
 */
export function codeTrigger(structure: SentenceStructure, start: number, end: number, clauseStart: number, type: EventType): TriggerCode {
  const k = triggerToken(structure.tokens, start, end, clauseStart);
  const coded = k >= 0 ? codeVerb(structure.tokens, k) : undefined;
  const onTrigger = k >= 0 && structure.tokens[k].start >= start && structure.tokens[k].start < end;
  const agentless = k >= 0 && structure.tokens[k].pos === 'VERB' && isAgentless(structure, k);
  const agrees = coded?.cameo && !agentless && !UNCODED_TYPES.has(type) && (onTrigger || typeOfCameo(coded.cameo) === type);
  const verbClass = onTrigger ? coded?.verbClass : undefined;
  const fallback = CAMEO_OF_TYPE[type];
  return {
    ...(agrees ? { cameo: coded!.cameo, cameoFrom: 'dictionary' as const } : fallback ? { cameo: fallback, cameoFrom: 'type' as const } : {}),
    ...(verbClass ? { verbClass } : {}),
    ...(agentless ? { agentless } : {}),
  };
}
