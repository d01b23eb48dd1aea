import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSentence, MIN_FUNCTION_WORD_SHARE_NARRATED, passiveAgent, readsAsEnglish } from './structure.ts';

/** [sentence, main verb lemma, subject, object, passive, speech verb lemma, speaker] */
const ROWS: [string, string | null, string | null, string | null, boolean, string | null, string | null][] = [
  ['Protesters battled police in the capital on Tuesday.', 'battle', 'Protesters', 'police', false, null, null],
  ['The party headquarters was set ablaze.', 'set', 'The party headquarters', null, true, null, null],
  ['The quake struck before dawn.', 'strike', 'The quake', null, false, null, null],
  ['The army dissolved parliament, the state broadcaster said.', 'dissolve', 'The army', 'parliament', false, 'say', 'the state broadcaster'],
  ['“We will not leave the square until he goes,” said the opposition leader.', 'say', null, 'the opposition leader', false, 'say', 'the opposition leader'],
  ['The ministry denied that troops had fired on the crowd.', 'deny', 'The ministry', null, false, 'deny', 'The ministry'],
  ['When the storm hit, residents fled to higher ground.', 'flee', 'residents', null, false, null, null],
  ['The army chief, General Ruiz, said the curfew would be lifted.', 'say', 'General Ruiz', null, false, 'say', 'General Ruiz'],
  // a participle that modifies a noun is not the clause's verb
  ['Rebels, backed by mortars and trucks, stormed the garrison at dawn.', 'storm', 'Rebels', 'the garrison', false, null, null],
  ['The envoy, named by the council last week, arrived in the capital.', 'arrive', 'The envoy', null, false, null, null],
  ['The rebels, who had crossed the river at night, stormed the garrison at dawn.', 'storm', 'The rebels', 'the garrison', false, null, null],
  // ... and so does a participle's phrase however long, when no verb, conjunction or comma stands in it
  ['Fourteen aid workers held for more than two years by rebels in the east walked free on Friday.', 'walk', 'Fourteen aid workers', null, false, null, null],
  ['The commission investigating the spill in the Gulf of Mexico began hearings on Monday.', 'begin', 'The commission', 'hearings', false, null, null],
  // ... but a verb in -ed after an appositive or a relative clause set off between commas is the subject's
  ['Ana Ruiz, the party leader, added that the union rejects the plan.', 'add', 'Ana Ruiz', null, false, 'add', 'Ana Ruiz'],
  ['The company, which is based in Texas, denied that it knew.', 'deny', 'The company', null, false, 'deny', 'The company'],
  ['The rebels, who hold the town, stormed the airport and killed guards.', 'storm', 'The rebels', 'the airport', false, null, null],
  ['Sailors fired on the skiff and marines boarded the tanker.', 'fire', 'Sailors', null, false, null, null],
  ['Gunmen fired on the convoy, killing four guards.', 'fire', 'Gunmen', null, false, null, null],
  // a clause with no verb: the tagger took the present tense after the subject for a noun
  ['The governor tours the flooded region.', 'tour', 'The governor', 'the flooded region', false, null, null],
  ['Local officials issue a curfew order for the district.', 'issue', 'Local officials', 'a curfew order', false, null, null],
  ['A police patrol in the capital.', null, null, null, false, null, null],
  // ... or for an adjective, before its plural object, and before a participle that modifies the object
  ['Officials close areas affected by the flood.', 'close', 'Officials', 'areas', false, null, null],
  // ... after a noun of multitude, after the head of a subject with a prepositional phrase, and after a plural the
  // tagger took for a name
  ['Thousands of people protest against the new tax.', 'protest', 'Thousands', null, false, null, null],
  ['Crowds across the region protest against the new tax.', 'protest', 'Crowds', null, false, null, null],
  // ... after a counted plural the lemmatizer left whole, and past a verb in a gerund's phrase ("of being spies")
  ['Around 1,000 marines fan across the desert near the border.', 'fan', '1,000 marines', null, false, null, null],
  ['The kidnappers, called the Hand of Justice, release a video accusing the captives of being spies.', 'release', 'The kidnappers', null, false, null, null],
  // a participle between its noun and the clause's finite verb is a reduced relative
  ['Every shell fired makes the truce less likely.', 'make', 'Every shell', 'the truce', false, null, null],
  ['The men detained were released on Monday.', 'release', 'The men', null, true, null, null],
  ['Tanks storm the old town, residents say, after a long siege.', 'storm', 'Tanks', 'the old town', false, null, null],
  ['The police patrol cars in the capital.', null, null, null, false, null, null],
  // ... also when the clause's only verbs cannot head it: an -ing form or a participle before its noun
  ['The kidnappers release a video accusing the hostages of lying.', 'release', 'The kidnappers', null, false, null, null],
  ['The mayor tours the two remaining shelters.', 'tour', 'The mayor', null, false, null, null],
  // a noun the tagger read as an adjective where it heads the subject, before a preposition ("the chief of"):
  // the head; an adjective after a verb, or after the noun it describes, stays one
  ['The chief of the port authority admitted that the crane had failed.', 'admit', 'The chief', null, false, 'admit', 'The chief'],
  ['The senior general in the region ordered a retreat.', 'order', 'The senior general', 'a retreat', false, null, null],
  // every verb may modify a noun: the one that only maybe does heads the clause, not the participle with its agent
  ['A confidential report obtained by the newspaper warned on Monday that trade would slow.', 'warn', 'A confidential report', null, false, 'warn', 'A confidential report'],
  // ... and the -s form before a bare noun, its object
  ['The coast guard sets fire to the abandoned boats.', 'set', 'The coast guard', 'fire', false, null, null],
  ['The company plans to sell its stake.', 'plan', 'The company', null, false, null, null],
  // an adjective the tagger gave a noun's place heads the phrase before the verb
  ['The police chief says that he lost control.', 'say', 'The police chief', null, false, 'say', 'The police chief'],
  ['The chief admits the mistake.', 'admit', 'The chief', 'the mistake', false, 'admit', 'The chief'],
  ['The chief executive resigns.', 'resign', 'The chief executive', null, false, null, null],
  // ... and after a stretch bracketed by commas: an appositive, a prepositional phrase
  ['The governor, Ana Ruiz, escapes an ambush on her convoy.', 'escape', 'Ana Ruiz', 'an ambush', false, null, null],
  // ... but one name after a name between commas is the rest of a place's name ("a city, its state"), no appositive
  ['The mayor of Springfield, Illinois, resigned on Monday.', 'resign', 'The mayor', null, false, null, null],
  ['The firm’s poor record, following the fire at the plant, forces it to withdraw.', 'force', 'The firm’s poor record', 'it', false, null, null],
  // a participle with its agent right after its noun, or the first half of a compound, modifies a noun
  ['Soldiers backed by helicopters storm the northern town.', 'storm', 'Soldiers', 'the northern town', false, null, null],
  ['Boats involved in the effort to seal the blown-out pipe prepare to leave.', 'prepare', null, null, false, null, null],
  // with no verb that heads the clause, its auxiliary does
  ['The damaged bridge is to reopen on Monday.', 'be', 'The damaged bridge', null, false, null, null],
  // an opening absolute phrase ("With ...,") is no main clause
  ['With most of the ballots counted, the Labour party leads by a wide margin.', 'lead', 'the Labour party', null, false, null, null],
  // a verb of saying whose -s form is also a plural noun, tagged as the noun: after a singular subject, the verb
  ['The governor claims that the port is safe.', 'claim', 'The governor', null, false, 'claim', 'The governor'],
  ['The mayor pledges new funds for the port.', 'pledge', 'The mayor', 'new funds', false, 'pledge', 'The mayor'],
  ['The governor’s claims were false.', 'be', 'The governor’s claims', null, false, null, null],
  // ... and any verb's -s form before "that"
  ['A research group estimates that the toll has risen.', 'estimate', 'A research group', null, false, null, null],
  // a relative clause right after its noun, ended by the main clause's verb, modifies the subject
  ['Testimony from five doctors who treated the patient is also disallowed.', 'disallow', 'Testimony', null, true, null, null],
  ['The valve that failed to close the pipe is removed from the site.', 'remove', 'The valve', null, true, null, null],
  ['The nurse who carried out the test said it was routine.', 'say', 'The nurse', null, false, 'say', 'The nurse'],
  ['Rebels attacked troops who guarded the base.', 'attack', 'Rebels', 'troops', false, null, null],
  // the second half of a compound adjective modifies a noun; a noun the tagger read as an adverb after "the old"
  ['A state-owned firm buys the mine.', 'buy', 'firm', 'the mine', false, null, null],
  ['The old well is finally sealed.', 'seal', 'The old well', null, true, null, null],
  ['The doctor officially enters a plea.', 'enter', 'The doctor', 'a plea', false, null, null],
  // a participle before a prepositional phrase, and a prepositional phrase bracketed by commas, modify the subject
  ['A study published in a leading journal finds oil on the seabed.', 'find', 'A study', 'oil', false, null, null],
  ['The attack, outside a police station, involves a truck loaded with explosives.', 'involve', 'The attack', null, false, null, null],
  // a bare form coordinated with an infinitive is one; a participle after an article modifies; a bare form after one is a noun
  ['The envoys offer a new draft in an attempt to reach a deal and avert a crisis.', 'offer', 'The envoys', 'a new draft', false, null, null],
  ['Acme plans to insert a tube into the ruptured 20in pipe that would carry the oil away.', 'plan', 'Acme', null, false, null, null],
  ['The governor rallies voters to the cause of the war.', 'rally', 'The governor', 'voters', false, null, null],
  // a plural name for people before the bare form agrees with it
  ["The country's Shia Muslims seal their victory by winning half of the seats.", 'seal', "The country's Shia Muslims", 'their victory', false, null, null],
  // an -ing form with no auxiliary ("on winning", ", saying") heads no clause, and a participle's own clause is its own
  ['The mayor stakes his career on winning the vote, saying there will be no delay.', 'stake', 'The mayor', 'his career', false, null, null],
  // a past tense before "by" and a means heads the clause; before "by" and an agent it modifies its noun
  ['The minister announced by video link that the dam would be rebuilt.', 'announce', 'The minister', null, false, 'announce', 'The minister'],
  // a surname that is also a verb, after a given name, is a name; the name before a common-noun appositive is the subject
  ['Tomas Welch, a lawyer from Lyon, says the accident was no accident.', 'say', 'Tomas Welch', null, false, 'say', 'Tomas Welch'],
  // an -s form opening a clause before a past tense is its plural subject, not a verb
  ['When rebels took the town, the army fled to the coast.', 'flee', 'the army', null, false, null, null],
  // a verb in a comparison's clause ("as once thought") heads nothing
  ['Twice as much water as once thought could be leaking from the dam.', 'leak', null, null, false, null, null],
  // "than" compares a quantity: the subject is the counted noun
  ['More than 300 miners died in the flooded pit.', 'die', '300 miners', null, false, null, null],
];

