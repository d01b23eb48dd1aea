/**
 * A small sample of `npm run eval:real` inside `npm test`: the first 15 articles of one Timeline17
 * topic, scored by the reference scorer with the naive peer beside it. The floors sit a little
 * under the figures measured; raise them as the pipeline improves, never lower them. The shared
 * data must be checked out beside the project (CI has it): a missing ../shared fails loudly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreRealTopic, TIMELINE17 } from '../src/eval/score-real-topic.ts';

const TOPIC = 'MJ_bbc';
const ARTICLES = 15;
/** measured: stated 13, extracted 8, dated right 2, date F1 0.231, key days F1 0.200 (npm run eval:real -- --topics MJ_bbc --articles 15) */
const FLOOR = { extracted: 7, datedRight: 1, dateF1: 0.2, keyDaysF1: 0.15 };

test(`eval:real sample: first ${ARTICLES} articles of ${TOPIC} against the journalists' timeline`, async () => {
  assert.ok(existsSync(join(TIMELINE17, TOPIC)), `${join(TIMELINE17, TOPIC)} not found: check out the shared data beside the project (../shared/data/timeline17)`);
  const workDir = join(tmpdir(), `dateline-eval-real-sample-${process.pid}`);
  const r = await scoreRealTopic({ topic: TOPIC, workDir, limit: ARTICLES }).finally(() => rmSync(workDir, { recursive: true, force: true }));
  const s = r.score;
  const figures = `stated ${s.stated}, extracted ${s.extracted}, dated right ${s.dated_right} (peer ${s.peer_dated_right}), date F1 ${s.date_f1} (peer ${s.peer_date_f1}), key days F1 ${r.keyDaysF1.toFixed(3)}`;
  assert.equal(r.articles, ARTICLES, figures);
  assert.ok(s.stated > 0, `some gold sentence is stated in the sample: ${figures}`);
  assert.ok(s.extracted >= FLOOR.extracted, `extracted >= ${FLOOR.extracted}: ${figures}`);
  assert.ok(s.dated_right >= FLOOR.datedRight, `dated right >= ${FLOOR.datedRight}: ${figures}`);
  assert.ok(s.date_f1 >= FLOOR.dateF1, `date F1 >= ${FLOOR.dateF1}: ${figures}`);
  assert.ok(r.keyDaysF1 >= FLOOR.keyDaysF1, `key days F1 >= ${FLOOR.keyDaysF1}: ${figures}`);
});
