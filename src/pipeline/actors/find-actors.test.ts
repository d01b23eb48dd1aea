import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, ActorPin } from '../../schema/actor.ts';
import { actorSchema } from '../../schema/actor.ts';
import { findActors } from './index.ts';
import { sentencesOf } from './test-helpers.ts';

const actorsOf = (texts: string[], pins: ActorPin[] = []) => findActors(sentencesOf(texts), pins);
const byId = (actors: Actor[], id: string) => actors.find((a) => a.id === id);

// [sentence, id, role, affiliation]: a title before a name gives the role, a country,
// nationality or organization before the title gives the affiliation.
const TITLED: [string, string, string | null, string | null][] = [
  ['President Joe Biden said on Tuesday that talks would continue.', 'joe-biden', 'president', null],
  ['Russian President Vladimir Putin met his security council.', 'vladimir-putin', 'president', 'russia'],
  ['U.S. Ambassador to the United Nations Linda Thomas-Greenfield spoke first.', 'linda-thomas-greenfield', 'ambassador to the United Nations', 'united-states'],
  ['Chairman of the Joint Chiefs of Staff Gen. Mark Milley testified.', 'mark-milley', 'chairman of the Joint Chiefs of Staff', 'joint-chiefs-of-staff'],
  ['Kremlin spokesman Dmitry Peskov told reporters the talks were over.', 'dmitry-peskov', 'spokesman', 'kremlin'],
  ['German Chancellor Olaf Scholz arrived in Washington.', 'olaf-scholz', 'chancellor', 'germany'],
  ['Prime Minister Boris Johnson resigned.', 'boris-johnson', 'prime minister', null],
  // a person the Phoenix dictionaries name takes their id (named-persons.ts), whatever the spelling
  ['Foreign Minister Sergei Lavrov said the West was to blame.', 'sergey-lavrov', 'foreign minister', null],
  ['Secretary of State Antony Blinken flew to Kyiv.', 'antony-blinken', 'secretary of state', null],
  ['French President Emmanuel Macron called the Kremlin.', 'emmanuel-macron', 'president', 'france'],
  ['Sen. Lindsey Graham criticized the plan.', 'lindsey-graham', 'senator', null],
  ['Israeli Prime Minister Naftali Bennett visited Moscow.', 'naftali-bennett', 'prime minister', 'israel'],
  ['NATO Secretary-General Jens Stoltenberg warned of an attack.', 'jens-stoltenberg', 'secretary-general', 'nato'],
  ["Ukraine's Foreign Minister Dmytro Kuleba said Kyiv would not yield.", 'dmytro-kuleba', 'foreign minister', 'ukraine'],
  ['White House press secretary Jen Psaki announced sanctions.', 'jen-psaki', 'press secretary', 'white-house'],
  ['Chinese Foreign Ministry spokesman Zhao Lijian said Beijing objected.', 'zhao-lijian', 'spokesman', 'chinese-foreign-ministry'],
  ['Lt. Gen. James Dickinson leads the command.', 'james-dickinson', 'lieutenant general', null],
  ['Defense Secretary Lloyd Austin put 8,500 troops on alert.', 'lloyd-austin', 'defense secretary', null],
  ['Speaking later, Gov. Gavin Newsom signed the bill.', 'gavin-newsom', 'governor', null],
  ['Pentagon press secretary John Kirby, during a briefing, said the U.S. was ready.', 'john-kirby', 'press secretary', 'pentagon'],
  ['Mr. Putin rejected the offer.', 'vladimir-putin', null, null],
  ['Philippine Defense Secretary Arturo Delos Santos said the patrols would go on.', 'arturo-delos-santos', 'defense secretary', 'philippines'],
  ['Queen Elizabeth opened Parliament.', 'elizabeth', 'queen', null],
  ['European Commission President Ursula von der Leyen announced the package.', 'ursula-von-der-leyen', 'president', 'european-commission'],
  ['WHO Director-General Tedros Adhanom Ghebreyesus declared an emergency.', 'tedros-adhanom-ghebreyesus', 'director-general', 'world-health-organization'],
  ['Saudi Crown Prince Mohammed bin Salman met the envoy.', 'mohammed-bin-salman', 'crown prince', 'saudi-arabia'],
  ['North Korean leader Kim Jong Un oversaw the launch.', 'kim-jong-un', 'leader', 'north-korea'],
  ['Fed Chair Jerome Powell told reporters rates would rise.', 'jerome-powell', 'chair', 'federal-reserve'],
  ['Former President Donald Trump held a rally.', 'donald-trump', 'former president', null],
  ['Shadow chancellor Rachel Reeves said the government had failed.', 'rachel-reeves', 'shadow chancellor', null],
  ['White House Chief of Staff Jeff Zients met union leaders.', 'jeff-zients', 'chief of staff', 'white-house'],
  ['Senate Majority Leader Chuck Schumer spoke.', 'chuck-schumer', 'majority leader', 'senate'],
  ['She was joined by Justices Elena Kagan and Ketanji Brown Jackson.', 'ketanji-brown-jackson', 'justice', null],
  ['Presidents Biden and Macron met in Paris.', 'macron', 'president', null],
];