for (const [text, verb, subject, object, passive, speechVerb, speaker] of ROWS) {
  test(`analyzeSentence: ${text}`, () => {
    const s = analyzeSentence(text);
    assert.equal(s.mainVerb === null ? null : s.tokens[s.mainVerb].lemma, verb, 'main verb');
    assert.equal(s.subject?.text ?? null, subject, 'subject');
    assert.equal(s.object?.text ?? null, object, 'object');
    assert.equal(s.passive, passive, 'passive');
    assert.equal(s.speech?.lemma ?? null, speechVerb, 'speech verb');
    assert.equal(s.speech?.speaker?.text ?? null, speaker, 'speaker');
  });
}

test('analyzeSentence: offsets of tokens and noun phrases point into the sentence', () => {
  const text = 'Russia’s foreign ministry summoned the U.S. ambassador.';
  const s = analyzeSentence(text);
  for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(s.nounPhrases.map((np) => np.text), ['Russia’s foreign ministry', 'the U.S. ambassador']);
});

const ENGLISH: [string, boolean][] = [
  ['Protesters battled police in the capital on Tuesday.', true],
  ['Talks collapsed.', true],
  ['Der Minister sagte am Montag, dass die Truppen verlegt würden.', false],
  ['Le ministre a annoncé lundi que les troupes seraient déployées.', false],
];
for (const [text, english] of ENGLISH) test(`analyzeSentence: reads as English? ${text}`, () => assert.equal(analyzeSentence(text).english, english));

