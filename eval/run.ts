/**
 * `npm run eval [-- --verbose] [SET ...]`: scores the pipeline against every gold set in
 * eval/gold/ and prints recall of required events, precision, merged events, violations and
 * failed actor checks, per set and in total.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGoldSet } from '../src/eval/load-gold-set.ts';
import { scoreTimeline } from '../src/eval/score.ts';
import { typeOfCameo } from '../src/pipeline/events/cameo/cameo-types.ts';

const GOLD = join(import.meta.dirname, 'gold');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
const sets = (await readdir(GOLD, { withFileTypes: true }))
  .filter((d) => d.isDirectory() && (only.length === 0 || only.includes(d.name)))
  .map((d) => d.name)
  .sort();

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
/** CAMEO coding of the extracted events and of the ones that match a gold event. */
const cameo = { events: 0, dictionary: 0, agree: 0, matched: 0, matchedDictionary: 0 };
const fromDictionary = (rule: string) => /CAMEO \d+ \(dictionary\)/.test(rule);
const totals = { events: 0, matched: 0, required: 0, requiredFound: 0, multi: 0, merged: 0, violations: 0, actorFailures: 0 };
console.log(`${'set'.padEnd(22)} ${'required'.padStart(9)} ${'recall'.padStart(6)} ${'precision'.padStart(9)} ${'events'.padStart(6)} ${'merged'.padStart(7)} ${'violations'.padStart(10)} ${'actor checks failed'.padStart(19)}`);
for (const name of sets) {
  const { gold, timeline } = await loadGoldSet(join(GOLD, name));
  const s = scoreTimeline(gold, timeline.events, timeline.actors);
  totals.events += s.events;
  const matchedIds = new Set(s.pairs.values());
  for (const e of timeline.events) {
    cameo.events++;
    if (fromDictionary(e.rule)) {
      cameo.dictionary++;
      if (e.cameo && typeOfCameo(e.cameo) === e.type) cameo.agree++;
    }
    if (matchedIds.has(e.id)) {
      cameo.matched++;
      if (fromDictionary(e.rule)) cameo.matchedDictionary++;
    }
  }
  totals.matched += s.matched;
  totals.required += s.required;
  totals.requiredFound += s.requiredFound;
  totals.multi += s.multiSource;
  totals.merged += s.multiSourceMerged;
  totals.violations += s.violations.length;
  totals.actorFailures += s.actorFailures.length;
  console.log(
    `${name.padEnd(22)} ${`${s.requiredFound}/${s.required}`.padStart(9)} ${pct(s.recall)} ${pct(s.precision).padStart(9)} ${String(s.events).padStart(6)} ${`${s.multiSourceMerged}/${s.multiSource}`.padStart(7)} ${String(s.violations.length).padStart(10)} ${String(s.actorFailures.length).padStart(19)}`,
  );
  if (verbose) {
    for (const g of s.missing) console.log(`    missing  ${g.id} ${g.from}..${g.to} [${g.types.join('|')}] ${g.desc}`);
    for (const e of s.unmatched) console.log(`    extra    ${e.id} ${e.date.start} ${e.type} [${e.actors.map((a) => a.id).join(', ')}] ${e.title}`);
    for (const u of s.unmerged) console.log(`    unmerged ${u}`);
    for (const v of s.violations) console.log(`    violation ${v}`);
    for (const f of s.actorFailures) console.log(`    actors   ${f}`);
  }
}
console.log(
  `${'total'.padEnd(22)} ${`${totals.requiredFound}/${totals.required}`.padStart(9)} ${pct(totals.required ? totals.requiredFound / totals.required : 1)} ${pct(totals.events ? totals.matched / totals.events : 0).padStart(9)} ${String(totals.events).padStart(6)} ${`${totals.merged}/${totals.multi}`.padStart(7)} ${String(totals.violations).padStart(10)} ${String(totals.actorFailures).padStart(19)}`,
);
console.log(
  `CAMEO: ${cameo.dictionary}/${cameo.events} events coded by the CAMEO dictionary (the rest by their type's default code); ${cameo.matchedDictionary}/${cameo.matched} of the events that match a gold event; the dictionary's type agrees with the lexicon's for ${cameo.agree}/${cameo.dictionary}`,
);
