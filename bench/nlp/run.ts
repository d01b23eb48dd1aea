/**
 * `npm run bench:nlp`: the candidate NLP libraries for the linguistic layer, side by side.
 *
 * - POS accuracy (UPOS) on ~2,000 tokens sampled from the UD English EWT test set (CC BY-SA 4.0;
 *   not shipped here: set DATELINE_UD_CONLLU to en_ewt-ud-test.conllu, default
 *   ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu). A gold token counts as right when the
 *   library made a token with the same characters and the same tag (so tokenization errors count).
 *   "words" leaves out punctuation and symbols: compromise keeps punctuation on its words.
 *   "coarse" also forgives AUX/VERB, PROPN/NOUN, CCONJ/SCONJ, DET/PRON and PART/ADP/ADV.
 * - Speed: tokens per second over every article in content/ and eval/gold (median of 3 runs),
 *   reading each token's tag and lemma (compromise: tags, with its root computed).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import compromise from 'compromise';
import { parseConllu, spansOf, type UdSentence } from './conllu.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE_TOKENS = 2000;
const SAMPLE_EVERY = 5; // sentences: every 5th, so the sample spans the test set's genres
const RUNS = 3;

interface Tagged {
  form: string;
  upos: string;
}

const wink = winkNLP(model);
const its = wink.its;
const lemmaOf = its.lemma as unknown as ItsFunction<string>; // wink's typing of its.lemma is too narrow

function tagWink(text: string): Tagged[] {
  const doc = wink.readDoc(text);
  const forms = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  return forms.map((form, i) => ({ form, upos: tags[i] }));
}

/** compromise's tags to UPOS, most specific first. */
const COMPROMISE_UPOS: [string, string][] = [
  ['Pronoun', 'PRON'], ['Determiner', 'DET'], ['Preposition', 'ADP'], ['Conjunction', 'CCONJ'],
  ['Negative', 'PART'], ['Auxiliary', 'AUX'], ['Copula', 'AUX'], ['Modal', 'AUX'], ['Verb', 'VERB'],
  ['Adverb', 'ADV'], ['Adjective', 'ADJ'], ['Value', 'NUM'], ['ProperNoun', 'PROPN'], ['Noun', 'NOUN'],
  ['QuestionWord', 'ADV'], ['Expression', 'INTJ'],
];

function tagCompromise(text: string): Tagged[] {
  const out: Tagged[] = [];
  for (const s of compromise(text).json({ offset: true }) as { terms: { text: string; tags: string[] }[] }[]) {
    for (const t of s.terms) {
      if (t.text === '') continue;
      out.push({ form: t.text, upos: COMPROMISE_UPOS.find(([tag]) => t.tags.includes(tag))?.[1] ?? 'X' });
    }
  }
  return out;
}

const COARSE: Record<string, string> = { AUX: 'VERB', PROPN: 'NOUN', SCONJ: 'CCONJ', PRON: 'DET', ADP: 'PART', ADV: 'PART' };
const coarse = (t: string) => COARSE[t] ?? t;

function score(sample: UdSentence[], tag: (text: string) => Tagged[]) {
  const n = { all: 0, allRight: 0, words: 0, wordsRight: 0, coarseRight: 0 };
  for (const s of sample) {
    const gold = spansOf(s.text, s.tokens.map((t) => t.form));
    const sys = tag(s.text);
    const sysSpans = spansOf(s.text, sys.map((t) => t.form));
    const byStart = new Map<string, string>();
    sysSpans.forEach((sp, i) => sp && byStart.set(`${sp[0]}:${sp[1]}`, sys[i].upos));
    s.tokens.forEach((t, i) => {
      const sp = gold[i];
      const got = sp ? byStart.get(`${sp[0]}:${sp[1]}`) : undefined;
      const word = t.upos !== 'PUNCT' && t.upos !== 'SYM';
      n.all++;
      if (got === t.upos) n.allRight++;
      if (word) {
        n.words++;
        if (got === t.upos) n.wordsRight++;
        if (got !== undefined && coarse(got) === coarse(t.upos)) n.coarseRight++;
      }
    });
  }
  return n;
}

function articleTexts(): string[] {
  const dirs = [join(ROOT, 'content', 'articles')];
  const gold = join(ROOT, 'eval', 'gold');
  for (const set of readdirSync(gold, { withFileTypes: true })) if (set.isDirectory()) dirs.push(join(gold, set.name, 'articles'));
  return dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(d, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')) : []));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function speed(texts: string[], run: (text: string) => number): { tokens: number; ms: number } {
  const times: number[] = [];
  let tokens = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    tokens = texts.reduce((n, t) => n + run(t), 0);
    times.push(performance.now() - t0);
  }
  return { tokens, ms: median(times) };
}

const LIBRARIES: { name: string; tag: (text: string) => Tagged[]; read: (text: string) => number }[] = [
  {
    name: 'wink-nlp',
    tag: tagWink,
    read: (text) => {
      const tokens = wink.readDoc(text).tokens();
      return Math.min(tokens.out(its.pos).length, tokens.out(lemmaOf).length);
    },
  },
  {
    name: 'compromise',
    tag: tagCompromise,
    read: (text) => {
      const doc = compromise(text);
      doc.compute('root');
      return (doc.json() as { terms: { tags: string[]; root?: string }[] }[]).flatMap((s) => s.terms).length;
    },
  },
];

const conllu = process.env.DATELINE_UD_CONLLU ?? join(ROOT, '..', 'shared', 'data', 'ud-english-ewt', 'en_ewt-ud-test.conllu');
let sample: UdSentence[] = [];
if (existsSync(conllu)) {
  const all = parseConllu(readFileSync(conllu, 'utf8'));
  let tokens = 0;
  for (let i = 0; i < all.length && tokens < SAMPLE_TOKENS; i += SAMPLE_EVERY) {
    sample.push(all[i]);
    tokens += all[i].tokens.length;
  }
  console.log(`POS sample: ${sample.length} sentences, ${tokens} tokens of ${conllu.split('/').pop()} (every ${SAMPLE_EVERY}th sentence)`);
} else {
  console.log(`POS accuracy skipped: no ${conllu} (set DATELINE_UD_CONLLU to a UD English CoNLL-U file)`);
}
const texts = articleTexts();
console.log(`speed corpus: ${texts.length} articles (content/ and eval/gold), median of ${RUNS} runs\n`);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-').padStart(8);
console.log(`${'library'.padEnd(12)} ${'UPOS all'.padStart(8)} ${'words'.padStart(8)} ${'coarse'.padStart(8)} ${'tokens'.padStart(7)} ${'ms'.padStart(6)} ${'tokens/s'.padStart(9)}`);
for (const lib of LIBRARIES) {
  lib.read(texts[0]); // warm up: the first call loads the model
  const s = score(sample, lib.tag);
  const { tokens, ms } = speed(texts, lib.read);
  console.log(`${lib.name.padEnd(12)} ${pct(s.allRight, s.all)} ${pct(s.wordsRight, s.words)} ${pct(s.coarseRight, s.words)} ${String(tokens).padStart(7)} ${ms.toFixed(0).padStart(6)} ${((tokens / ms) * 1000).toFixed(0).padStart(9)}`);
  console.log(`bench.nlp.${lib.name}.upos_words=${s.words ? ((100 * s.wordsRight) / s.words).toFixed(1) : 'NA'} bench.nlp.${lib.name}.tokens_per_s=${((tokens / ms) * 1000).toFixed(0)}`);
}
