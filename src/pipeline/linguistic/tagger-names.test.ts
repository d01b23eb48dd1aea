import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagText } from './tagger.ts';

test('tagText: a name that reads like a contraction ("Cant") is tagged, not a crash', () => {
  const tokens = tagText('Floella Benjamin, Brian Cant, and Johnny Ball.');
  assert.ok(tokens.every((t) => typeof t.lemma === 'string'));
  assert.ok(tokens.some((t) => /^ca/i.test(t.text)));
});
