import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSentence } from '../../linguistic/structure.ts';
import { codeTrigger, codeVerb } from './classify.ts';
import { typeOfCameo } from './cameo-types.ts';

/** [sentence, verb lemma, CAMEO code] for the sentence's main verb */
const VERBS: [string, string, string | undefined][] = [
  ['Protesters battled police in the capital.', 'battle', '190'],
  ['The ministry imposed sanctions on three banks.', 'impose', '163'],
  ['Gunmen attacked the government palace.', 'attack', '190'],
  ['The envoy visited the capital.', 'visit', '042'],
  ['The minister resigned on Friday.', 'resign', '083'],
  ['Police arrested two men.', 'arrest', '173'],
  // a pattern of the verb refines its code: arresting protesters is repression
  ['Police arrested protesters.', 'arrest', '175'],
  // a pattern's words may have determiners between them in the text: taking to the streets is a protest
  ['Hundreds of teachers took to the streets of the capital.', 'take', '141'],
];
for (const [text, lemma, cameo] of VERBS) {
  test(`codeVerb: ${text}`, () => {
    const s = analyzeSentence(text);
    const coded = codeVerb(s.tokens, s.mainVerb!);
    assert.equal(coded.lemma, lemma);
    assert.equal(coded.cameo, cameo);
  });
}

const TYPES: [string, string | undefined][] = [
  ['190', 'attack'], ['0831', 'other'], ['141', 'protest'], ['145', 'protest'], ['163', 'sanctions'], ['154', 'deployment'], ['016', 'denial'], ['051', 'statement'], ['99', undefined],
];
for (const [code, type] of TYPES) test(`typeOfCameo ${code}`, () => assert.equal(typeOfCameo(code), type));

test('codeTrigger: an agentless happening takes no dictionary code', () => {
  const text = 'The quake killed 40 people.';
  const s = analyzeSentence(text);
  const at = text.indexOf('killed');
  const coded = codeTrigger(s, at, at + 'killed'.length, 0, 'other');
  assert.equal(coded.agentless, true);
  assert.equal(coded.cameo, undefined);
});

test('codeTrigger: a disaster takes no code, though its verb has one', () => {
  const text = 'Floods killed 40 people.';
  const s = analyzeSentence(text);
  const at = text.indexOf('killed');
  assert.equal(codeTrigger(s, at, at + 'killed'.length, 0, 'attack').cameo, '190');
  assert.equal(codeTrigger(s, at, at + 'killed'.length, 0, 'disaster').cameo, undefined);
});

test('codeTrigger: a noun trigger takes its type default unless the verb agrees', () => {
  const text = 'The navy held drills near the strait.';
  const s = analyzeSentence(text);
  const at = text.indexOf('drills');
  assert.deepEqual(codeTrigger(s, at, at + 6, 0, 'exercise'), { cameo: '150', cameoFrom: 'type' });
});
