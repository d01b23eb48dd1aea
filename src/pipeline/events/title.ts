/**
 * Event headlines. A rule offers drafts, best first (the reporter's clause from its subject on,
 * a speaker's own words, the whole main clause); the first draft that is readable once cleaned
 * becomes the title. When none is, the events stage drops the candidate with a note, so an event
 * never carries an empty or punctuation-only title.
 *
 * A draft longer than a headline is cut where a phrase ends, read from the tagger's parts of
 * speech: at the last clause boundary (a comma, a dash, a clause opener) when one leaves a title
 * of some length, else at the word limit, backing off out of a noun phrase the cut would split and
 * off any word a headline cannot end on ("the", "of", "and", "had"), with an ellipsis for the cut.
 */
import { tagText, type TaggedToken } from '../linguistic/tagger.ts';
import { CLAUSE_OPENERS, isJoined } from './headline.ts';
import { SPEECH_VERBS, verbForms } from '../linguistic/vocabulary/speech-verbs.ts';
import { memoize } from '../memoize.ts';
import { happeningWords } from './dating/happening-words.ts';

// Titles are drafted for every candidate, often from the same words (a clause's drafts, a sentence
// retold in several articles): the tagging of a draft is remembered (tagText is a pure function of
// its text), and a lone word's part of speech above all.
const tagDraft = memoize(tagText, 20_000);

/** A headline's length in words. */
export const TITLE_WORDS = 18;
/** A headline's length in characters: joined tokens or a line with no spaces stay short. */
export const TITLE_CHARS = 140;
/** A cut at a clause boundary keeps at least this many words; a shorter one says too little. */
const MIN_CLAUSE_WORDS = 6;

/** Finite forms of the verbs of saying: a title ending on one after a short name says nothing. */
const SAYING_FORMS = new Set(SPEECH_VERBS.flatMap((e) => {
  const f = verbForms(e.lemma);
  return [...f.past, f.s];
}));
/** A bare saying is a name of a few words and its verb: "The US State Department spokesman said". */
const BARE_SAYING_WORDS = 6;

