/**
 * The events stage as a specification: each row is a short article (paragraphs separated by
 * blank lines), its publication day, and the events a reader would draw from it. The rows run
 * through the real clean, sentence, time and actor stages, so they test the stage in context.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../index.ts';

interface Expect {
  type: string;
  start: string;
  precision?: string;
  status?: 'occurred' | 'announced';
  /** an actor id the event must have, with its role */
  actor?: [string, string];
  planned?: string;
}

function extract(body: string, published: string) {
  const article = { id: 'a', file: 'a.md', title: 't', publisher: 'p', publishedAt: published, url: null, byline: null, body, bodyLine: 1 };
  return runPipeline([article], []).timeline.events;
}

const rows: [string, string, Expect[]][] = [
  // "its fighters": the armed group named before
  ['The Kivu Patriotic Alliance signed the accord in Doha on Friday.\n\nOn Monday its fighters shelled the town.', '2024-03-13', [{ type: 'other', start: '2024-03-08' }, { type: 'attack', start: '2024-03-11', actor: ['kivu-patriotic-alliance', 'participant'] }]],
  // an event word in the subject of a verb of state tells how things stand
  ['The curfew, declared by the ministry on Monday, remains in force.', '2024-03-13', []],
  // a generic agent after a word that is no name is who acted; an unnamed source in the attribution takes no part
  ['Government troops attacked the port, residents said.', '2024-03-13', [{ type: 'attack', start: '2024-03-13', actor: ['soldiers', 'agent'] }]],
  // "stormed out" is leaving in anger, no attack
  ['Hundreds of viewers stormed out of the theatre on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  // CAMEO's root 14 is a protest: demonstrations, strikes, riots
  ['Thousands of people protested in the capital on Monday.', '2024-03-13', [{ type: 'protest', start: '2024-03-11' }]],
  // ... but a verb of feeling that CAMEO files under dissent stirs a feeling, no protest
  ['The photographs provoked outrage in the capital on Monday.', '2024-03-13', []],
  // a time expression and its comma open the clause with an unnamed speaker, as an adverb does
  ['A week ago, the agency warned that the river would flood.', '2024-03-13', [{ type: 'warning', start: '2024-03-04', precision: 'week' }]],
  // the night before publication, told in the past
  ['Overnight, the governor ordered the evacuation of the old town.', '2024-03-13', [{ type: 'evacuation', start: '2024-03-12', precision: 'day' }]],
  // a quotation with its verb before the speaker: the speaker says it, on the day the clause names
  ['"The port will reopen within days," said Ana Ruiz, the harbour master, on Monday.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['ana-ruiz', 'speaker'] }]],
  ['"We have no water," said Tomas Brandt.', '2024-03-13', [{ type: 'statement', start: '2024-03-13', actor: ['tomas-brandt', 'speaker'] }]],
  // a place after "from" says where the subject is from: the name before it is the subject
  ['Tomas Brandt from Lyon, France has found the missing files.', '2024-03-13', [{ type: 'other', start: '2024-03-13', actor: ['tomas-brandt', 'agent'] }]],
  // ... also after the name's age and with a compass word before the place; an appositive place is where the speaker is from
  ['Earlier, one of the nurses, Ben Stewart, 36, from north London, said on Monday that the ward had closed.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['ben-stewart', 'speaker'] }]],
  // ... but a name after a place and its comma is the appositive itself
  ['The most senior commander in Fallujah, Omar Haddad, said on Monday that the road was open.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['omar-haddad', 'speaker'] }]],
  // the name after a participle's "by" and a descriptor is the agent of a phrase that modifies the subject
  ['A ferry owned by the state company Nordline Group sank on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11', actor: ['nordline-group', 'participant'] }]],
  // a name after "of" is the preposition's object, not the subject ("a rig operated on behalf of Acme"), but what a count counts is
  ['Supporters of Tomas Brandt marched in the capital on Monday.', '2024-03-13', [{ type: 'protest', start: '2024-03-11', actor: ['tomas-brandt', 'participant'] }]],
  // ... after lower-case modifiers too (a wh-word is no modifier: title.test.ts, "his account of what X said")
  ['Supporters of the embattled Tomas Brandt marched in the capital on Monday.', '2024-03-13', [{ type: 'protest', start: '2024-03-11', actor: ['tomas-brandt', 'participant'] }]],
  // a subordinate clause counted from its main clause's day ("a day after X" is the day before), with the verb the
  // linguistic layer reads where the lexicon has no word
  ['Rebels captured the port on Saturday, a day after loyalist forces fought with the rebels there.', '2024-03-13', [{ type: 'other', start: '2024-03-08' }, { type: 'attack', start: '2024-03-09' }]],
  ['When rebels took the town on Monday, the army fled to the coast.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  // a dated happening that holds the verb's gives it its day ("killed in Monday's attack"); one the verb only
  // precedes does not ("ahead of Tuesday's protests")
  ["Five people were killed in Monday's attack on the market.", '2024-03-13', [{ type: 'attack', start: '2024-03-11' }]],
  ['Eleven people were killed in a March 5 crackdown on protests.', '2024-03-13', [{ type: 'attack', start: '2024-03-05' }]],
  // the same moment in another time zone, in brackets, does not give the place's day
  ['Government troops attacked the town around 6 a.m. (11 p.m. Tuesday ET).', '2024-03-13', [{ type: 'attack', start: '2024-03-13' }]],
  // a passive: the subject is what was done to, the agent follows "by"
  ['Ana Ruiz was attacked near the town by rebels on Monday.', '2024-03-13', [{ type: 'attack', start: '2024-03-11', actor: ['ana-ruiz', 'target'] }]],
  ['Ana Ruiz was attacked near the town by rebels on Monday.', '2024-03-13', [{ type: 'attack', start: '2024-03-11', actor: ['rebels', 'agent'] }]],
  // a passive verb of saying: the agent after "by" says it, of the subject
  ['Mayor Tomas Brandt was said by the European Commission to be furious about the delay.', '2024-03-13', [{ type: 'statement', start: '2024-03-13', actor: ['european-commission', 'speaker'] }]],
  // a verb of saying in -ing after a comma: the main clause's subject says it, also after an opening phrase
  ['In a speech at the harbour in Valletta, Ana Ruiz on Monday backed the plan, saying the port would reopen.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['ana-ruiz', 'speaker'] }]],
  // weekday in a past clause: the most recent such day (Wednesday 2024-03-13)
  ['Foreign Minister Ana Ruiz said on Monday that talks had stalled.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['ana-ruiz', 'speaker'] }]],
  // trailing attribution: the announcement is dated by "said Tuesday", planned for "next week"
  ['The navy will send two warships to the strait next week, the Defense Ministry said Tuesday.', '2024-03-13', [{ type: 'deployment', start: '2024-03-12', status: 'announced', planned: '2024-03-18' }]],
  // a reported happening with its own date, inside a statement
  ['Police said protesters stormed the parliament building late Sunday.', '2024-03-13', [{ type: 'attack', start: '2024-03-10', status: 'occurred' }]],
  // negation: no deployment
  ['The troops are not being deployed, Gen. Anna Berg said.', '2024-03-13', [{ type: 'statement', start: '2024-03-13' }]],
  // a denial is a speech act, not the attack it denies
  ['Moscow has denied it plans to attack its neighbor.', '2024-03-13', [{ type: 'denial', start: '2024-03-13' }]],
  // "last week" is a week
  ['Last week, Prime Minister Tomas Berg put the army on high alert.', '2024-03-13', [{ type: 'alert', start: '2024-03-04', precision: 'week', actor: ['tomas-berg', 'agent'] }]],
  // a year in a subordinate clause dates its own happening
  ['That was the argument Russia used when it annexed Crimea in 2014.', '2024-03-13', [{ type: 'annexation', start: '2014-01-01', precision: 'year' }]],
  // a subordinate clause counted from its main clause's stated day: a happening of its own, on its day
  ['Troops shelled the port on Sunday, a week after rebels stormed the town.', '2024-03-13', [{ type: 'attack', start: '2024-03-03' }, { type: 'attack', start: '2024-03-10' }]],
  // one statement event per speaker per day, however many sentences
  ['"We will not back down," Governor Maria Lopez said on Friday.\n\n"The state is ready," she added.', '2024-03-13', [{ type: 'statement', start: '2024-03-08', actor: ['maria-lopez', 'speaker'] }]],
  // habitual background is not an event
  ['North Korea has long used hacking to raise money.', '2024-03-13', []],
  // a disaster is a happening of its own, not an attack
  ['A magnitude 6.1 earthquake struck central Italy early Thursday, killing four people.', '2024-03-16', [{ type: 'disaster', start: '2024-03-14' }]],
  // a phone call; the planned meeting in the coordinated clause is not a second event of this sentence
  ['Chancellor Olaf Scholz spoke by phone on Monday with President Emmanuel Macron.', '2024-03-13', [{ type: 'diplomacy', start: '2024-03-11' }]],
  // "according to" names the source after it; the happening is the event
  ['Rebels shelled the port of Hodeidah on Sunday, according to the Interior Ministry.', '2024-03-13', [{ type: 'attack', start: '2024-03-10' }]],
  ['According to the Health Ministry, the outbreak is under control.', '2024-03-13', [{ type: 'statement', start: '2024-03-13' }]],
  // sanctions announced, conditional on an invasion
  ['On Tuesday, the European Union announced sanctions on 12 officials if the vote goes ahead.', '2024-03-13', [{ type: 'sanctions', start: '2024-03-12', status: 'announced' }]],
  // "a day after X" relates two happenings; the clause's own Tuesday dates the announcement
  ['President Ana Ruiz on Tuesday announced sanctions on Borduria, a day after Borduria recognized two breakaway regions.', '2024-03-13', [{ type: 'sanctions', start: '2024-03-12' }]],
  // a year in another sentence dates nothing by itself: the present perfect is recent
  ['The flu first appeared in Asia in 2003. The WHO has declared the flu a public health emergency.', '2024-03-13', [{ type: 'statement', start: '2024-03-13' }]],
  // a date that names when another happening began ("since the strike began on March 2") is not the paragraph's time
  ['Officials and unions said aid groups were able to deliver supplies to the port. The port has seen heavy fighting between strikers and police since the strike began on March 2.', '2024-03-13', [{ type: 'statement', start: '2024-03-13' }]],
  // a page timestamp dates no lede
  ['12:49 am BST\n\nRebels seized the airport in Bissau, the army said.', '2024-03-13', [{ type: 'attack', start: '2024-03-13' }]],
  // "the next day" counts from the happening told before, not from publication
  ['Rebels seized the airport in Bissau on Friday. The next day, the army evacuated the capital.', '2024-03-13', [{ type: 'attack', start: '2024-03-08' }, { type: 'evacuation', start: '2024-03-09' }]],
  // a speaker no actor list names, a common noun phrase as subject, still makes a statement
  ['The ferry operator said on Monday that its boats were full.', '2024-03-13', [{ type: 'statement', start: '2024-03-11' }]],
  ['Hospital staff warned that beds were running out.', '2024-03-13', [{ type: 'warning', start: '2024-03-13' }]],
  // the plural present of a verb of saying is its base form; after a modal it is no speech act yet
  ['Hospital staff warn that beds are running out.', '2024-03-13', [{ type: 'warning', start: '2024-03-13' }]],
  ['The unions could warn the minister.', '2024-03-13', []],
  // ... and so is the -s form of a verb of saying that doubles as a plural noun, read as the clause's verb
  ['The governor claims that the port is safe.', '2024-03-13', [{ type: 'statement', start: '2024-03-13' }]],
  ['The governor’s claims about the port were false.', '2024-03-13', []],
  // a vague source, or one that vouches for the report before it, is no speaker of its own
  ['Analysts in Lisbon said the mood was calm.', '2024-03-13', []],
  // ... but making something public or conceding it is an act of its own, whoever does it
  ['Officials announced on Monday that the port would close.', '2024-03-13', [{ type: 'statement', start: '2024-03-11' }]],
  ['Senior officials admit that the harbour is unsafe.', '2024-03-13', [{ type: 'statement', start: '2024-03-13' }]],
  ['About 50 people had booked seats on the boat, the ferry operator said.', '2024-03-13', []],
  // disclosure is a statement; an aspectual verb without an object starts nothing
  ['The ferry company revealed on Monday that its losses had doubled.', '2024-03-13', [{ type: 'statement', start: '2024-03-11' }]],
  ['The report begins with a summary.', '2024-03-13', []],
  // a demand made in words is a statement; the noun "demands" is no verb of saying
  ['Farmers demanded higher prices on Monday.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['farmers', 'speaker'] }]],
  ['The demands of farmers grew.', '2024-03-13', []],
  // a name that ends in a word the subject search passes over ("military", "office") is the subject
  ['The Peruvian military condemned the newspaper on Monday.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['peruvian-military', 'speaker'] }]],
  ['Rebels, backed by the army, stormed the garrison on Monday.', '2024-03-13', [{ type: 'attack', start: '2024-03-11', actor: ['rebels', 'participant'] }]],
  ['The package arrived in time.', '2024-03-13', []],
  // a pronoun in a question reports nothing
  ['Can you tell us how the boats are doing?', '2024-03-13', []],
  // no deed: a verb that may name a state, in the present ("sits on"); a thing that cannot act; a
  // date where the object would be; an activity going on; a passive with no agent that is no force
  ['The mayor sits on the board of a bank.', '2024-03-13', []],
  ['The parcel reached the port on Tuesday.', '2024-03-13', []],
  ['The country’s economy grew last year.', '2024-03-13', []],
  ['The mayor is building a bridge.', '2024-03-13', []],
  ['The old files were copied to a new server.', '2024-03-13', []],
  // acts in words before a court are statements: a plea, testimony
  ['The actor Ben Ray pleaded not guilty on Monday.', '2024-03-13', [{ type: 'statement', start: '2024-03-11' }]],
  ['A retired surgeon testified on Tuesday that the patient had been calm.', '2024-03-13', [{ type: 'statement', start: '2024-03-12' }]],
  // what a court does to a person, in the passive with no agent: a legal happening
  ['The carpenter was found guilty of fraud on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  ['The banker was remanded in custody on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  // ... but "found" with no verdict after it, or a thing as the subject, is none
  ['The cellar was found empty on Monday.', '2024-03-13', []],
  ['The old shed was charged with electricity on Monday.', '2024-03-13', []],
  // a deed done to the subject by someone unnamed, in the present passive of a chronology: a happening; not a
  // state, a judgment or a name, and in the past tense mostly a detail
  ['All flights at the airport are grounded on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  ['Two passengers were treated for burns on Monday.', '2024-03-13', []],
  ['The new tax is approved on Tuesday.', '2024-03-13', [{ type: 'other', start: '2024-03-12' }]],
  ['The museum is located near the river.', '2024-03-13', []],
  ['The plan is thought to be costly.', '2024-03-13', []],
  ['Firefighters are called to the warehouse on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  ['The ferry is known as the slowest in the bay.', '2024-03-13', []],
  ['It is said that the mill will close.', '2024-03-13', []],
  // an adverb of degree or lasting reads the participle as a state; another adverb keeps the deed
  ['The old harbour is so polluted that nobody swims there.', '2024-03-13', []],
  ['The bridge is now closed to lorries.', '2024-03-13', []],
  ['The new tax is finally approved on Tuesday.', '2024-03-13', [{ type: 'other', start: '2024-03-12' }]],
  // coming before a court is a hearing; appearing elsewhere is not
  ['The former mayor appeared in court on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  ['A rainbow appeared in the sky on Monday.', '2024-03-13', []],
  // a warrant issued; an offensive mounted; a flow stopped
  ['Prosecutors issued an arrest warrant for the banker on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  ['The rebels mounted an offensive on Monday.', '2024-03-13', [{ type: 'attack', start: '2024-03-11' }]],
  ['The engineers stopped the flow of gas on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  // a verb of saying in -ing that describes its noun says nothing: the clause's verb is the event
  ['Gunmen claiming to be police kidnapped a reporter on Monday.', '2024-03-13', [{ type: 'attack', start: '2024-03-11' }]],
  // after "tried to", "agreed to", "voted to" the verb says what was done; after "failed to", "refused to" nothing was
  ['The engineers tried to seal the pipe on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  ['The engineers failed to seal the pipe on Monday.', '2024-03-13', []],
  ['The company plans to seal the pipe.', '2024-03-13', [{ type: 'other', start: '2024-03-13', status: 'announced' }]],
  ['The engineers refused to seal the pipe on Monday.', '2024-03-13', []],
  // "is due to" with a verb is a plan
  ['The ministers are due to meet in Geneva.', '2024-03-13', [{ type: 'meeting', start: '2024-03-13', status: 'announced' }]],
  // "could", "might": what may happen has not
  ['The ministers could meet in Geneva.', '2024-03-13', [{ type: 'meeting', start: '2024-03-13', status: 'announced' }]],
  ['The ministers met in Geneva.', '2024-03-13', [{ type: 'meeting', start: '2024-03-13', status: 'occurred' }]],
  // a future date that dates a noun, not the verb, plans nothing: the attack happened
  ['Militants shelled a border post days before the scheduled March 30 poll.', '2024-03-13', [{ type: 'attack', start: '2024-03-13', status: 'occurred' }]],
  ['The ministers meet in Geneva on March 30.', '2024-03-13', [{ type: 'meeting', start: '2024-03-13', status: 'announced', planned: '2024-03-30' }]],
  // a disclosure by no one ("it emerged that", "it was revealed that") is the news when what it discloses is no happening
  ['It emerged on Monday that the mayor was planning to resign.', '2024-03-13', [{ type: 'statement', start: '2024-03-11' }]],
  ['It was revealed on Monday that the alarms had been silenced.', '2024-03-13', [{ type: 'statement', start: '2024-03-11' }]],
  ['It also prohibited any trade that could lead to arms sales.', '2024-03-13', []],
  ['The island is home to a naval base.', '2024-03-13', []],
  // "according to" a source that names no one vouches for the happening, which stays the event
  ['Medics are called to the harbour on Monday, according to a recording of the call.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  // a market's move; a directive issued
  ['The airline’s shares fall 5% on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  ['The ministry quickly issues another moratorium with new terms on Monday.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  // a happening named by its noun after "there were"; none after "there was no"
  ['There were fierce clashes between police and strikers on Monday.', '2024-03-13', [{ type: 'attack', start: '2024-03-11' }]],
  ['There was no fighting in the capital on Monday.', '2024-03-13', []],
  // an event word used as a noun ("in a referendum", "over the killing") hides no verb of the clause
  ['The new charter is approved in a referendum on Sunday.', '2024-03-13', [{ type: 'other', start: '2024-03-10' }]],
  ['The former mayor appeared in court on Monday over the killing of a guard.', '2024-03-13', [{ type: 'other', start: '2024-03-11' }]],
  // a thing made in the present, or in a state, is described, not befallen
  ['The pipeline runs along the coast to the refinery.', '2024-03-13', []],
  ['On Monday the fishing boats sat idle in the harbour.', '2024-03-13', []],
  // reporting a finding is a statement; a passive "is said to", "is reported to" is what others say of the subject, no statement of its own
  ['The coast guard reported on Monday that it had found a second leak.', '2024-03-13', [{ type: 'statement', start: '2024-03-11' }]],
  ['Qatar is said to have supplied the rebels with rifles.', '2024-03-13', [{ type: 'other', start: '2024-03-13', actor: ['qatar', 'agent'] }]],
  // a year that is part of a name dates nothing ("London 2012 organizing committee"); one a preposition introduces does
  ['London 2012 organizing committee chairman Ana Ruiz confirmed the budget.', '2024-03-13', [{ type: 'statement', start: '2024-03-13' }]],
  ['In 2012, the company sold its stake.', '2024-03-13', [{ type: 'other', start: '2012-01-01', precision: 'year' }]],
  // a sentence that shares only an adjective with a dated one tells of another happening: it is not dated by it
  ['A massive flood hit the town on Monday. The council confirmed a massive budget.', '2024-03-13', [{ type: 'disaster', start: '2024-03-11' }, { type: 'statement', start: '2024-03-13' }]],
  // the agent of a participle that modifies the subject ("a memo obtained by Reuters") is not who speaks
  ['A confidential memo obtained by Reuters warned on Monday that trade would slow.', '2024-03-13', [{ type: 'warning', start: '2024-03-11', actor: ['reuters', 'participant'] }]],
  // who heard what a speaker said ("told Reuters that ...") is not who did what was said
  ['An opposition council member told Reuters on Sunday that loyalists shelled the town.', '2024-03-13', [{ type: 'attack', start: '2024-03-10', actor: ['reuters', 'participant'] }]],
  // after "told" comes who heard it: ", told Reuters" names no speaker
  ['A rebel spokesman in the port, told Reuters on Sunday: "The road is open."', '2024-03-13', []],
  // a speaker phrase that is a name speaks, whatever stands between it and its verb
  ['The European Union for the first time formally called on Monday for the governor to step down.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['european-union', 'speaker'] }]],
  // an inverted attribution whose speaker carries an abbreviated title: the title's period ends nothing
  ['"Every hour we lose now costs lives in the valley," said Dr. Lena Ortiz, the mission chief.', '2024-03-13', [{ type: 'statement', start: '2024-03-13', actor: ['lena-ortiz', 'speaker'] }]],
  ['"We will hold the bridge whatever it takes from us," said Gen. Tomas Brandt on Monday.', '2024-03-13', [{ type: 'statement', start: '2024-03-11', actor: ['tomas-brandt', 'speaker'] }]],
];

test('extractEvents: what a reader draws from a sentence', () => {
  const failures: string[] = [];
  for (const [body, published, expected] of rows) {
    try {
      check(body, published, expected);
    } catch (e) {
      failures.push((e as Error).message);
    }
  }
  assert.deepEqual(failures, []);
});

function check(body: string, published: string, expected: Expect[]) {
  {
    const events = extract(body, published);
    const got = events.map((e) => `${e.type} ${e.date.start}`);
    assert.equal(events.length, expected.length, `${body}\n  got: ${got.join('; ')}`);
    expected.forEach((x, i) => {
      const e = events[i];
      assert.equal(e.type, x.type, `${body}: type`);
      assert.equal(e.date.start, x.start, `${body}: date`);
      if (x.precision) assert.equal(e.date.precision, x.precision, `${body}: precision`);
      if (x.status) assert.equal(e.status, x.status, `${body}: status`);
      if (x.actor) assert.ok(e.actors.some((a) => a.id === x.actor![0] && a.role === x.actor![1]), `${body}: actor ${x.actor} in ${JSON.stringify(e.actors)}`);
      if (x.planned) assert.equal(e.planned?.start, x.planned, `${body}: planned`);
    });
  }
}

/** A chronology told in the historic present: two dozen deeds, one a paragraph (see ../narration.ts). */
const CHRONOLOGY = [
  'Dock workers blockade the harbour gate.', 'The port authority closes two berths.', 'Activists occupy a fuel depot.',
  'The navy escorts two tankers out of the bay.', 'The council extends the deadline for bids.', 'Rebels seize the airport road.',
  'Engineers install a new floodgate.', 'The ministry freezes the company accounts.', 'The mayor visits the flooded district.',
  'Firefighters contain the warehouse blaze.', 'Troops enter the northern town.', 'The bank sells its stake in the mine.',
];

test('historic present: in a chronology told in the present, a present main verb of any kind tells a happening', () => {
  const rows: [string, boolean][] = [
    // verbs of knowing, of being seen, of growing: no deed in a report, an entry of the chronology
    ['The harbour master learns of a second leak.', true],
    ['The death toll from the fire rises to twelve.', true],
    ['Customs officers discover a hidden cargo of rifles.', true],
    // a telegraphic entry, a heading run into it, has few function words: the narration vouches for its English
    ['Gunmen grab deputy mayor of northern city in dawn raid Police chief resigns', true],
    // a verb of saying with no speaker found leaves the entry's deed its happening
    ['The governor makes a trip to the coast and says the port is safe.', true],
    // no tense of its own (an auxiliary carries it, or an activity going on), or a function word
    ['Workers are repairing the damaged gate.', false],
    ['The harbour has two deep berths.', false],
    // a wish or a feeling, a question: a live page's musing between its happenings
    ['The harbour master wants to know who opened the gate.', false],
    ['Which crew knows the code for the gate?', false],
  ];
  const body = [...CHRONOLOGY, ...CHRONOLOGY].join('\n\n');
  for (const [sentence, cited] of rows) {
    const events = extract(`${body}\n\n${sentence}`, '2024-03-13');
    assert.equal(events.some((e) => e.sources.some((s) => s.sentence === sentence)), cited, sentence);
  }
  // in a report told in the past the same present verb describes
  assert.equal(extract('The harbour master learned of a leak. The death toll from the fire rises to twelve.', '2024-03-13').length, 0);
});

test('merge: the same happening in two articles is one event citing both', () => {
  const a = { id: 'a', file: 'a.md', title: 't', publisher: 'p', publishedAt: '2024-03-13', url: null, byline: null, bodyLine: 1, body: 'On Monday, Foreign Minister Ana Ruiz warned that the ceasefire could collapse.' };
  const b = { ...a, id: 'b', file: 'b.md', publishedAt: '2024-03-14', body: 'Foreign Minister Ana Ruiz warned on Monday that the truce could collapse.' };
  const { events } = runPipeline([b, a], []).timeline;
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].sources.map((s) => s.article), ['a', 'b']);
});

// [sentence, type, CAMEO code, actor ids with roles, places]: events the linguistic layer finds where the
// trigger lexicon has no word, typed by CAMEO; happenings with no agent get no invented actor
const STRUCTURAL: [string, string, string | undefined, string[], string[]][] = [
  ['Protesters battled police in Cairo on Tuesday.', 'attack', '190', ['protesters:agent', 'police:target'], ['Cairo']],
  ['Rebels ambushed an army convoy near Cairo on Tuesday.', 'attack', '190', ['rebels:agent'], ['Cairo']],
  ['The party headquarters in Cairo was set ablaze on Tuesday.', 'attack', '190', [], ['Cairo']],
  ['A strong earthquake struck near Istanbul on Tuesday.', 'disaster', undefined, [], ['Istanbul']],
  // force needs a force: something made may strike, a market may not
  ['A shell hit a school in Cairo on Tuesday.', 'attack', '190', [], ['Cairo']],
  ['Share prices hit a three-month high in Tokyo on Tuesday.', 'other', '190', [], ['Tokyo']],
  // no target: a protest is still one; a verb of force tells what befell its subject
  ['Hundreds of nurses demonstrated in Cairo on Tuesday.', 'protest', '141', ['medical-workers:agent'], ['Cairo']],
  ['Nine miners died in a flood near Cairo on Tuesday.', 'other', '190', [], ['Cairo']],
  // material cooperation and aid (CAMEO 06-08) are done, not said
  ['The aid agency gave food to families in Cairo on Tuesday.', 'other', '060', [], ['Cairo']],
  // a visit (CAMEO 042), and a verb of travel that names where its subject arrives
  ['The minister visited Cairo on Tuesday.', 'meeting', '042', [], ['Cairo']],
  ['The foreign minister arrived in Cairo on Tuesday.', 'meeting', '040', [], ['Cairo']],
  // an aspectual verb with an object: starting or stopping an activity is the happening
  ['The ferry company suspended its crossings from Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  // ... and one with an activity after it, in -ing or with "to"
  ['The river Nile began spilling over its banks near Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  // a deed: a person or group (WordNet, Phoenix) does something (a WordNet verb of doing) to a target
  ['The council extended its deadline for bids in Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  // ... its subject before a relative clause between commas
  ['The council, which has nine members, extended its deadline for bids in Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  // a quantity before the subject ("more than 200") leaves the subject who acted
  ['More than 200 fishermen fled the coast near Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  // an impersonal disclosure ("it emerged that"): the clause it discloses tells the deed
  ['It emerged on Tuesday that the mayor of Cairo had sold his shares in the bank.', 'other', undefined, ['egyptian-mayor-of-cairo:agent'], []],
  // what befell a thing made (a WordNet artifact noun, a verb of change, motion or contact, no object): no agent
  ['The ferry capsized near Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  ['An old bridge collapsed in Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  // ... or to matter (a WordNet substance noun): "oil flowed", "mud poured"
  ['The crude oil flowed into the harbour near Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  ['The crude oil washed ashore near Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  // CAMEO's "fire tear gas" (175, repression), once the compound is read as a noun
  ['Riot police fired tear gas at the crowd in Cairo on Tuesday.', 'other', '175', ['police:agent'], ['Cairo']],
  // what befell a planned happening, with no agent named
  ['The election in Cairo was postponed on Tuesday.', 'other', undefined, [], ['Cairo']],
  ['The trial of Tomas Brandt was adjourned on Tuesday.', 'other', undefined, ['tomas-brandt:participant'], []],
  // the witnesses who report it take no part in it
  ['Government troops shelled the old town of Cairo on Tuesday, residents said.', 'attack', '190', ['soldiers:agent', 'egypt:participant'], []],
  // what a court does to the parties before it is a legal happening, by deed or by word
  ['A court in Cairo on Tuesday ordered the ferry company to resume its crossings.', 'other', '100', [], ['Cairo']],
  // a verb coordinated with a main verb that tells nothing shares its subject
  ['The old ferry was moored in Cairo and sank on Tuesday.', 'other', undefined, [], ['Cairo']],
  // a noun before an appositive is the subject the appositive describes
  ['The ferry, a converted trawler, capsized near Cairo on Tuesday.', 'other', undefined, [], ['Cairo']],
  // a day after "on" is when, not whom: the dying is what befell the subject, no attack
  ['Nine miners in Cairo died on Tuesday.', 'other', '190', [], ['Cairo']],
];

test('events from the linguistic layer: a subject that denies the happening ("no oil", "not all the oil") tells none', () => {
  for (const body of ['No ferry capsized near Cairo on Tuesday.', 'Not all the oil flowed into the harbour near Cairo on Tuesday.']) assert.deepEqual(extract(body, '2024-03-13').map((e) => e.title), [], body);
});
for (const [body, type, cameo, actors, places] of STRUCTURAL) {
  test(`events from the linguistic layer: ${body}`, () => {
    const events = extract(body, '2024-03-13');
    assert.equal(events.length, 1, JSON.stringify(events.map((e) => e.title)));
    const [e] = events;
    assert.equal(e.type, type);
    assert.equal(e.cameo, cameo);
    assert.deepEqual(e.actors.map((a) => `${a.id}:${a.role}`), actors);
    assert.deepEqual(e.places, places);
    assert.equal(e.date.start, '2024-03-12');
  });
}

test('after a comma only a verb that inverts ("said", "added") comes before its speaker: "urged" is followed by whom it urged', () => {
  const events = extract('Brandt himself, in an address broadcast on state television, urged residents to fight the rebels.', '2024-03-13');
  const speakers = events.flatMap((e) => e.actors.filter((a) => a.role === 'speaker').map((a) => a.id));
  assert.deepEqual(speakers.filter((id) => id === 'civilians' || id === 'rebels'), [], JSON.stringify(events.map((e) => [e.title, e.actors])));
});

test('a participle of saying after a noun with its agent after it ("the money promised by donors") describes the noun: no statement', () => {
  const events = extract('The town still lacks water, with much of the money promised by foreign donors not yet spent.', '2024-03-13');
  assert.deepEqual(events.filter((e) => e.type === 'statement').map((e) => e.title), []);
  // ... but a means after "by" is no agent: the verb is the clause's
  assert.equal(extract('The minister announced by video link that the dam would be rebuilt.', '2024-03-13').length, 1);
});

test('a deed found only by the linguistic layer under a modal, with no one saying it, is a possibility: no event', () => {
  assert.deepEqual(extract('The two firms might well have merged their shipping units.', '2024-03-13').map((e) => e.title), []);
  // told as done, the same deed is one
  assert.equal(extract('The two firms merged their shipping units on Monday.', '2024-03-13').length, 1);
});

test('meeting a thing is encountering it: "met with scepticism" is no meeting, "met with the rebels" is', () => {
  assert.deepEqual(extract('The plan was met with fierce resistance on Monday.', '2024-03-13').filter((e) => e.type === 'meeting').map((e) => e.title), []);
  assert.equal(extract('The minister met with the rebels on Monday.', '2024-03-13').filter((e) => e.type === 'meeting').length, 1);
  assert.deepEqual(extract('All the strikers\' demands were met on Monday.', '2024-03-13').filter((e) => e.type === 'meeting').map((e) => e.title), []);
  // a caption's participle is no happening
  assert.deepEqual(extract('Picture taken on Monday.', '2024-03-13').map((e) => e.title), []);
});

test('a title is drawn from the trigger\'s own clause, not from a clause further on ("since the strike began")', () => {
  const [event] = extract('The visit was the first face-to-face talks between the two mayors since the dock strike began.', '2024-03-13');
  assert.ok(event && !/^The dock strike begins/.test(event.title), event?.title);
});

test('a subordinate clause with no actor for its subject is titled from its subject on, without its "after"', () => {
  const events = extract('Crews are still at sea, weeks after a rig operated on behalf of Acme Drilling exploded on 2 February.', '2024-03-13');
  const rig = events.find((e) => /rig/.test(e.title));
  assert.ok(rig && /^A rig operated on behalf of Acme Drilling explode/.test(rig.title), JSON.stringify(events.map((e) => e.title)));
  assert.ok(!rig.actors.some((a) => a.role === 'agent'), JSON.stringify(rig.actors));
});

test('a dated relative clause is its antecedent\'s happening: the named antecedent acts, else its words lead the title', () => {
  const rows: [string, string, string | null][] = [
    ['The album is a tribute to Jane Doe, who died in June 2009.', 'Jane Doe died in June 2009', 'jane-doe'],
    ['Facebook was used to coordinate the start of the protests in Libya, which went into full swing on February 17.', 'The start of the protests in Libya went into full swing on February 17', null],
    ['The revolt began in Tunisia, where the wave of uprisings began late last year.', 'The wave of uprisings began late last year', null],
  ];
  for (const [body, title, agent] of rows) {
    const event = extract(body, '2024-03-13').find((e) => e.title === title);
    assert.ok(event, `${body}\n  got: ${JSON.stringify(extract(body, '2024-03-13').map((e) => e.title))}`);
    assert.equal(event.actors.find((a) => a.role === 'agent')?.id ?? null, agent, body);
  }
});
