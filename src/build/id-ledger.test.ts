import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ledgerText, ledgerUpdate, parseLedger } from './id-ledger.ts';
import { ContentError } from './read-content.ts';

const F = 'content/ids.json';

test('id ledger: the same ledger gives the same bytes, ids sorted', () => {
  const text = ledgerText({ 'b-id': ['x#2/speech'], 'a-id': ['x#1/alert', 'y#4/alert'] });
  assert.equal(text, '{\n  "a-id": [\n    "x#1/alert",\n    "y#4/alert"\n  ],\n  "b-id": [\n    "x#2/speech"\n  ]\n}\n');
  assert.deepEqual(parseLedger(text), { 'a-id': ['x#1/alert', 'y#4/alert'], 'b-id': ['x#2/speech'] });
  assert.equal(ledgerUpdate('/r', parseLedger(text), parseLedger(text)).file, null, 'nothing new, nothing written');
  const update = ledgerUpdate('/r', parseLedger(text), { ...parseLedger(text), 'c-id': ['z#0/meeting'] });
  assert.equal(update.added, 1);
  assert.equal(update.file?.path, '/r/content/ids.json');
});

test('id ledger: a broken file is an error naming the file and line, and what to do', () => {
  const rows: [string, RegExp][] = [
    ['{\n  "a-id": [\n    "x#1/alert",\n  ]\n}\n', /^content\/ids\.json:4: not valid JSON \(.*\): restore it from version control \(git checkout content\/ids\.json\)/],
    ['{\n  "a-id": ["x#1/alert"],\n  "Bad Id": ["x#2/alert"]\n}\n', /^content\/ids\.json:3: Bad Id: not an id \(lower-case letters, digits and hyphens\): restore the file/],
    ['{\n  "a-id": ["x#1/alert"],\n  "b-id": ["no key"]\n}\n', /^content\/ids\.json:3: b-id: a source key "article-id#sentence-index\/kind"/],
    ['{\n  "a-id": []\n}\n', /^content\/ids\.json:2: a-id: /],
  ];
  for (const [text, expected] of rows) {
    assert.throws(() => parseLedger(text, F), (e: unknown) => e instanceof ContentError && e.problems.some((p) => expected.test(p)), text);
  }
});
