/**
 * Tokens, part-of-speech tags (Universal POS) and lemmas from wink-nlp with its English
 * lite web model (both ship in their npm packages; chosen by `npm run bench:nlp`, see README).
 * Offsets are recovered from the token values, so every token points into the text it came from.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { wordnetVerbClass } from './vocabulary/wordnet.ts';

export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedToken {
  /** UTF-16 offsets into the tagged text */
  start: number;
  end: number;
  text: string;
  pos: Upos;
  /** lower-case dictionary form: "said" -> "say", "troops" -> "troop" */
  lemma: string;
  /** an English function word (wink's stop-word list): "the", "of", "was" */
  stop: boolean;
}

/** The part of wink's unpacked model that grows as it reads: its lexeme table. */
interface LexemeTable { hash: Record<string, number>; list: string[] }
let lexemes: LexemeTable | undefined;
// wink-nlp unpacks the model inside winkNLP() and keeps it private; this wrapper keeps a handle
// on the unpacked lexeme table so `forgetNewWords` can reach it.
const observedModel = { ...model, core: () => {
  const core = (model as unknown as { core: () => { features: { lexeme: LexemeTable } } }).core();
  lexemes = core.features.lexeme;
  return core;
} } as typeof model;
const nlp = winkNLP(observedModel, ['pos']);
const its = nlp.its;
if (!lexemes) throw new Error('wink-nlp did not unpack its model through core(): the tagger cannot keep its output independent of what it read before');
const knownLexemes = lexemes.list.length;

/**
 * wink-nlp adds every new word it reads to its lexeme table, and its tokenizer keeps a word whole
 * when the table has it: once some text held "government's" as one token, later text would too.
 * Output would then depend on what was read before (another article, another worker thread).
 * Forgetting the words a text added makes tagging a function of the text alone. The table's list
 * keeps its entries (wink stores their features by position), only the look-up forgets them.
 */
function forgetNewWords(table: LexemeTable, from: number): void {
  for (let i = Math.max(from, knownLexemes); i < table.list.length; i++) {
    const word = table.list[i]!;
    if (table.hash[word] === i) delete table.hash[word];
  }
}
// wink-nlp's type for its.lemma takes a raw-document argument that ItsFunction does not declare
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

/** Tags one sentence (or any text) with wink-nlp. */
export function tagText(text: string): TaggedToken[] {
  const table = lexemes!;
  const before = table.list.length;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as Upos[];
  const lemmas = tokens.out(lemmaOf) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  forgetNewWords(table, before);
  const out: TaggedToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    // wink expands a few contractions ("can't" -> "ca" "n't"): a value it does not find as written sits at the cursor
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + values[i].length;
    cursor = end;
    if (tags[i] === 'SPACE') continue;
    // a name read as a contraction ("Brian Cant") may come back with no lemma: the word stands for itself
    // (the text is wink's own string for the word, which equals the slice found: one string per
    // word of wink's lexicon rather than a copy per token, as every sentence's tokens are kept)
    // wink splits "I've", "we're", "it's" but keeps "I'm" as one word, which it reads as a name: "I" and "'m", as it splits the others
    if (/^I['’]m$/.test(values[i])) {
      out.push({ start, end: start + 1, text: 'I', pos: 'PRON', lemma: 'i', stop: true }, { start: start + 1, end, text: values[i].slice(1), pos: 'AUX', lemma: 'be', stop: true });
      continue;
    }
    const lemma = (lemmas[i] ?? values[i]).toLowerCase();
    out.push({ start, end, text: at < 0 ? '' : values[i], pos: tags[i], lemma: tags[i] === 'VERB' ? restoreSilentE(values[i], lemma) : lemma, stop: Boolean(stops[i]) });
  }
  return out;
}

/**
 * wink strips -ing and -ed without putting back a silent e after a single consonant ("raging" ->
 * "rag", "hoping" -> "hop"). English doubles that consonant for the short verb ("ragging",
 * "hopped"), so an undoubled form is of the verb in -e, where WordNet knows one ("rage", "hope";
 * "visited" stays "visit": there is no verb "visite").
 */
export function restoreSilentE(word: string, lemma: string): string {
  const form = word.toLowerCase();
  if (!/[^aeiou][aeiou][^aeiouwxy]$/.test(lemma) || (form !== `${lemma}ing` && form !== `${lemma}ed`)) return lemma;
  return wordnetVerbClass(`${lemma}e`) ? `${lemma}e` : lemma;
}

/** A common noun's lemma, the word read alone in lower case ("children" -> "child"): for a word the tagger read as a name for its capital. */
export function nounLemma(word: string): string {
  const lower = word.toLowerCase();
  const [token] = tagText(lower);
  return token && token.pos === 'NOUN' ? token.lemma : lower;
}