test('a title before a name gives the role and the affiliation', () => {
  for (const [text, id, role, affiliation] of TITLED) {
    const { actors } = actorsOf([text]);
    const a = byId(actors, id);
    assert.ok(a, `${text}: no actor ${id} in ${actors.map((x) => x.id).join(', ')}`);
    assert.equal(a.kind, 'person', text);
    assert.equal(a.role, role, text);
    assert.equal(a.affiliation, affiliation, text);
    if (affiliation) assert.ok(byId(actors, affiliation), `${text}: affiliation ${affiliation} is an actor`);
  }
});

// Sentences with no person in them: places, months, sentence-initial words, units, events.
const NO_PERSON: string[] = [
  'The troops are based in Fort Bragg, North Carolina.',
  'But the plan was rejected on Monday.',
  'Last week, officials met in Eastern Europe.',
  'The Cold War ended in 1991.',
  'Naval activity grew in the Mediterranean and North Atlantic.',
  'The 82nd Airborne Division and 18th Airborne Corps will deploy.',
  'Under Article Five, an attack on one is an attack on all.',
  'Russia illegally annexed the Crimea region of Ukraine in 2014.',
  'When asked, officials in Washington declined to comment.',
  'A commentary carried by the official Korean Central News Agency called it a lie.',
  'A supply boat was hit near Sabina Shoal in the South China Sea.',
  'Also on Monday, the State Department ordered families to leave.',
  'Overnight, the governor of the province ordered an evacuation.',
  'Neighbors said the neighbors had left.',
  'National Statistics said inflation fell.',
  'There are already approximately 900 U.S. troops in Romania.',
  // a name after a place preposition is where the speaker is, though a verb of saying follows
  'A rebel spokesman in Zintan, told reporters the road was open.',
];

test('a bare name that speaks is a person after a sentence-opening function word too, not after a capitalized word', () => {
  for (const text of ['But Hafez Mirazi said the talks would go on.', 'Hafez Mirazi said the talks would go on.']) {
    assert.deepEqual(actorsOf([text]).actors.filter((a) => a.kind === 'person').map((p) => p.id), ['hafez-mirazi'], text);
  }
});

test('places, dates and ordinary capitalized words are no people', () => {
  for (const text of NO_PERSON) {
    const people = actorsOf([text]).actors.filter((a) => a.kind === 'person');
    assert.deepEqual(people.map((p) => p.id), [], text);
  }
});

