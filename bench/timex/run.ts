/**
 * `npm run bench:timex`: runs the time-expression tagger over the TempEval-3 platinum set and
 * prints the TempEval-3 figures, overall and for DATE alone, as a table and as grep-able
 * `bench.timex.<scope>.<metric>=<value>` lines, plus the run time (median of RUNS runs).
 *
 *   --errors    also list the misses, false alarms and wrong values, document by document
 *   --baseline  also score chrono-node used as a tagger on its own (see chrono-baseline.ts)
 *   --dev       score the development set instead: hand annotations of Timeline17 paragraphs
 *               (bench/timex/dev/, see dev-corpus.ts), not the platinum set the tagger was tuned on
 *   --check     score the check set: annotated after the development set's fixes, for an untuned figure
 *   --fresh     score the fresh set: annotated before the tagger was run on it (dev/README.md)
 *   --fresh2    score the second fresh set, annotated the same way at the end of that session
 *
 * The data folder: DATELINE_TEMPEVAL_DIR, else ../shared/data/tempeval3-platinum beside the repo.
 */
import { performance } from 'node:perf_hooks';
import { toJson, type TimexJson } from '../../src/cli/timex.ts';
import { tagTimexes } from '../../src/pipeline/time/index.ts';
import { chronoTag } from './chrono-baseline.ts';
import { corpusDir, corpusPresent, loadCorpus } from './corpus.ts';
import { DEV_SETS, devCorpusPresent, loadDevCorpus, timeline17Dir } from './dev-corpus.ts';
import { countDocument, emptyCounts, ofType, scores, type Scores } from './score.ts';
import type { GoldTimex, TimeMLDocument } from './timeml.ts';

const RUNS = 3;
/** DATE first: the row the README quotes beside overall. */
const TYPES = ['DATE', 'DURATION', 'TIME', 'SET'] as const;

function tagAll(docs: TimeMLDocument[]): TimexJson[][] {
  return docs.map((doc) => tagTimexes(doc.text, doc.dct).map(toJson));
}

const pct = (x: number): string => (100 * x).toFixed(1);

function table(rows: [string, Scores][]): string {
  const header = ['', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'type acc', 'value acc', 'value F1', 'gold', 'system'];
  const body = rows.map(([name, s]) => [
    name, pct(s.strict.precision), pct(s.strict.recall), pct(s.strict.f1),
    pct(s.relaxed.precision), pct(s.relaxed.recall), pct(s.relaxed.f1),
    pct(s.typeAccuracy), pct(s.valueAccuracy), pct(s.valueF1), String(s.counts.gold), String(s.counts.system),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

function grepLines(scope: string, s: Scores): string[] {
  const figures: [string, number][] = [
    ['strict_precision', s.strict.precision], ['strict_recall', s.strict.recall], ['strict_f1', s.strict.f1],
    ['relaxed_precision', s.relaxed.precision], ['relaxed_recall', s.relaxed.recall], ['relaxed_f1', s.relaxed.f1],
    ['type_accuracy', s.typeAccuracy], ['value_accuracy', s.valueAccuracy], ['value_f1', s.valueF1],
  ];
  return figures.map(([name, x]) => `bench.timex.${scope}.${name}=${pct(x)}`);
}

function listErrors(doc: TimeMLDocument, system: TimexJson[]): string[] {
  const out: string[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const context = (start: number, end: number): string => doc.text.slice(Math.max(0, start - 40), end + 30).replace(/\s+/g, ' ');
  for (const g of doc.timexes) {
    const match = system.find((s) => s.start === g.start && s.end === g.end) ?? system.find((s) => overlaps(s, g));
    if (!match) out.push(`  MISS   ${fmt(g)}   | ${context(g.start, g.end)}`);
    else if (match.value !== g.value || match.type !== g.type) out.push(`  VALUE  ${fmt(g)} -> ${fmt(match)}   | ${context(g.start, g.end)}`);
    else if (match.start !== g.start || match.end !== g.end) out.push(`  SPAN   ${fmt(g)} -> "${match.text}"`);
  }
  for (const s of system) if (!doc.timexes.some((g) => overlaps(s, g))) out.push(`  EXTRA  ${fmt(s)}   | ${context(s.start, s.end)}`);
  return out.length ? [`${doc.id} (dct ${doc.dct})`, ...out] : [];
}

function fmt(t: GoldTimex | TimexJson): string {
  return `"${t.text}" ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`;
}

function main(): number {
  const check = process.argv.includes('--check');
  const fresh = process.argv.includes('--fresh');
  const fresh2 = process.argv.includes('--fresh2');
  const dev = check || fresh || fresh2 || process.argv.includes('--dev');
  const dir = dev ? timeline17Dir() : corpusDir();
  if (dev && !devCorpusPresent(dir)) {
    console.error(`bench:timex --dev: no Timeline17 articles in ${dir}; set DATELINE_TIMELINE17_DIR`);
    return 1;
  }
  if (!dev && !corpusPresent(dir)) {
    console.error(`bench:timex: no TempEval-3 .tml files in ${dir}; put the platinum set there or set DATELINE_TEMPEVAL_DIR`);
    return 1;
  }
  const docs = dev ? loadDevCorpus(dir, check ? DEV_SETS.check : fresh ? DEV_SETS.fresh : fresh2 ? DEV_SETS.fresh2 : DEV_SETS.dev) : loadCorpus(dir);
  const times: number[] = [];
  let systems: TimexJson[][] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    systems = tagAll(docs);
    times.push(performance.now() - t0);
  }
  const all = emptyCounts();
  const byType = TYPES.map(() => emptyCounts());
  docs.forEach((doc, i) => {
    countDocument(doc.timexes, systems[i], all);
    TYPES.forEach((type, k) => {
      const d = ofType(type, doc.timexes, systems[i]);
      countDocument(d.gold, d.system, byType[k]);
    });
  });
  const overall = scores(all);
  const typeScores = byType.map(scores);
  const dates = byType[0];
  const rows: [string, Scores][] = [['overall', overall], ...TYPES.map((type, k): [string, Scores] => [type, typeScores[k]])];
  if (process.argv.includes('--baseline')) {
    const baseAll = emptyCounts();
    const baseDates = emptyCounts();
    docs.forEach((doc) => {
      const system = chronoTag(doc.text, doc.dct);
      countDocument(doc.timexes, system, baseAll);
      const d = ofType('DATE', doc.timexes, system);
      countDocument(d.gold, d.system, baseDates);
    });
    rows.push(['chrono-node overall', scores(baseAll)], ['chrono-node DATE', scores(baseDates)]);
  }
  if (process.argv.includes('--errors')) {
    docs.forEach((doc, i) => {
      const lines = listErrors(doc, systems[i]);
      if (lines.length) console.log(lines.join('\n'));
    });
    console.log('');
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  console.log(`TimeML: ${docs.length} documents, ${all.gold} gold TIMEX3 (${dates.gold} DATE) from ${dir}\n`);
  console.log(table(rows));
  console.log('');
  console.log([...grepLines('overall', overall), ...TYPES.flatMap((type, k) => grepLines(type.toLowerCase(), typeScores[k]))].join('\n'));
  console.log(`bench.timex.run_ms=${median.toFixed(1)}  (median of ${RUNS} runs over all ${docs.length} documents)`);
  return 0;
}

process.exitCode = main();