test('readsAsEnglish: a telegraphic heading passes the narrated threshold, another language does not', () => {
  const heading = analyzeSentence('Gunmen grab deputy mayor of northern city in dawn raid Police chief resigns');
  assert.equal(heading.english, false);
  assert.equal(readsAsEnglish(heading.tokens, MIN_FUNCTION_WORD_SHARE_NARRATED), true);
  assert.equal(readsAsEnglish(analyzeSentence('Der Minister sagte am Montag, dass die Truppen verlegt würden.').tokens, MIN_FUNCTION_WORD_SHARE_NARRATED), false);
});

const HEAD_TAGS: [string, string, string][] = [
  ['The chief of the port authority resigned.', 'chief', 'NOUN'],
  ['The situation was calm in the city.', 'calm', 'ADJ'],
  ['The people responsible for the fire were arrested.', 'responsible', 'ADJ'],
  // a word WordNet knows only as an adverb, right after a verb, is the verb's adverb (wink reads "ashore" as a noun there)
  ['The crude oil washed ashore near the port.', 'ashore', 'ADV'],
  // the first word of a WordNet noun compound after a verb is a noun ("fired tear gas"), a verb's bare form after "helped" stays a verb
  ['Riot police fired tear gas at the crowd.', 'tear', 'NOUN'],
  ['Volunteers helped build the shelters.', 'build', 'VERB'],
];
for (const [text, word, pos] of HEAD_TAGS) {
  test(`analyzeSentence: "${word}" in "${text}" is ${pos}`, () => assert.equal(analyzeSentence(text).tokens.find((t) => t.text === word)?.pos, pos));
}

