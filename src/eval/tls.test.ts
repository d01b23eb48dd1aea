import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from './score-real-topic.ts';
import { dateF1, HELD_OUT_TOPICS, parseTlsOutput, rankDaysByCitingArticles, selectTopics } from './tls.ts';

test('selectTopics: the held-out topics only when named', () => {
  const available = ['MJ_bbc', 'SyrianCrisis_bbc', 'bpoil_bbc', 'bpoil_washingtonpost'];
  assert.deepEqual(selectTopics(available, null), ['MJ_bbc', 'bpoil_bbc']);
  assert.deepEqual(selectTopics(available, ['bpoil_bbc']), ['bpoil_bbc']);
  assert.deepEqual(selectTopics(available, ['bpoil_washingtonpost']), ['bpoil_washingtonpost']);
  assert.throws(() => selectTopics(available, ['nope']), /unknown topic\(s\) nope: choose from MJ_bbc/);
  assert.deepEqual([...HELD_OUT_TOPICS].sort(), ['SyrianCrisis_bbc', 'bpoil_washingtonpost']);
});

test('parseTlsOutput: the closing figures and the rows above them', () => {
  const out = 'MISS 2010-01-01 peer=2010-01-02 dateline=[] :: x\nevents=5 gold_days=3 date_f1=0.333 peer_date_f1=0.0 pubdate_f1=0.667 stated=2 extracted=1 dated_right=1 peer_dated_right=0\n';
  const { score, rows } = parseTlsOutput(out);
  assert.equal(score.date_f1, 0.333);
  assert.equal(score.stated, 2);
  assert.deepEqual(rows, ['MISS 2010-01-01 peer=2010-01-02 dateline=[] :: x']);
  assert.throws(() => parseTlsOutput('Traceback ...'), /lacks events/);
});

const ev = (start: string, articles: string[], precision = 'day') => ({
  id: `${start}-${articles.join('')}`, title: 't', date: { start, end: start, precision, certain: true, text: '' },
  sources: articles.map((article, i) => ({ article, sentence: `Sentence ${i}.`, sentenceIndex: i })),
});

// [events, gold days]: ties broken by date, non-day precision ignored, more gold days than ranked days, no hit
const cases: [ReturnType<typeof ev>[], string[]][] = [
  [[ev('2010-01-01', ['a', 'b']), ev('2010-01-02', ['a']), ev('2010-01-03', ['c'])], ['2010-01-01', '2010-01-03']],
  [[ev('2010-01-05', ['a']), ev('2010-01-04', ['b']), ev('2010-01-06', ['c', 'd'], 'month')], ['2010-01-05']],
  [[ev('2010-01-01', ['a', 'b', 'c']), ev('2010-01-02', ['a'])], ['2010-01-01', '2010-01-02', '2010-02-01', '2010-03-01']],
  [[ev('2010-01-01', ['a'])], ['2011-01-01']],
];

test('dateF1: the port gives the reference scorer\'s figures', () => {
  const scorer = join(SHARED, 'eval', 'tls-score.py');
  assert.ok(existsSync(scorer), `${scorer} not found: the shared data must be checked out beside the project (../shared)`);
  const dir = mkdtempSync(join(tmpdir(), 'dateline-tls-'));
  try {
    for (const [events, goldDays] of cases) {
      writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
      writeFileSync(join(dir, 'gold.json'), JSON.stringify(goldDays.map((date) => ({ date, text: 'Nothing stated here.' }))));
      writeFileSync(join(dir, 'peer.json'), JSON.stringify([{ article: 'a', sentence: 'Another sentence entirely.', date: '2010-01-01', precision: 'publication' }]));
      const run = spawnSync('python3', [scorer, dir, join(dir, 'gold.json'), join(dir, 'peer.json')], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const reference = parseTlsOutput(run.stdout).score.date_f1;
      assert.equal(Number(dateF1(rankDaysByCitingArticles(events), new Set(goldDays)).toFixed(3)), reference, JSON.stringify(goldDays));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
