import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu, spansOf } from './conllu.ts';

const SAMPLE = [
  '# sent_id = a',
  '# text = They didn\'t go.',
  '1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_',
  '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '4.1\tgone\tgo\tVERB\tVB\t_\t_\t_\t_\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

test('parseConllu keeps word tokens with UPOS, skips ranges and empty nodes', () => {
  const [s] = parseConllu(SAMPLE);
  assert.equal(s.text, "They didn't go.");
  assert.deepEqual(s.tokens.map((t) => `${t.form}/${t.upos}`), ['They/PRON', 'did/AUX', "n't/PART", 'go/VERB', './PUNCT']);
});

const SPANS: [string, string[], ([number, number] | null)[]][] = [
  ["They didn't go.", ['They', 'did', "n't", 'go', '.'], [[0, 4], [5, 8], [8, 11], [12, 14], [14, 15]]],
  ['a b', ['a', 'x', 'b'], [[0, 1], null, [2, 3]]],
];
for (const [text, forms, expected] of SPANS) {
  test(`spansOf ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, forms), expected));
}
