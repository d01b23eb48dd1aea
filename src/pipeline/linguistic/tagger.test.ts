import assert from 'node:assert/strict';
import { test } from 'node:test';
import { restoreSilentE, tagText } from './tagger.ts';

const words = (text: string) => tagText(text).map((t) => t.text).join('|');

// Texts in which wink keeps a possessive whole, read before a text where it splits it: what the
// tagger read before must not change how it splits the next text (another article, another thread).
const BEFORE = [
  "The assembly's.",
  "(the assembly's)",
  'the assembly\'s, plan',
  "the assembly's-led talks",
];

test('tagging a text does not depend on the texts tagged before it', () => {
  const probe = "Members rejected the assembly's budget on Friday.";
  const fresh = words(probe);
  assert.match(fresh, /assembly\|'s/, 'a fresh tagger splits the possessive');
  for (const before of BEFORE) {
    tagText(before);
    assert.equal(words(probe), fresh, `after reading ${JSON.stringify(before)}`);
  }
});

test('tagText: "I\'m" is a pronoun and its verb, as wink splits "I\'ve" and "we\'re" (it reads "I\'m" whole, as a name)', () => {
  for (const text of ["I'm sure they left.", 'I’m sure they left.']) {
    const tokens = tagText(text);
    assert.deepEqual(tokens.slice(0, 2).map((t) => `${t.text}/${t.pos}/${t.lemma}`), ['I/PRON/i', `${text[1]}m/AUX/be`]);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

// wink's lemma drops a silent e ("raging" -> "rag"): an undoubled consonant says the verb ends in e, where WordNet has it
test('restoreSilentE: the verb in -e behind an undoubled -ing or -ed', () => {
  const rows: [string, string, string][] = [
    ['raging', 'rag', 'rage'], ['hoped', 'hop', 'hope'], ['ragging', 'rag', 'rag'], ['visited', 'visit', 'visit'], ['opened', 'open', 'open'], ['rising', 'rise', 'rise'],
  ];
  for (const [word, lemma, expected] of rows) assert.equal(restoreSilentE(word, lemma), expected, word);
});
