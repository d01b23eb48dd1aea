/**
 * Verbs of saying: the one home of the speech vocabulary. Every stage derives what it needs
 * from this table: the events stage its speech-act triggers, the clause map its trailing
 * attributions (", the ministry said."), the actor stage its speech cues ("Kirby said").
 * Entries are lemmas; `verbForms` spells the inflections.
 */
import type { EventType } from '../../../schema/event.ts';

export interface SpeechVerb {
  lemma: string;
  /** the speech act it reports; absent: it marks a speaker but is no event of its own */
  act?: Extract<EventType, 'statement' | 'warning' | 'denial'>;
  /** closes a sentence as its attribution: ", the Pentagon said." / ", said Kirby." */
  attribution?: boolean;
  /** right after a name it makes the name a speaker: "Nebenzya added" */
  cue?: boolean;
  /** may come before its speaker: "said Kirby" */
  inverted?: boolean;
  /** its -s form is also a common plural noun ("states", "notes", "claims"): matched only as past or -ing */
  nounS?: boolean;
}

const v = (lemma: string, act: SpeechVerb['act'], flags = ''): SpeechVerb => ({
  lemma,
  act,
  attribution: flags.includes('a'),
  cue: flags.includes('c'),
  inverted: flags.includes('i'),
  nounS: flags.includes('n'),
});

/** a: attribution, c: speaker cue, i: may precede its speaker, n: the -s form is also a plural noun. */
export const SPEECH_VERBS: SpeechVerb[] = [
  // reporting verbs proper: what a reporter writes after a quotation
  v('say', 'statement', 'aci'), v('add', 'statement', 'aci'), v('tell', 'statement', 'ci'), v('state', 'statement', 'cn'),
  v('note', 'statement', 'acn'), v('write', 'statement', 'aci'), v('tweet', 'statement', 'acn'), v('announce', 'statement', 'ac'),
  v('confirm', 'statement', 'ac'), v('insist', 'statement', 'ac'), v('explain', 'statement', 'c'), v('maintain', 'statement', 'c'),
  v('stress', 'statement', 'c'), v('argue', 'statement', 'c'), v('claim', 'statement', 'cn'), v('declare', 'statement', 'c'),
  v('acknowledge', 'statement', 'c'), v('emphasize', 'statement', 'c'), v('emphasise', 'statement', 'c'),
  v('reiterate', 'statement'), v('concede', 'statement', 'c'), v('admit', 'statement', 'c'), v('respond', 'statement', 'c'),
  v('reply', 'statement', 'cn'), v('assert', 'statement'), v('remark', 'statement', 'cn'), v('comment', 'statement', 'n'),
  v('suggest', 'statement', 'c'),
  // disclosure: making a fact public is a statement ("the company revealed that ...")
  v('reveal', 'statement', 'c'), v('disclose', 'statement', 'c'), v('report', 'statement', 'acn'),
  // claims and demands made in words (CAMEO 10 demand, 11 accuse)
  v('allege', 'statement', 'c'), v('demand', 'statement', 'cn'),
  // evaluative speech: praise and blame
  v('describe', 'statement'), v('slam', 'statement'), v('criticize', 'statement', 'c'), v('criticise', 'statement', 'c'),
  v('condemn', 'statement'), v('accuse', 'statement', 'c'), v('praise', 'statement', 'cn'), v('urge', 'statement', 'cn'),
  v('question', 'statement', 'n'), v('welcome', 'statement', 'n'), v('hail', 'statement', 'n'), v('thank', 'statement', 'n'),
  v('applaud', 'statement'), v('congratulate', 'statement'), v('lament', 'statement', 'n'), v('deplore', 'statement'),
  v('regret', 'statement', 'n'), v('express', 'statement'), v('voice', 'statement', 'n'), v('unveil', 'statement'),
  // commitments
  v('vow', 'statement', 'cn'), v('pledge', 'statement', 'cn'), v('promise', 'statement', 'cn'), v('reject', 'statement'),
  // acts in words before a court: a defendant pleads (guilty, not guilty), a witness testifies
  v('plead', 'statement', 'c'), v('testify', 'statement', 'c'),
  // warnings and denials
  v('warn', 'warning', 'ac'), v('threaten', 'warning', 'c'), v('caution', 'warning', 'c'),
  v('deny', 'denial', 'c'),
  // verbs that mark a speaker but report no speech act of their own
  v('ask', undefined, 'ci'), v('continue', undefined, 'c'), v('recall', undefined, 'c'),
  v('post', undefined, 'cn'), v('predict', undefined, 'c'), v('call', undefined, 'cn'), v('quote', undefined, 'n'),
  v('agree', undefined, 'c'), v('meet', undefined, 'c'), v('speak', undefined, 'c'), v('think', undefined, 'c'),
  v('believe', undefined, 'c'), v('want', undefined, 'cn'), v('hope', undefined, 'cn'),
];