// [sentence, id, kind, affiliation]
const ORGANIZATIONS: [string, string, string, string | null][] = [
  ['The Pentagon said Wednesday it would send more troops.', 'pentagon', 'organization', 'united-states'],
  ['The Department of Defense announced the move.', 'pentagon', 'organization', 'united-states'],
  ["Monday's meeting of the U.N. Security Council was tense.", 'united-nations-security-council', 'organization', 'united-nations'],
  ['The European Union imposed new sanctions.', 'european-union', 'organization', null],
  ['The Pacific Geological Survey measured the quake.', 'pacific-geological-survey', 'organization', null],
  ['The Kremlin denied any plan to invade.', 'kremlin', 'organization', 'russia'],
  ['The Russian Defense Ministry said the drills were over.', 'russian-defense-ministry', 'organization', 'russia'],
  ["Ukraine's Ministry of Defense said two drones were shot down.", 'ukrainian-ministry-of-defense', 'organization', 'ukraine'],
  ["China's coast guard fired water cannon.", 'chinese-coast-guard', 'organization', 'china'],
  ['The Chinese coast guard fired water cannon.', 'chinese-coast-guard', 'organization', 'china'],
  ['IAEA inspectors arrived at the plant.', 'iaea', 'organization', 'united-nations'],
  ['Hamas fired rockets overnight.', 'hamas', 'organization', null],
  ['The Biden administration has prepared sanctions.', 'biden-administration', 'organization', 'united-states'],
  ['Acme Corp. said profits fell.', 'acme-corp', 'organization', null],
  ['The Disaster and Emergency Management Authority said 40 people died.', 'disaster-and-emergency-management-authority', 'organization', null],
  ["North Korea's Lazarus Group was blamed for the hack.", 'lazarus-group', 'organization', 'north-korea'],
  ['U.S. Forces Korea said the drills would begin.', 'us-forces-korea', 'organization', 'united-states'],
  ['Soldiers of the U.S. 82nd Airborne Division landed.', '82nd-airborne-division', 'organization', 'us-military'],
  ['The Russian 1st Guards Tank Army moved west.', '1st-guards-tank-army', 'organization', 'russia'],
  ['The Taliban took Kabul.', 'taliban', 'organization', null],
  ['The Office for National Statistics said inflation fell.', 'office-for-national-statistics', 'organization', null],
  ['The Armed Forces of the Philippines said the ship was damaged.', 'armed-forces-of-the-philippines', 'organization', 'philippines'],
  ['The Permanent Court of Arbitration ruled in 2016.', 'permanent-court-of-arbitration', 'organization', null],
  ['The International Organization for Migration chartered a boat.', 'international-organization-for-migration', 'organization', null],
  ['Some 40 Chinese maritime militia vessels gathered.', 'chinese-maritime-militia', 'organization', 'china'],
];

test('organizations: a lexicon of well-known ones and patterns for the rest', () => {
  for (const [text, id, kind, affiliation] of ORGANIZATIONS) {
    const { actors } = actorsOf([text]);
    const a = byId(actors, id);
    assert.ok(a, `${text}: no actor ${id} in ${actors.map((x) => x.id).join(', ')}`);
    assert.equal(a.kind, kind, text);
    assert.equal(a.affiliation, affiliation, text);
  }
});

// [sentence, id, via]: names, aliases, capitals used for governments, nationalities, groups.
const COUNTRIES: [string, string | null, string][] = [
  ['The U.S. will send more troops.', 'united-states', 'country'],
  ['America and Britain agreed on the plan.', 'united-kingdom', 'country'],
  ['Washington said it would respond.', 'united-states', 'country'],
  ['Hysteria promoted by Washington spread.', 'united-states', 'country'],
  ['Moscow denied the claims.', 'russia', 'country'],
  ['Beijing warned Taipei against the visit.', 'china', 'country'],
  ['Kiev said the talks failed.', 'ukraine', 'country'],
  ['Manila summoned the Chinese ambassador.', 'philippines', 'country'],
  ['The world fears a Russian invasion.', 'russia', 'demonym'],
  ['Russian officials said NATO must promise not to expand.', 'russian-officials', 'demonym'],
  ['U.S. officials said the talks had failed.', 'us-officials', 'country'],
  ['Western officials said the buildup continued.', 'western-officials', 'demonym'],
  ['Top Pentagon officials said the buildup was the largest since the Cold War.', 'pentagon', 'organization'],
  ['Some 8,500 U.S. troops were put on alert.', 'us-military', 'country'],
  ['The deployment of Russian troops has occurred before.', 'russian-military', 'demonym'],
  ['The Ukrainian government asked for help.', 'ukraine', 'demonym'],
  ['Russia-Ukraine talks stalled.', 'ukraine', 'country'],
  ['North Korean hackers stole the designs.', 'north-korean-hackers', 'demonym'],
];

test('countries by name, alias, capital, nationality, and the groups they name', () => {
  for (const [text, id, via] of COUNTRIES) {
    const { mentions } = actorsOf([text]);
    assert.ok(mentions.some((m) => m.actor === id && m.via === via), `${text}: ${JSON.stringify(mentions.map((m) => [m.text, m.actor, m.via]))}`);
  }
});

