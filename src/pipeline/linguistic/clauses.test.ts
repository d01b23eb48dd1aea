import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapClauses } from './clauses.ts';
import { findQuotations, maskSpeech } from './quotations.ts';

test('findQuotations: speech versus scare quotes', () => {
  const rows: [string, [string, boolean][]][] = [
    ['"We stand united," he said.', [['We stand united', true]]],
    ['"The current situation demands that we reinforce," Kirby said.', [['The current situation demands that we reinforce', true]]],
    ['She called it "imminent" twice.', [['imminent', false]]],
    ['He warned of “swift and severe consequences” for Moscow.', [['swift and severe consequences', false]]],
    ['He said: “I used that once. We stopped.”', [['I used that once. We stopped.', true]]],
    ['No quotes here.', []],
    ['‘We don’t know yet what they want,’ the minister said.', [['We don’t know yet what they want', true]]],
    ['Officials called it ‘a provocation’ on Monday.', [['a provocation', false]]],
    ['The country’s army didn’t move.', []],
    // a quotation over several sentences: a closing mark with no opening one quotes the sentence up to it,
    // an opening mark that nothing closes quotes the rest
    ['We will rebuild the school by spring." The mayor left.', [['We will rebuild the school by spring.', true]]],
    ['She said: "The roads are closed and the bridge is gone.', [['The roads are closed and the bridge is gone.', true]]],
    ['Then the water rose. ” The mayor left.', [['Then the water rose.', true]]],
    ['He asked: “Who will pay for the new bridge', [['Who will pay for the new bridge', true]]],
    // inches are no quotation mark
    ['The 12" pipe burst.', []],
  ];
  for (const [text, expected] of rows) {
    assert.deepEqual(findQuotations(text).map((q) => [q.text, q.speech]), expected, text);
  }
});

test('maskSpeech keeps offsets and blanks speech only', () => {
  const text = 'He said "we will not move troops anywhere today" and called it "imminent".';
  const masked = maskSpeech(text, findQuotations(text));
  assert.equal(masked.length, text.length);
  assert.ok(!masked.includes('troops'));
  assert.ok(masked.includes('"imminent"'));
});

test('mapClauses: subordinate and coordinate clauses', () => {
  const sub = (text: string) => mapClauses(text).subordinate.map((s) => text.slice(s.start, s.end).trim());
  assert.deepEqual(sub('Austin put troops on alert, as Biden weighed options, while Putin threatened incursion.'), [', as Biden weighed options, while Putin threatened incursion.']);
  assert.deepEqual(sub('That was the justification Russia used when it annexed Crimea in 2014.'), ['when it annexed Crimea in 2014.']);
  assert.deepEqual(sub('Psaki said the plans are ready if Moscow invades Ukraine.'), ['if Moscow invades Ukraine.']);
  assert.deepEqual(sub('Kirby said the troops that Austin put on standby are not deployed.'), ['that Austin put on standby are not deployed.']);
  assert.deepEqual(sub('The Pentagon announced that Russia would withdraw.'), []);
  assert.deepEqual(sub('The agency said on Friday that North Korean hackers broke in.'), []);
  assert.deepEqual(sub('The collision happened shortly after dawn yesterday near the shoal.'), []);
  assert.deepEqual(sub("And despite the White House's shift in messaging, the Pentagon announced more troops."), ["despite the White House's shift in messaging,"]);
  // an opening absolute phrase; a prepositional phrase bracketed by commas, after which the clause resumes
  assert.deepEqual(sub('With the votes counted, the ruling party leads.'), ['With the votes counted,']);
  assert.deepEqual(sub('The firm, following the fire at its plant, closes the site.'), [', following the fire at its plant,']);
  assert.deepEqual(sub('Rebels shelled the town, including the market and the school.'), [', including the market and the school.']);
  assert.deepEqual(sub('Manila will protest after a Chinese vessel rammed its boat.'), ['after a Chinese vessel rammed its boat.']);
  const text = 'Officials last week called it imminent, but on Tuesday, the ambassador said she would not.';
  const { mainStarts } = mapClauses(text);
  assert.deepEqual(mainStarts.map((s) => text.slice(s, s + 10)), ['Officials ', 'on Tuesday']);
});

test('mapClauses: a trailing attribution stays in the main clause', () => {
  const rows: [string, string | null][] = [
    ['The U.S. will deploy 3,000 troops amid the crisis between Russia and Ukraine, the Pentagon said Wednesday.', ' the Pentagon said Wednesday.'],
    ['Talks will resume in Geneva, said Foreign Minister Ana Ruiz.', ' said Foreign Minister Ana Ruiz.'],
    ['Kirby said the Pentagon is ready, and more may come.', null],
    ['On Monday, Foreign Minister Ana Ruiz warned that the ceasefire could collapse.', null],
    ['The talks failed, officials said in a statement on Friday.', ' officials said in a statement on Friday.'],
    ['More than 120 aftershocks have been recorded, according to the Kandilli Observatory.', ' according to the Kandilli Observatory.'],
    ['The drills will begin on Tuesday, officials said, brushing aside threats from the North.', ' officials said, brushing aside threats from the North.'],
    // after the closing mark of a quotation opened in an earlier sentence; a speaker quoted by the press
    ['The oil that we put into it is tiny," the chief executive said.', '" the chief executive said.'],
    ['The oil that we put into it is tiny, the chief executive was quoted as saying in a newspaper.', ' the chief executive was quoted as saying in a newspaper.'],
  ];
  for (const [text, expected] of rows) {
    const { attribution, subordinate } = mapClauses(text);
    assert.equal(attribution ? text.slice(attribution.start, attribution.end) : null, expected, text);
    if (attribution) assert.ok(subordinate.every((s) => s.end <= attribution.start || s.start > attribution.start), text);
  }
});

test('mapClauses: an appositive relative clause is bracketed by commas', () => {
  const text = 'Interior Minister Selim Aydin, who flew to Bursa yesterday, said six people had been killed.';
  const { subordinate, mainStarts } = mapClauses(text);
  assert.deepEqual(subordinate.map((s) => text.slice(s.start, s.end)), [', who flew to Bursa yesterday,']);
  assert.deepEqual(mainStarts, [0]);
});

test('mapClauses: ", and the two will" starts a main clause; ", and said" does not', () => {
  const text = 'Lindqvist spoke by phone on Monday with Benn, and the two will meet on Friday.';
  assert.deepEqual(mapClauses(text).mainStarts.map((s) => text.slice(s, s + 7)), ['Lindqvi', 'the two']);
  assert.deepEqual(mapClauses('She spoke on Monday, and said more on Friday.').mainStarts, [0]);
});

test('mapClauses: ", and" before a new subject starts a main clause', () => {
  const text = 'Greece offered rescue teams yesterday, and the European Union said it stood ready.';
  const { mainStarts } = mapClauses(text);
  assert.deepEqual(mainStarts.map((s) => text.slice(s, s + 7)), ['Greece ', 'the Eur']);
});

test('mapClauses: a participle after the attribution is subordinate', () => {
  const text = 'The drills will begin on Tuesday, officials said, brushing aside threats after Seoul accused Pyongyang.';
  const { subordinate, attribution } = mapClauses(text);
  assert.ok(attribution);
  assert.deepEqual(subordinate.map((s) => text.slice(s.start, s.end)), [', brushing aside threats after Seoul accused Pyongyang.']);
});
