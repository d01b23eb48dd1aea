import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhoenixAgents, regularPlural } from './parse-agents.ts';

const SAMPLE = `# comment
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON

PROTESTER [~OPP]
POLICE {} [~COP]
POLICE!PERSON!  [~COP]
RESIDENT_OF_THE_CAPITAL {RESIDENTS_OF_THE_CAPITAL} [~CVL]
# DEALER [~CRM]
`;

test('parsePhoenixAgents: codes, multi-word nouns, plurals and substitution sets', () => {
  const { agents, skipped } = parsePhoenixAgents(SAMPLE);
  assert.deepEqual(skipped, []);
  assert.deepEqual(agents.map((a) => [a.noun, a.code]), [
    ['protester', 'OPP'], ['police', 'COP'],
    ['policeman', 'COP'], ['policemen', 'COP'], ['policewoman', 'COP'], ['policewomen', 'COP'], ['policeperson', 'COP'],
    ['resident of the capital', 'CVL'],
  ]);
  assert.deepEqual(agents.at(-1)!.plurals, ['residents of the capital']);
});

test('parsePhoenixAgents: a malformed line is skipped with its file and line', () => {
  const { agents, skipped } = parsePhoenixAgents('PROTESTER OPP\nREBEL [~REB]\n', 'a.txt');
  assert.deepEqual(agents.map((a) => a.noun), ['rebel']);
  assert.deepEqual(skipped, ['a.txt:1: "PROTESTER OPP" is not an agent line (NOUN {PLURALS} [~CODE])']);
});

const PLURALS: [string, string][] = [['protester', 'protesters'], ['policeman', 'policemen'], ['witness', 'witnesses'], ['militia', 'militias'], ['deputy', 'deputies']];
for (const [noun, plural] of PLURALS) test(`regularPlural ${noun}`, () => assert.equal(regularPlural(noun), plural));