test('groups carry the country they belong to', () => {
  const { actors } = actorsOf(['Russian officials said NATO must promise not to expand.']);
  assert.deepEqual(byId(actors, 'russian-officials'), { id: 'russian-officials', name: 'Russian officials', kind: 'group', aliases: [], role: null, affiliation: 'russia' });
  assert.ok(byId(actors, 'russia'));
});

// A capital where something happens is a place, not an actor.
const CAPITAL_AS_PLACE: string[] = [
  'The meeting took place in Washington.',
  'Talks were held in Moscow on Friday.',
  'Troops flew to Kyiv, Ukraine, last week.',
];

test('a capital after a locative word is a place, not its government', () => {
  for (const text of CAPITAL_AS_PLACE) {
    const { mentions } = actorsOf([text]);
    assert.ok(!mentions.some((m) => ['Washington', 'Moscow', 'Kyiv'].includes(m.text)), `${text}: ${JSON.stringify(mentions)}`);
  }
});

// [sentences, mention text, occurrence, actor id, via]: later mentions resolve to the person named before.
const COREFERENCE: [string[], string, number, string, string][] = [
  [['Pentagon press secretary John Kirby spoke Wednesday.', '"We are ready," Kirby said.'], 'Kirby', 0, 'john-kirby', 'surname'],
  [['Pentagon press secretary John Kirby spoke Wednesday.', '"We are ready," Kirby said.', 'He added that more troops could follow.'], 'He', 0, 'john-kirby', 'pronoun'],
  [['"We are ready," Kirby said, adding that Putin had options.', '"This is not the end," he said.'], 'he', 0, 'kirby', 'pronoun'],
  [['Defense Secretary Lloyd Austin met Gen. Mark Milley.', 'The secretary said the troops were ready.'], 'secretary', 0, 'lloyd-austin', 'role'],
  [['White House press secretary Jen Psaki and Defense Secretary Lloyd Austin spoke.', 'The secretary said more troops would go.'], 'secretary', 0, 'lloyd-austin', 'role'],
  [['President Joe Biden spoke with German Chancellor Olaf Scholz.', 'The president said the allies were united.'], 'president', 0, 'joe-biden', 'role'],
  [['Russian President Vladimir Putin met Chinese President Xi Jinping.', 'The Russian president said the talks went well.'], 'president', 0, 'vladimir-putin', 'role'],
  [['U.S. Ambassador Linda Thomas-Greenfield said she would not describe it that way.'], 'she', 0, 'linda-thomas-greenfield', 'pronoun'],
  [['Prime Minister Boris Johnson met Queen Elizabeth.', 'She said the country would endure.'], 'She', 0, 'elizabeth', 'pronoun'],
  [['Mr. Putin rejected the offer.', 'Putin said the West had ignored Russia.'], 'Putin', 1, 'vladimir-putin', 'surname'],
  [['As President Joe Biden and his advisers met, the talks stalled.'], 'his', 0, 'joe-biden', 'pronoun'],
  [['Spokeswoman Lin Mei said Thursday that the ship had acted lawfully.', '"Manila is to blame," Lin said.'], 'Lin', 0, 'lin-mei', 'surname'],
  [['Arturo Delos Santos, the defense secretary, spoke.', '"We will not back down," Mr Delos Santos said.'], 'Delos Santos', 0, 'arturo-delos-santos', 'name'],
  [['Lin Mei, a spokeswoman for China’s foreign ministry, said the ship acted lawfully.', 'She said Manila was to blame.'], 'She', 0, 'lin-mei', 'pronoun'],
  [['Brazilian President Luiz Inácio Lula da Silva met Chinese leader Xi Jinping.', 'The Brazilian leader said trade would grow.'], 'leader', 0, 'luiz-inacio-lula-da-silva', 'role'],
  [['Brazilian President Luiz Inácio Lula da Silva arrived.', 'Lula, as he is widely known, spoke first.'], 'Lula', 0, 'luiz-inacio-lula-da-silva', 'surname'],
  [['The Disaster and Emergency Management Authority (AFAD) said 40 people died.', 'Last week, AFAD held a drill.'], 'AFAD', 1, 'disaster-and-emergency-management-authority', 'alias'],
  [['The Korean Central News Agency called it a lie.', 'KCNA said the drills were a rehearsal for war.'], 'KCNA', 0, 'korean-central-news-agency', 'alias'],
  [['Manila summoned the Chinese ambassador.'], 'ambassador', 0, 'chinese-ambassador', 'role'],
  [['Ambassador Susan Rice spoke.', 'Rice said the rice harvest had failed.'], 'Rice', 0, 'susan-rice', 'surname'],
  [['Nebenzya, who is Russia’s envoy to the U.N., said the talks had failed.'], 'Nebenzya', 0, 'nebenzya', 'surname'],
  [['Okonkwo, 45, said he saw the blast.'], 'he', 0, 'okonkwo', 'pronoun'],
  // a name no list knows speaks across an appositive noun phrase
  [['Zeynep Arslanoglu, a local nurse, said she saw the blast.'], 'she', 0, 'zeynep-arslanoglu', 'pronoun'],
  // capitalized words before a given name inside the run describe the person the given name opens
  [['Former Drummer Tomas Brandt said the tour was over.', 'He added that it had been long.'], 'He', 0, 'tomas-brandt', 'pronoun'],
  // British style ranks without the full stop are titles, not names
  [['Adm Tomas Brandt spoke on Monday.', 'Adm Brandt said the storm had passed.'], 'Brandt', 0, 'tomas-brandt', 'surname'],
  [['Zeynep Arslanoglu, deputy head of the town’s council, said she saw the blast.'], 'she', 0, 'zeynep-arslanoglu', 'pronoun'],
  [['The Philippine Coast Guard said a boat was rammed.', 'The coast guard evacuated all 14 crew.'], 'coast guard', 0, 'philippine-coast-guard', 'organization'],
  [['China’s Foreign Ministry rejected the claim.', 'The ministry said Manila was to blame.'], 'ministry', 0, 'chinese-foreign-ministry', 'organization'],
  [['Hanseong Heavy Industries said it was hacked.', 'Hanseong said in a statement that no data was lost.'], 'Hanseong', 0, 'hanseong-heavy-industries', 'alias'],
];