/** Punctuation and dashes that neither open nor close a headline. */
const EDGE_PUNCTUATION = /^[\s,;:—–-]+|[\s,;:—–-]+$/g;
/** A word of two letters or more: what a reader can read. */
const WORD = /\p{L}{2,}/u;
/** Punctuation that closes a phrase: a cut right before it leaves the phrase whole. */
const BOUNDARY = /^(?:[,;:—–(]|--?)$/;
/** The word that opens a relative or complement clause: a headline ending on it ends mid-clause. */
const COMPLEMENTIZER = 'that';
/** Parts of speech a headline cannot end on: a determiner, preposition, conjunction, auxiliary, "to". */
const CANNOT_END = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM']);
/** Parts of speech inside a noun phrase: a cut between two of them splits a name or a noun phrase. */
const IN_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The text of tokens `[from, to)` with the text's own spacing. */
function span(text: string, tokens: TaggedToken[], from: number, to: number): string {
  return to > from ? text.slice(tokens[from].start, tokens[to - 1].end) : '';
}

/** How many words (runs of tokens with no space between) tokens `[0, to)` make. */
function wordsUpTo(tokens: TaggedToken[], to: number): number {
  let words = 0;
  for (let k = 0; k < to; k++) if (k === 0 || tokens[k].start > tokens[k - 1].end) words++;
  return words;
}

/** Does a headline ending on token `k` end on a word it cannot end on? Quotation marks that close are fine. */
function dangles(tokens: TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (/^["”’)]$/.test(t.text)) return false;
  const word = t.text.toLowerCase();
  return CANNOT_END.has(t.pos) || word === "'s" || word === '’s' || word === COMPLEMENTIZER || CLAUSE_OPENERS.has(word);
}

/**
 * Where to cut `tokens` so the headline holds at most `words` words and `chars` characters:
 * the token count to keep and whether the cut falls inside a phrase (shown by an ellipsis).
 */
function phraseCut(text: string, tokens: TaggedToken[], words: number, chars: number): { keep: number; cut: boolean } {
  let limit = 0;
  while (limit < tokens.length && wordsUpTo(tokens, limit + 1) <= words && tokens[limit].end - tokens[0].start <= chars - 1) limit++;
  if (limit >= tokens.length) return { keep: tokens.length, cut: false };
  // the last clause boundary within the limit that leaves a title of some length
  for (let k = limit; k > 0; k--) {
    // a dash or hyphen is a boundary only with space before it ("gung-ho" is one word); a conjunction
    // right after a verb opens that verb's complement ("trying to establish | if"), not a new clause
    const spaced = tokens[k].start > tokens[k - 1].end;
    const afterVerb = ['VERB', 'AUX', 'PUNCT'].includes(tokens[k - 1].pos);
    const boundary = (BOUNDARY.test(tokens[k].text) && (spaced || !/^-/.test(tokens[k].text))) || (['CCONJ', 'SCONJ'].includes(tokens[k].pos) && !afterVerb && tokens[k].text.toLowerCase() !== COMPLEMENTIZER);
    if (!boundary || wordsUpTo(tokens, k) < MIN_CLAUSE_WORDS) continue;
    let keep = k;
    while (keep > 0 && dangles(tokens, keep - 1)) keep--;
    // "In the first of five new series, | ...": a phrase with no verb is no clause to end on
    const clause = tokens.slice(0, keep).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (clause && wordsUpTo(tokens, keep) >= MIN_CLAUSE_WORDS) return { keep, cut: false };
  }
  let keep = limit;
  // "the steel-and-concrete device" is one word to a reader: a cut never falls inside it
  while (keep > 1 && isJoined(tokens, keep)) keep--;
  // "the trust of the American | people": a cut inside a noun phrase drops the whole phrase
  if (IN_NOUN_PHRASE.has(tokens[keep].pos) && IN_NOUN_PHRASE.has(tokens[keep - 1].pos)) {
    while (keep > 1 && IN_NOUN_PHRASE.has(tokens[keep - 1].pos)) keep--;
  }
  while (keep > 1 && dangles(tokens, keep - 1)) keep--;
  // nothing readable survives the back-off: the plain cut at the limit says more
  if (wordsUpTo(tokens, keep) < 3) keep = limit;
  return { keep, cut: true };
}

/** `text` cut to at most `words` words and TITLE_CHARS characters where a phrase ends, with an ellipsis when cut inside one. */
export function truncateWords(text: string, words: number): string {
  const tidy = text.trim().replace(/\s+/g, ' ');
  const rough = tidy.split(' ');
  if (rough.length <= words && tidy.length <= TITLE_CHARS) return dropTrailingConjunction(tidy);
  // a run of joined tokens: a plain cut, no tagging of a wall of text
  if (rough.some((w) => w.length > TITLE_CHARS / 2)) {
    const head = rough.slice(0, words).join(' ');
    return `${head.slice(0, TITLE_CHARS - 1).trimEnd()}…`;
  }
  // only the words the cut can reach, and one past them, need tagging: the rest is never read
  const reach = rough.slice(0, words + 2).join(' ');
  const tokens = tagDraft(reach).filter((t) => t.pos !== 'SPACE');
  if (tokens.length === 0) return tidy.slice(0, TITLE_CHARS);
  const { keep, cut } = phraseCut(reach, tokens, words, TITLE_CHARS);
  const kept = span(reach, tokens, 0, keep).replace(EDGE_PUNCTUATION, '');
  // a quotation cut open loses its opening mark rather than dangle
  const marks = (kept.match(/["“”]/g) ?? []).length;
  const closed = marks % 2 === 1 ? kept.replace(/["“”]/g, '') : kept;
  return cut ? `${closed}…` : closed;
}

/** A clause that ends on "but" or "because" (its next clause split off): the conjunction goes. */
function dropTrailingConjunction(text: string): string {
  const m = /[\s,;:—–-]+(\p{L}+)$/u.exec(text);
  if (!m) return text;
  const [last] = tagDraft(m[1]);
  return last && (last.pos === 'CCONJ' || last.pos === 'SCONJ') ? text.slice(0, m.index) : text;
}

/** A leading "But"/"And": a headline does not continue the sentence before it. */
function dropLeadingConjunction(text: string): string {
  const m = /^(\p{L}+),?\s+(?=\S)/u.exec(text);
  if (!m) return text;
  const [first] = tagDraft(m[1]);
  return first?.pos === 'CCONJ' ? text.slice(m[0].length) : text;
}

/** A clause as a headline: no edge punctuation or final full stop, tight commas, a capital first letter. */
export function cleanTitle(text: string): string {
  const spaced = text.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1');
  // the closing mark of a quotation opened in an earlier sentence ('tiny," he said') closes nothing here
  const marks = (spaced.match(/["“”]/g) ?? []).length;
  const tidy = (marks % 2 === 1 ? spaced.replace(/[,.;:]*["”]\s*$/, '') : spaced).replace(EDGE_PUNCTUATION, '').replace(/[.]+$/, '');
  return truncateWords(dropLeadingConjunction(tidy), TITLE_WORDS).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** A speaker's own words as a headline: `Name: “the first words”`. */
export function quoteTitle(speaker: string, quote: string): string {
  return `${speaker}: “${truncateWords(quote.replace(/[.,;:]+$/, ''), TITLE_WORDS - 2)}”`;
}

/**
 * Does the headline hold at least one word a reader can read, and a word that says something
 * (not only "But", "He told", "Met him": function words and verbs too common to tell anything)?
 */
export function isReadableTitle(title: string): boolean {
  return WORD.test(title) && happeningWords(title).size > 0;
}

/** Is `word` a finite form of a verb of saying ("said", "adds"), not a participle ("written")? */
export function isSayingForm(word: string): boolean {
  return SAYING_FORMS.has(word.toLowerCase());
}

/** A speaker and a verb of saying with nothing said ("Gamoudi says", "The staff member added"). */
export function isBareSaying(title: string): boolean {
  const words = title.trim().split(/\s+/);
  return words.length <= BARE_SAYING_WORDS && SAYING_FORMS.has(words.at(-1)!.toLowerCase());
}

/** A saying with no one saying it: the draft opens on the verb ("Said the booms had been deployed"). */
export function isSpeakerlessSaying(title: string): boolean {
  return SAYING_FORMS.has(/^\p{L}+/u.exec(title.trim())?.[0].toLowerCase() ?? '');
}

/**
 * The first readable draft, cleaned; null when no draft is readable. Empty drafts are skipped, and
 * a bare saying ("X says") or one with no speaker ("Said the booms ...") gives way to any later
 * draft that says who said what.
 */
export function firstReadableTitle(drafts: (string | null | undefined)[]): string | null {
  const readable = drafts.filter((d): d is string => Boolean(d) && isReadableTitle(d!));
  return readable.find((d) => !isBareSaying(d) && !isSpeakerlessSaying(d)) ?? readable[0] ?? null;
}
