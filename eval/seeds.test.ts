/**
 * The quality bar on the seed articles (the build-step issue): every required event found,
 * precision >= 0.9, every two-source event cited by both articles, no must_not violation,
 * no actor check failing. The held-out sets must not fall below the floors measured when
 * they were written (raise the floors as the pipeline improves, never lower them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadGoldSet } from '../src/eval/load-gold-set.ts';
import { scoreTimeline } from '../src/eval/score.ts';

const GOLD = join(import.meta.dirname, 'gold');

test('seed articles meet the quality bar', async () => {
  const { gold, timeline } = await loadGoldSet(join(GOLD, 'seeds'));
  const s = scoreTimeline(gold, timeline.events, timeline.actors);
  assert.deepEqual(s.missing.map((g) => `${g.id}: ${g.desc}`), [], 'every required event is found');
  assert.ok(s.precision >= 0.9, `precision ${s.precision.toFixed(3)} >= 0.9; extra: ${s.unmatched.map((e) => e.id).join(', ')}`);
  assert.equal(s.multiSourceMerged, s.multiSource, 'every two-source event cites both articles');
  assert.deepEqual(s.violations, []);
  assert.deepEqual(s.actorFailures, []);
});