test('surnames, roles and pronouns resolve to the person named before', () => {
  for (const [texts, text, occurrence, actor, via] of COREFERENCE) {
    const { mentions } = actorsOf(texts);
    const found = mentions.filter((m) => m.text === text)[occurrence];
    assert.ok(found, `${texts.join(' ')}: no mention "${text}" #${occurrence} in ${JSON.stringify(mentions.map((m) => m.text))}`);
    assert.equal(found.actor, actor, texts.join(' '));
    assert.equal(found.via, via, texts.join(' '));
  }
});

// [sentences, pronoun]: pronouns that stay unresolved.
const UNRESOLVED: [string[], string][] = [
  [['Kirby said the troops were ready.', 'They will leave on Friday.'], 'They'],
  [['Kirby said the plan was ready.', 'It will be announced on Friday.'], 'It'],
  [['"He is providing himself many options," Kirby said of Putin.'], 'He'],
  [['The weather was bad.', 'He said nothing.'], 'He'],
  [['The FBI said so.', 'An ABC report said more.'], 'ABC'],
  // an aside a preposition opens is no appositive: the word before it is no speaker's name
  [['Harbour, until recently a busy fish market, told a reporter it was calm.'], 'Harbour'],
  // a person known only by role earlier in the pronoun's own sentence is who it stands for
  [['Tomas Brandt spoke on Monday.', 'The president will visit the town, his office said.'], 'his'],
];

// Roles that stand for no one: a role needs "the" (or a possessive) and must end its phrase.
const NO_ROLE_MENTION: [string[], string][] = [
  [['General Mark Milley spoke.', 'The general public was not told.'], 'general'],
  [['President Joe Biden spoke.', 'The president of the company resigned.'], 'president'],
  [['Vice President Kamala Harris spoke.', 'The president said nothing.'], 'president'],
  [['Press secretary Jen Psaki spoke.', 'The secretary said nothing.'], 'secretary'],
];

test('a role word that stands for no one named before stays unresolved', () => {
  for (const [texts, text] of NO_ROLE_MENTION) {
    const { mentions } = actorsOf(texts);
    assert.ok(!mentions.some((m) => m.via === 'role' && m.text.toLowerCase().includes(text)), `${texts.join(' ')}: ${JSON.stringify(mentions)}`);
  }
});

