import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTRIBUTION_FORMS, NOUN_S_SPEECH_FORMS, SPEECH_CUE_FORMS, speechActForms, verbForms } from './speech-verbs.ts';

const FORMS: [string, string, string[], string][] = [
  ['say', 'says', ['said'], 'saying'],
  ['deny', 'denies', ['denied'], 'denying'],
  ['announce', 'announces', ['announced'], 'announcing'],
  ['stress', 'stresses', ['stressed'], 'stressing'],
  ['slam', 'slams', ['slammed'], 'slamming'],
  ['write', 'writes', ['wrote', 'written'], 'writing'],
  ['testify', 'testifies', ['testified'], 'testifying'],
  ['agree', 'agrees', ['agreed'], 'agreeing'],
  ['play', 'plays', ['played'], 'playing'],
];
for (const [lemma, s, past, ing] of FORMS) {
  test(`verbForms ${lemma}`, () => assert.deepEqual(verbForms(lemma), { lemma, s, past, ing }));
}

test('speech acts, attributions and cues come from the one table', () => {
  assert.ok(speechActForms('denial').includes('denied'));
  assert.ok(speechActForms('warning').includes('threatened'));
  assert.ok(!speechActForms('statement').includes('warned'));
  assert.ok(ATTRIBUTION_FORMS.includes('said') && ATTRIBUTION_FORMS.includes('adds'));
  assert.ok(SPEECH_CUE_FORMS.has('told') && SPEECH_CUE_FORMS.has('says'));
  // "the United States": a plural noun is never read as "... states" after a name
  assert.ok(!SPEECH_CUE_FORMS.has('states'));
  // ... and the -s forms left out are kept apart, for the tagger's verb reading alone
  assert.ok(NOUN_S_SPEECH_FORMS.has('claims') && NOUN_S_SPEECH_FORMS.has('pledges') && !NOUN_S_SPEECH_FORMS.has('says'));
  assert.ok(!speechActForms('statement').includes('claims'));
});