/** Past tense and past participle where they are not lemma + "ed". */
const IRREGULAR_PAST: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], speak: ['spoke', 'spoken'], think: ['thought'],
  meet: ['met'],
};
/** Verbs that double their last consonant before -ed and -ing. */
const DOUBLES = new Set(['slam', 'admit', 'regret']);

export interface VerbForms {
  lemma: string;
  /** third person singular present: "says" */
  s: string;
  /** past tense and participle: "said" */
  past: string[];
  /** present participle: "saying" */
  ing: string;
}

/** The inflections of an English verb lemma (regular rules, with the irregular ones above). */
export function verbForms(lemma: string): VerbForms {
  const stem = DOUBLES.has(lemma) ? lemma + lemma.at(-1) : lemma;
  const s = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = IRREGULAR_PAST[lemma] ?? [/e$/.test(lemma) ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`];
  const ing = /ie$/.test(lemma) ? `${lemma.slice(0, -2)}ying` : /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${stem}ing`;
  return { lemma, s, past, ing };
}

/** Lemmas of the verbs that report a speech act, with the act. */
export const SPEECH_ACT_OF = new Map(SPEECH_VERBS.filter((e) => e.act).map((e) => [e.lemma, e.act!]));

/** The forms a speech-act trigger matches in running text: past, -s and -ing forms of one act's verbs. */
export function speechActForms(act: SpeechVerb['act']): string[] {
  return SPEECH_VERBS.filter((e) => e.act === act).flatMap((e) => {
    const f = verbForms(e.lemma);
    return e.nounS ? [...f.past, f.ing] : [...f.past, f.s, f.ing];
  });
}

/**
 * The -s forms of the speech-act verbs that double as plural nouns ("claims", "remarks", "pledges"):
 * the speech forms leave them out, so only the tagger's verb reading ("the governor claims that")
 * makes them a speech act.
 */
export const NOUN_S_SPEECH_FORMS = new Set(SPEECH_VERBS.filter((e) => e.act && e.nounS).map((e) => verbForms(e.lemma).s));

/** Finite forms of the attribution verbs: "said", "says", "added", "adds", ... */
export const ATTRIBUTION_FORMS = SPEECH_VERBS.filter((e) => e.attribution).flatMap((e) => {
  const f = verbForms(e.lemma);
  return [...f.past, f.s];
});

/** Words that, right after a name, make it a speaker: past forms, and -s forms that are no plural noun. */
export const SPEECH_CUE_FORMS = new Set(
  SPEECH_VERBS.filter((e) => e.cue).flatMap((e) => {
    const f = verbForms(e.lemma);
    return e.nounS ? f.past : [...f.past, f.s];
  }),
);

/** Past forms that may come before the speaker: "said Kirby", "added the minister". */
export const INVERTED_FORMS = new Set(SPEECH_VERBS.filter((e) => e.inverted).flatMap((e) => verbForms(e.lemma).past));

/** Finite forms that may come before the speaker, as a regex alternation: "said|says|added|adds|..." */
export const INVERTED_FINITE = SPEECH_VERBS.filter((e) => e.inverted).flatMap((e) => {
  const f = verbForms(e.lemma);
  return [...f.past, f.s];
}).join('|');

/**
 * Verbs of saying that make something public or concede it ("officials announced", "officials
 * admit"): an act of its own even when the speaker is a vague source, where "officials said"
 * only vouches for what it reports.
 */
export const PUBLIC_ACT_LEMMAS = new Set(['announce', 'confirm', 'admit', 'acknowledge', 'concede', 'reveal', 'disclose', 'declare']);