test('"they", "it", pronouns inside quotes and pronouns with no one before stay unresolved', () => {
  for (const [texts, pronoun] of UNRESOLVED) {
    const { mentions } = actorsOf(texts);
    assert.ok(!mentions.some((m) => m.text === pronoun), `${texts.join(' ')}: ${JSON.stringify(mentions)}`);
  }
});

// [sentences, the one id expected, ids that must not exist]
const VARIANTS: [string[], string, string[]][] = [
  [['Ukrainian President Volodymyr Zelenskyy spoke.', 'Zelensky said the army was ready.', 'Zelenskyy added more.'], 'volodymyr-zelenskyy', ['zelensky']],
  [['Press secretary Jen Pskai said so.', '"Not now," Psaki said.', 'Psaki added that talks went on.'], 'jen-psaki', ['jen-pskai', 'psaki']],
  [['Angela Merkel met the press.', 'Chancellor Angela Merkle said the talks went well.'], 'angela-merkel', ['angela-merkle']],
  // one spelling against one is a tie: the longer, then the first alphabetically ("Villaneuva") wins
  // within the article; across articles the more frequent one does (unify.test.ts)
  [['Commodore Renato Villanueva said the crew was safe.', 'Villaneuva said the ship had been rammed.', 'Villanueva added more.'], 'renato-villanueva', ['villaneuva', 'renato-villaneuva-2']],
  [['Commodore Renato Villanueva said the crew was safe.', 'Villaneuva said the ship had been rammed.'], 'renato-villaneuva', ['villanueva', 'renato-villanueva']],
  [['Defense Minister Park Sung-min spoke.', 'Park said the drills would go ahead.'], 'park-sung-min', ['park']],
  [['Defense Minister Park Sung-min spoke.', 'Defense Minister Park Sung Min said the drills would go ahead.'], 'park-sung-min', ['park']],
  [['Interior Minister Selim Aydın visited the site.', 'Mr Aydin said 40 people had died.'], 'selim-aydin', ['aydin']],
];

test('spelling variants and typos of one name are one actor', () => {
  for (const [texts, id, absent] of VARIANTS) {
    const ids = actorsOf(texts).actors.map((a) => a.id);
    assert.ok(ids.includes(id), `${texts.join(' ')}: ${ids.join(', ')}`);
    for (const x of absent) assert.ok(!ids.includes(x), `${texts.join(' ')}: ${x} should have merged`);
  }
});

// [sentences, ids]: different people who share a surname stay apart.
const DIFFERENT: [string[], string[]][] = [
  [['Joe Smith met John Smith.'], ['joe-smith', 'john-smith']],
  [['Hunter Biden and Joe Biden arrived.'], ['hunter-biden', 'joe-biden']],
  [['Sen. Mark Kelly met Sen. Mark Warner.'], ['mark-kelly', 'mark-warner']],
  [['Sen. Mark Kelly met Sen. Scott Kelly.'], ['mark-kelly', 'scott-kelly']],
  [['Kim Jong Un met Kim Yo Jong.'], ['kim-jong-un', 'kim-yo-jong']],
  [['Michael Jordan met Kerry Washington.'], ['kerry-washington', 'michael-jordan']],
  // a given name the name lists lack, before the surname of someone named before: another person of the family
  [['Joe Corwell was robbed.', 'His sister Tamiqua Corwell has said so.'], ['joe-corwell', 'tamiqua-corwell']],
  [['Joe Corwell was robbed, according to his brother Dashawn Corwell.'], ['dashawn-corwell', 'joe-corwell']],
];

test('two full names that share a surname are two people', () => {
  for (const [texts, ids] of DIFFERENT) {
    const people = actorsOf(texts).actors.filter((a) => a.kind === 'person').map((a) => a.id);
    for (const id of ids) assert.ok(people.includes(id), `${texts.join(' ')}: ${people.join(', ')}`);
  }
});

test('pins fix the canonical name, add aliases and override role and affiliation', () => {
  const pins: ActorPin[] = [{ name: 'Joe Biden', kind: 'person', aliases: ['Biden', 'President Biden'], role: 'President of the United States', affiliation: 'United States' }];
  const { actors, mentions } = actorsOf(['President Biden spoke on Monday.', 'Biden said the allies were united.'], pins);
  const biden = byId(actors, 'joe-biden');
  assert.ok(biden, actors.map((a) => a.id).join(', '));
  assert.equal(biden.role, 'President of the United States');
  assert.equal(biden.affiliation, 'united-states');
  assert.ok(byId(actors, 'united-states'), 'the pinned affiliation is an actor');
  assert.ok(biden.aliases.includes('Biden'));
  assert.deepEqual(mentions.filter((m) => m.actor === 'joe-biden').map((m) => m.text), ['Biden', 'Biden']);
  assert.ok(!byId(actors, 'biden'));
});

