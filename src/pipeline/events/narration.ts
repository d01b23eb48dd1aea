/**
 * The tense an article tells its happenings in. News reports them in the past ("troops seized the
 * town") and quotes in the present ("he says"); a chronology, a live page or a day's updates tell
 * them in the historic present ("troops seize the town", "the port closes two berths"). In such an
 * article a present verb that may also name a state ("closes", "holds", "extends") tells a deed, as
 * its past would; elsewhere it describes ("the shop closes at five"). The tagger gives no tense
 * (wink-nlp's universal tags have none), so the form of the main verb against its lemma says it.
 */
import type { SentenceStructure } from '../linguistic/structure.ts';
import type { TaggedToken } from '../linguistic/tagger.ts';
import { SPEECH_ACT_OF } from '../linguistic/vocabulary/speech-verbs.ts';
import { DEED_CLASSES, wordnetVerbClass } from '../linguistic/vocabulary/wordnet.ts';

/**
 * Fewer main verbs of doing than this tell no narration. A comment piece, a feature or an
 * explainer is written in the present too ("she eats", "in this option engineers cut"), but it
 * tells few deeds one after another; on the development topics the outlets' chronologies and live
 * pages tell 40 to 80, other articles written in the present fewer than 20.
 */
export const MIN_NARRATING_VERBS = 20;
/**
 * A chronology (dated entries, ./dating/entries.ts) is a narration by its form: fewer deeds tell
 * its tense. A short one tells a dozen or so, one to an entry.
 */
export const MIN_CHRONOLOGY_VERBS = 10;
/** Share of those verbs that must be in the present for the article to narrate in the present. */
export const PRESENT_SHARE = 0.8;

/** Is the verb's form its present: the lemma, or the lemma with -s ("closes", "carries")? */
export function isPresentForm(verb: TaggedToken): boolean {
  const t = verb.text.toLowerCase();
  return t === verb.lemma || t === `${verb.lemma}s` || t === `${verb.lemma}es` || t === `${verb.lemma.replace(/y$/, '')}ies`;
}

/**
 * The tense of the sentence's main verb when it alone carries it: 'present' or 'past'; null for no
 * main verb, a verb of saying (quotes are in the present whatever the narration), a verb after an
 * auxiliary, a modal or "to" (the auxiliary carries the tense), and a form in -ing.
 */
export function mainVerbTense(s: SentenceStructure): 'present' | 'past' | null {
  if (s.mainVerb === null) return null;
  const verb = s.tokens[s.mainVerb]!;
  if (verb.pos !== 'VERB' || SPEECH_ACT_OF.has(verb.lemma) || /ing$/i.test(verb.text)) return null;
  let k = s.mainVerb - 1;
  while (k >= 0 && s.tokens[k]!.pos === 'ADV') k--;
  const before = s.tokens[k];
  if (before && (before.pos === 'AUX' || before.text.toLowerCase() === 'to')) return null;
  return isPresentForm(verb) ? 'present' : 'past';
}

/**
 * Does the article tell its happenings in the present: many of its main verbs are verbs of doing
 * (WordNet's deed classes) that carry a tense, and most of them are present? In a `chronology`
 * (dated entries) fewer suffice.
 */
export function narratesInPresent(structures: SentenceStructure[], chronology = false): boolean {
  let present = 0;
  let past = 0;
  for (const s of structures) {
    const tense = mainVerbTense(s);
    if (!tense || !DEED_CLASSES.has(wordnetVerbClass(s.tokens[s.mainVerb!]!.lemma) ?? '')) continue;
    if (tense === 'present') present++;
    else if (tense === 'past') past++;
  }
  return present + past >= (chronology ? MIN_CHRONOLOGY_VERBS : MIN_NARRATING_VERBS) && present >= PRESENT_SHARE * (present + past);
}
