import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeByLemma, parseCameoDictionary, parseCode } from './parse.ts';

const CODES: [string, string | null][] = [
  ['[190]', '190'],
  ['[041:041]', '041'],
  ['[---]', null],
  ['[ 0831 ]', '0831'],
];
for (const [bracket, code] of CODES) test(`parseCode ${bracket}`, () => assert.equal(parseCode(bracket), code));

const SAMPLE = `####### SYNONYM SETS #######
&MILITARY_
+TROOPS
####### VERB PATTERNS #######
---  KILL   [190]  ---
+SHOOT_DOWN {+SHOOTS_DOWN +SHOT_DOWN } # comment
HANG  {HANGS HANGING HANGED  HUNG }  # SLS 25 Mar 2008
STRANGLE  [180]  # SHAN   8/10/93
- * (DURING ARREST)                                   [175]         # KILL
- EARTHQUAKE *                                        [---]         # KILLED_AND

---  BLAME   [112]  ---
CONDEMN [111]
- * ATTACK                                            [053]         # PREVENT
######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
`;

test('parseCameoDictionary: families, own codes, forms, patterns with the verb they refine', () => {
  const dict = parseCameoDictionary(SAMPLE);
  assert.deepEqual(dict.verbs.map((v) => [v.lemma, v.code, v.family]), [
    ['shoot down', '190', 'KILL'],
    ['hang', '190', 'KILL'],
    ['strangle', '180', 'KILL'],
    ['condemn', '111', 'BLAME'],
  ]);
  assert.deepEqual(dict.verbs[1].forms, ['hangs', 'hanging', 'hanged', 'hung']);
  assert.deepEqual(dict.patterns.map((p) => [p.verb, p.after, p.code]), [
    ['kill', ['during', 'arrest'], '175'],
    ['killed and', [], null],
    ['prevent', ['attack'], '053'],
  ]);
  assert.equal(codeByLemma(dict).get('strangle'), '180');
});

test('parseCameoDictionary: a malformed line names the file and line', () => {
  assert.throws(() => parseCameoDictionary('####### VERB PATTERNS #######\nKILL\n', 'x.txt'), /x\.txt:2: a verb before any/);
  assert.throws(() => parseCameoDictionary('####### VERB PATTERNS #######\n---  A   [010]  ---\n?? what\n', 'x.txt'), /x\.txt:3: "\?\? what" is not a verb line/);
});

test('parseCameoDictionary: a pattern whose comment names an inflected form refines that form\'s lemma', () => {
  const dict = parseCameoDictionary(`####### VERB PATTERNS #######
---  HURL   [---]  ---
THROW {THROWS THROWING THREW THROWN }
- * STONES                                            [182]         # THREW
---  CANCEL   [160]  ---
+CALL_OFF
- * STRIKE                                            [087]         # CALLED_OFF
- * TALKS                                             [160]         # POSTPONED
`);
  assert.deepEqual(dict.patterns.map((p) => [p.verb, p.after, p.code]), [
    ['throw', ['stones'], '182'],
    ['call off', ['strike'], '087'],
    // a form of no verb listed stays as written
    ['postponed', ['talks'], '160'],
  ]);
});
