/**
 * Tokens, part-of-speech tags (Universal POS) and lemmas from wink-nlp with its English
 * lite web model (both ship in their npm packages; chosen by `npm run bench:nlp`, see README).
 * Offsets are recovered from the token values, so every token points into the text it came from.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// wink-nlp's type for its.lemma takes a raw-document argument that ItsFunction does not declare
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

/** Tags one sentence (or any text) with wink-nlp. */
export function tagText(text: string): TaggedToken[] {
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as Upos[];
  const lemmas = tokens.out(lemmaOf) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
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
    out.push({ start, end, text: text.slice(start, end), pos: tags[i], lemma: (lemmas[i] ?? values[i]).toLowerCase(), stop: Boolean(stops[i]) });
  }
  return out;
}
