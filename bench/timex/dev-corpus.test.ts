import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotatedDocument, articleBody, occurrence } from './dev-corpus.ts';

test('occurrence: whole words only, 1-based', () => {
  const text = 'It is known now. Now and now.';
  assert.equal(occurrence(text, 'now', 1), 12);
  assert.equal(occurrence(text, 'now', 2), 25);
  assert.equal(occurrence(text, 'now', 3), -1);
});

test('annotatedDocument: offsets into the listed paragraphs of the body', () => {
  const source = '---\ntitle: t\n---\n\nFirst on Monday.\n\nSecond.\n\nThird on Friday.';
  assert.equal(articleBody(source), 'First on Monday.\n\nSecond.\n\nThird on Friday.');
  const doc = annotatedDocument({ id: 'x/y', dct: '2024-03-13', paragraphs: [0, 2], timexes: [['Friday', 1, 'DATE', '2024-03-08']] }, source);
  assert.equal(doc.text, 'First on Monday.\n\nThird on Friday.');
  assert.deepEqual(doc.timexes.map((t) => doc.text.slice(t.start, t.end)), ['Friday']);
  assert.throws(() => annotatedDocument({ id: 'x/y', dct: '2024-03-13', paragraphs: [1], timexes: [['Friday', 1, 'DATE', '2024-03-08']] }, source), /x\/y: "Friday" occurrence 1/);
});