test('a pin names a new organization the lexicons do not know', () => {
  const pins: ActorPin[] = [{ name: 'Azov Regiment', kind: 'organization', aliases: ['Azov'], affiliation: 'Ukraine' }];
  const { actors, mentions } = actorsOf(['Azov fighters held the steel plant for weeks.'], pins);
  assert.deepEqual(byId(actors, 'azov-regiment'), { id: 'azov-regiment', name: 'Azov Regiment', kind: 'organization', aliases: ['Azov'], role: null, affiliation: 'ukraine' });
  assert.equal(mentions[0]?.actor, 'azov-regiment');
});

const MIXED = [
  'Last week, Defense Secretary Lloyd Austin put 8,500 U.S. troops on heightened preparedness, as President Biden and his national security officials weighed where to send troops in Eastern Europe.',
  'Pentagon press secretary John Kirby said the United States "stands shoulder to shoulder with our NATO allies."',
  '"These forces are not going to fight in Ukraine," Kirby maintained.',
  'He added that the force from Fort Bragg is ready.',
  'Kremlin spokesman Dmitry Peskov said that "hysteria promoted by Washington triggers hysteria in Ukraine."',
  'Zelenskyy, though, said the Russian build-up could be an attempt by Moscow to sow panic.',
];

test('output is valid, sorted, closed under affiliation, with exact offsets', () => {
  const sentences = sentencesOf(MIXED);
  const { actors, mentions } = findActors(sentences, []);
  for (const a of actors) actorSchema.parse(a);
  const ids = actors.map((a) => a.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  for (const a of actors) if (a.affiliation) assert.ok(ids.includes(a.affiliation), `${a.id} -> ${a.affiliation}`);
  for (const m of mentions) {
    assert.equal(sentences[m.sentence]!.text.slice(m.start, m.end), m.text);
    assert.ok(ids.includes(m.actor), m.actor);
  }
  const order = mentions.map((m) => [m.sentence, m.start]);
  assert.deepEqual(order, [...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  assert.deepEqual(findActors(sentencesOf(MIXED), []), { actors, mentions }, 'same input, same output');
});

test('an empty article has no actors', () => {
  assert.deepEqual(findActors([], []), { actors: [], mentions: [] });
});

// [sentence, id, role, affiliation]: a title in apposition after the name.
const APPOSITIVE: [string, string, string, string | null][] = [
  ['Arturo Delos Santos, the defense secretary, spoke on Thursday.', 'arturo-delos-santos', 'defense secretary', null],
  ['Lin Mei, a spokeswoman for China’s foreign ministry, said the ship acted lawfully.', 'lin-mei', "spokeswoman for China's foreign ministry", 'chinese-foreign-ministry'],
  ['Sergei Lavrov, Russia’s foreign minister, said no.', 'sergey-lavrov', 'foreign minister', 'russia'],
  ['Smith, the defense secretary, and Jones met.', 'smith', 'defense secretary', null],
  ['Elon Musk, the chief executive of Tesla, said the deal was off.', 'elon-musk', 'chief executive of Tesla', 'tesla'],
  ['John Major, the former prime minister, spoke.', 'john-major', 'former prime minister', null],
  ['Meanwhile, Argentina’s economy minister, Sergio Massa, flew to Washington.', 'sergio-massa', 'economy minister', 'argentina'],
  ['Overnight, the governor of Bursa, Ahmet Kaya, ordered an evacuation.', 'ahmet-kaya', 'governor of Bursa', null],
];

test('a title in apposition gives the role and affiliation', () => {
  for (const [text, id, role, affiliation] of APPOSITIVE) {
    const { actors } = actorsOf([text]);
    const a = byId(actors, id);
    assert.ok(a, `${text}: no actor ${id} in ${actors.map((x) => x.id).join(', ')}`);
    assert.equal(a.role, role, text);
    assert.equal(a.affiliation, affiliation, text);
  }
});

test('the order of the pins does not matter, even when two claim one alias', () => {
  const pins: ActorPin[] = [
    { name: 'Joe Biden', kind: 'person', aliases: ['Biden'] },
    { name: 'Hunter Biden', kind: 'person', aliases: ['Biden'] },
    { name: 'Azov Regiment', kind: 'organization', aliases: ['Azov'] },
  ];
  const texts = ['Biden met Azov fighters.', 'Hunter Biden stayed home.'];
  const a = actorsOf(texts, pins);
  const b = actorsOf(texts, [...pins].reverse());
  assert.deepEqual(a, b);
});

// [sentence, the mentions' actor ids in order]: generic agents of the Phoenix dictionary are group actors
const AGENTS: [string, string[]][] = [
  ['Protesters battled police in the capital.', ['protesters', 'police']],
  ['Demonstrators and riot police clashed near the square.', ['protesters', 'police']],
  ['Rebels ambushed a convoy of soldiers.', ['rebels', 'soldiers']],
  ['Residents said doctors had run out of oxygen.', ['civilians', 'medical-workers']],
  // a nationality before the noun makes the country's own group, as before
  ['Egyptian protesters marched on the palace.', ['egyptian-protesters']],
  // a modifier of another group is no agent of its own
  ['Military officials said the drill would go ahead.', []],
];
for (const [text, ids] of AGENTS) {
  test(`generic agents: ${text}`, () => {
    const { actors, mentions } = actorsOf([text]);
    assert.deepEqual(mentions.map((m) => m.actor), ids);
    for (const id of ids.filter((x) => !x.includes('egyptian'))) assert.equal(byId(actors, id)?.kind, 'group');
  });
}

// Words that name Object.prototype's properties are words like any other: the look-up tables
// are Maps, so "constructor" is no title abbreviation, pronoun or agent (it threw before).
test('findActors: a word such as "constructor" or "toString" finds nothing in the look-up tables', () => {
  assert.deepEqual(actorsOf(['The constructor said the bridge would open.']).mentions, []);
  assert.deepEqual(actorsOf(['Officials said toString and valueOf were hasOwnProperty.']).mentions, []);
  const named = actorsOf(['Constructor Smith said he would build it.']).mentions.map((m) => [m.text, m.via]);
  assert.deepEqual(named, [['Constructor Smith', 'name'], ['he', 'pronoun']]);
});

// [sentence, mentions (text, actor id)]: a named storm is an actor of kind 'hazard'; one storm
// keeps one per-article id as its category changes; names of other things stay out.
const HAZARDS: [string, [string, string][]][] = [
  ['Hurricane Odile flattened the fishing port overnight.', [['Hurricane Odile', 'storm-odile']]],
  ['Typhoon Mawar brushed the island on Sunday.', [['Typhoon Mawar', 'storm-mawar']]],
  ["Tropical Storm Edna's rain swamped the valley.", [['Tropical Storm Edna', 'storm-edna']]],
  ['Tropical Depression Edna weakened over land.', [['Tropical Depression Edna', 'storm-edna']]],
  ['Storm Agnes cut power to 10,000 homes.', [['Storm Agnes', 'storm-agnes']]],
  // a squadron, a missile, a forecaster and a fund: no storm of that name
  ['The Hurricane Hunters flew through the eye.', []],
  ['Pilots fired Storm Shadow missiles at the depot.', []],
  ['The Hurricane Center issued a watch.', []],
  ['Donors gave to the Hurricane Odile Relief Fund.', []],
];
for (const [text, expected] of HAZARDS) {
  test(`named hazards: ${text}`, () => {
    const { actors, mentions } = actorsOf([text]);
    const hazards = mentions.filter((m) => byId(actors, m.actor)?.kind === 'hazard');
    assert.deepEqual(hazards.map((m) => [m.text, m.actor]), expected);
  });
}

test('named hazards: one storm keeps one actor as it strengthens', () => {
  const { actors } = actorsOf(['Tropical Storm Lidia formed on Monday.', 'Hurricane Lidia then hit the coast.']);
  assert.deepEqual(actors.filter((a) => a.kind === 'hazard').map((a) => [a.id, a.name]), [['storm-lidia', 'Tropical Storm Lidia']]);
});
