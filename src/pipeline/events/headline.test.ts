/**
 * Headlines that say who did what, from the linguistic layer's reading of invented sentences:
 * the actor's short name, the verb in headline tense, a short complement; null when the reading
 * cannot carry one (no subject, a modal or negated verb, another actor as subject).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSentence } from '../linguistic/structure.ts';
import { headline, shortComplement, shortName, thirdPerson } from './headline.ts';

test('thirdPerson: a lemma in the headline present', () => {
  const rows: [string, string][] = [
    ['say', 'says'], ['resign', 'resigns'], ['be', 'is'], ['have', 'has'], ['try', 'tries'], ['play', 'plays'],
    ['veto', 'vetoes'], ['go', 'goes'], ['push', 'pushes'], ['reach', 'reaches'], ['fix', 'fixes'], ['miss', 'misses'], ['shut', 'shuts'],
  ];
  for (const [lemma, form] of rows) assert.equal(thirdPerson(lemma), form, lemma);
});

test('shortName: a person by surname, anything else in full', () => {
  const rows: [{ name: string; kind?: string }, string][] = [
    [{ name: 'Ana Ruiz', kind: 'person' }, 'Ruiz'],
    [{ name: 'Martin Luther King Jr.', kind: 'person' }, 'King'],
    [{ name: 'Maria Lopez-Vidal', kind: 'person' }, 'Lopez-Vidal'],
    [{ name: 'United Nations', kind: 'organization' }, 'United Nations'],
    [{ name: 'New Zealand', kind: 'country' }, 'New Zealand'],
    [{ name: 'Harbor Authority' }, 'Harbor Authority'],
  ];
  for (const [actor, short] of rows) assert.equal(shortName(actor), short, actor.name);
});

const person = (name: string, sentence: string, mention: string) => {
  const start = sentence.indexOf(mention);
  return { name, kind: 'person', start, end: start + mention.length };
};

test('headline: who did what, from the sentence structure', () => {
  const rows: [string, ReturnType<typeof person> | null, string | null][] = [
    ['The mayor of Eastport, Ana Ruiz, resigned on Tuesday after a week of protests.', person('Ana Ruiz', 'The mayor of Eastport, Ana Ruiz, resigned on Tuesday after a week of protests.', 'Ana Ruiz'), 'Ruiz resigns on Tuesday'],
    ['Ana Ruiz resigned on Tuesday.', person('Ana Ruiz', 'Ana Ruiz resigned on Tuesday.', 'Ana Ruiz'), 'Ruiz resigns on Tuesday'],
    // a vague count goes with what it counts, and takes the plural
    ['Tens of thousands of people across the region marched on Tuesday.', null, 'Tens of thousands of people march on Tuesday'],
    ['Hundreds of angry farmers blocked the motorway.', null, 'Hundreds of angry farmers block the motorway'],
    // a noun of multitude that is plural only, and an irregular plural read as a name for its capital, take the plural
    ['Riot police fired tear gas at the crowd.', null, 'Riot police fire tear gas at the crowd'],
    ['Children fled the village.', null, 'Children flee the village'],
    // a full stop the tagger kept on the last word goes; an abbreviation's stays
    ['The crowds began to trickle in.', null, 'The crowds begin to trickle in'],
    ['The envoy flew to the U.S.', null, 'The envoy flies to the U.S.'],
    // a name that modifies the subject's head keeps the head: the aides resigned, not the person
    ['Ruiz aides resigned on Tuesday.', person('Ana Ruiz', 'Ruiz aides resigned on Tuesday.', 'Ruiz'), 'Ruiz aides resign on Tuesday'],
    ['The company has shut down its plant in Northvale, citing falling demand.', null, 'The company shuts down its plant in Northvale'],
    ['Tom Berg said the port would reopen next week.', person('Tom Berg', 'Tom Berg said the port would reopen next week.', 'Tom Berg'), 'Berg says the port would reopen next week'],
    ['Tom Berg announced that the harbor authority had approved a new budget for the coming year and the year after.', person('Tom Berg', 'Tom Berg announced that the harbor authority had approved a new budget for the coming year and the year after.', 'Tom Berg'), 'Berg announces the harbor authority had approved a new budget for the coming year'],
    ['Tom Berg will visit the flooded towns on Friday.', person('Tom Berg', 'Tom Berg will visit the flooded towns on Friday.', 'Tom Berg'), 'Berg to visit the flooded towns on Friday'],
    ['Three rebel leaders were arrested in the capital.', null, 'Three rebel leaders arrested in the capital'],
    ['Striking workers blocked the main road, while police watched.', null, 'Striking workers block the main road'],
    ['At dawn, gunmen attacked the depot.', null, 'Gunmen attack the depot'],
    ['Floods destroyed the harvest.', null, 'Floods destroy the harvest'],
    ['Diplomats said the talks would resume.', { name: 'Diplomats', kind: 'group', start: 0, end: 9 } as ReturnType<typeof person>, 'Diplomats say the talks would resume'],
    ['The ministry said on Friday that the border had reopened.', null, 'The ministry says the border had reopened'],
    ['The council welcomed the deal and said it would help.', null, 'The council welcomes the deal'],
    // a reporting verb with only whom it told: nothing said, the other drafts say it
    ['Tom Berg told police, in an interview last week, that he had been away.', person('Tom Berg', 'Tom Berg told police, in an interview last week, that he had been away.', 'Tom Berg'), null],
    // a verb inside the actor's name is a misread name
    ['Flood Forecasting Centre warned of rising rivers.', { name: 'Flood Forecasting Centre', kind: 'organization', start: 0, end: 24 } as ReturnType<typeof person>, null],
    // a modal or a negation: the plain drafts say it better
    ['Tom Berg could resign next month.', person('Tom Berg', 'Tom Berg could resign next month.', 'Tom Berg'), null],
    ['Tom Berg did not attend the meeting.', person('Tom Berg', 'Tom Berg did not attend the meeting.', 'Tom Berg'), null],
    // the event's actor is not the verb's subject
    ['Police arrested Tom Berg on Monday.', person('Tom Berg', 'Police arrested Tom Berg on Monday.', 'Tom Berg'), null],
    // a bare pronoun subject with no actor behind it names nobody
    ['They closed the bridge.', null, null],
  ];
  for (const [sentence, actor, expected] of rows) assert.equal(headline(analyzeSentence(sentence), actor), expected, sentence);
});

test('headline: time expressions leave the complement with the word that leads into them', () => {
  const rows: [string, string[], string][] = [
    ['The council approved the budget on Monday.', ['Monday'], 'The council approves the budget'],
    ['The council approved the budget late Tuesday in a close vote.', ['Tuesday'], 'The council approves the budget in a close vote'],
    ['The council approved the budget this week.', ['this week'], 'The council approves the budget'],
  ];
  for (const [sentence, dates, expected] of rows) {
    const spans = dates.map((d) => ({ start: sentence.indexOf(d), end: sentence.indexOf(d) + d.length }));
    assert.equal(headline(analyzeSentence(sentence), null, 0, sentence.length, spans), expected, sentence);
  }
});

test('headline: the verb must lie in the clause asked for', () => {
  const s = analyzeSentence('Ana Ruiz resigned on Tuesday.');
  assert.equal(headline(s, null, 20, 30), null);
});

test('headline: a run of joined tokens gives no headline', () => {
  const s = analyzeSentence(`${'Theministersaidthetroopswouldmove'.repeat(10)} resigned.`);
  assert.equal(headline(s, null), null);
});

test('headline: a participle left without its date after a noun goes with it', () => {
  const sentence = 'Farmers protested outside the hearings on water rights scheduled for this week.';
  const week = { start: sentence.indexOf('this week'), end: sentence.indexOf('this week') + 9 };
  assert.equal(headline(analyzeSentence(sentence), null, 0, sentence.length, [week]), 'Farmers protest outside the hearings on water rights');
});

test('shortComplement: cut at a word boundary, ending on a content word, quotations closed or unmarked', () => {
  const words = (text: string) => analyzeSentence(`X did ${text}`).tokens.slice(2);
  assert.equal(shortComplement(words('the budget for the port'), 14), 'the budget');
  // a relative pronoun the cut left at the end goes; an object pronoun stays
  assert.equal(shortComplement(words('the old depots that'), 40), 'the old depots');
  assert.equal(shortComplement(words('nothing that could have harmed him'), 60), 'nothing that could have harmed him');
  // a cut leaving a verb without its object shows the cut; a cut inside a verbless last conjunct drops it
  assert.equal(shortComplement(words('exports had accounted for a huge share of the losses'), 22), 'exports had accounted…');
  assert.equal(shortComplement(words('a budget for this year and the year after that'), 36), 'a budget for this year');
  assert.equal(shortComplement(words('a cap for the steel-and-concrete dome to settle'), 40), 'a cap for the steel-and-concrete dome');
  assert.equal(shortComplement(words('"swift and severe consequences" soon'), 32), '"swift and severe consequences"');
  assert.equal(shortComplement(words('"sanctions on exports" now'), 15), 'sanctions');
  // a verb's particle ends it whole: "to step down" (not "to step")
  assert.equal(shortComplement(words('for the governor to step down'), 60), 'for the governor to step down');
  // ... and after "be" it is what is said of the subject
  assert.equal(shortComplement(words('the talks were over'), 60), 'the talks were over');
});

test('headline: a preposition before a time expression goes with it, not the word before it', () => {
  const sentence = 'The mayor said the talks were over on Monday.';
  for (const date of ['on Monday', 'Monday']) {
    const span = { start: sentence.indexOf(date), end: sentence.indexOf(date) + date.length };
    assert.equal(headline(analyzeSentence(sentence), null, 0, sentence.length, [span]), 'The mayor says the talks were over', date);
  }
});

test('headline: a possessive pronoun for a person reads as the person\'s', () => {
  const sentence = 'His bodyguards attacked the crowd on Monday.';
  const his = { name: 'Tomas Brandt', kind: 'person', start: 0, end: 3 };
  assert.equal(headline(analyzeSentence(sentence), his, 0, sentence.length), "Brandt's bodyguards attack the crowd on Monday");
});

test('headline: a verb of saying reads "says X" past adjuncts with no verb of their own, and keeps a relative "that"', () => {
  const far = "The mayor said on Sunday at the council's offices in Lyon, France, that the port would reopen.";
  assert.equal(headline(analyzeSentence(far), null, 0, far.length), 'The mayor says the port would reopen');
  const relative = 'The mayor said the port that was damaged would reopen.';
  assert.equal(headline(analyzeSentence(relative), null, 0, relative.length), 'The mayor says the port that was damaged would reopen');
});

test('headline: a date\'s possessive goes with the date, the preposition before it stays', () => {
  const sentence = "Five people were killed in Monday's attack on the market.";
  const span = { start: sentence.indexOf('Monday'), end: sentence.indexOf('Monday') + 6 };
  assert.equal(headline(analyzeSentence(sentence), null, 0, sentence.length, [span]), 'Five people killed in attack on the market');
});

test('headline: a plural quantifier before a plural name makes the verb plural ("More Americans begin"), not before a mass noun', () => {
  const plural = 'More Americans were leaving the city on Monday.';
  assert.equal(headline(analyzeSentence(plural), null, 0, plural.length), 'More Americans leave the city on Monday');
  const mass = 'More aid arrived on Monday.';
  const monday = { start: mass.indexOf('Monday'), end: mass.indexOf('Monday') + 6 };
  assert.equal(headline(analyzeSentence(mass), null, 0, mass.length, [monday]), 'More aid arrives');
});

test('headline: a people\'s name in -s after an adjective or an article is plural ("ethnic Kurds demonstrate"), a name alone is not', () => {
  const people = 'In the north, ethnic Kurds marched for reform.';
  assert.equal(headline(analyzeSentence(people), null, 0, people.length), 'Ethnic Kurds march for reform');
  const name = 'In the north, Tomas Brandt marched for reform.';
  assert.equal(headline(analyzeSentence(name), null, 0, name.length), 'Tomas Brandt marches for reform');
});

test('headline: a vague count goes on past a possessive to what it counts ("Thousands of Brandt\'s supporters")', () => {
  const text = "Thousands of Brandt's supporters marched in the capital.";
  assert.equal(headline(analyzeSentence(text), null, 0, text.length), "Thousands of Brandt's supporters march in the capital");
});