test('a participle after its noun with an agent after "by" (over a coordination) modifies the noun: the verb after it heads the clause', () => {
  for (const text of ['Infantry backed by aircraft and tanks enter the town.', 'Soldiers backed by the army stormed the town.']) {
    const s = analyzeSentence(text);
    assert.equal(s.mainVerb === null ? null : s.tokens[s.mainVerb].lemma, text.includes('enter') ? 'enter' : 'storm', text);
  }
});

test('an -s form opening a clause before a past tense is a plural noun ("When rebels took")', () => {
  const s = analyzeSentence('When rebels took the town, the army fled to the coast.');
  assert.equal(s.tokens[1].pos, 'NOUN');
});

test('passiveAgent: the noun phrase after "by" of a passive main verb, none for an active verb or no "by"', () => {
  const rows: [string, string | undefined][] = [
    ['The credit rating was slashed by Fitch on Tuesday.', 'Fitch'],
    ['The port town was battered overnight by a cyclone.', 'a cyclone'],
    ['The headquarters was set ablaze on Tuesday.', undefined],
    ['Fitch slashed the rating by two notches.', undefined],
  ];
  for (const [sentence, agent] of rows) {
    const s = analyzeSentence(sentence);
    const np = passiveAgent(s, s.mainVerb!);
    assert.equal(np?.text, agent, sentence);
  }
});

test('nounPhrases: a hyphen with no space around it joins words inside a noun phrase', () => {
  const rows: [string, string[]][] = [
    ['The protests against the 68-year-old leader began on Monday.', ['The protests', 'the 68-year-old leader', 'Monday']],
    ['Pro-government crowds gathered on Monday.', ['Pro-government crowds', 'Monday']],
  ];
  for (const [sentence, phrases] of rows) assert.deepEqual(analyzeSentence(sentence).nounPhrases.map((np) => np.text), phrases, sentence);
  // a spaced dash is no hyphen: it sets words apart
  const spaced = analyzeSentence('The rebels - about 300 fighters - left the town.').nounPhrases.map((np) => np.text);
  assert.ok(spaced.every((np) => !np.includes(' - ')), JSON.stringify(spaced));
});

test('clauseSubject: the head of a subject whose prepositional phrase holds a hyphenated modifier', () => {
  const s = analyzeSentence('The protests against the 68-year-old leader began on Monday.');
  assert.equal(s.subject?.text, 'The protests');
});
