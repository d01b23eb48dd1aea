import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineSchema } from '../../src/schema/timeline.ts';
import { mostFrequentActor, syntheticTimeline } from './synthetic-timeline.ts';

test('the same seed gives the same timeline; another seed another', () => {
  assert.equal(JSON.stringify(syntheticTimeline(300, 7)), JSON.stringify(syntheticTimeline(300, 7)));
  assert.notEqual(JSON.stringify(syntheticTimeline(300, 7)), JSON.stringify(syntheticTimeline(300, 8)));
});

test('a synthetic timeline is a valid timeline with the size asked for', () => {
  const timeline = timelineSchema.parse(syntheticTimeline(500));
  assert.equal(timeline.events.length, 500);
  assert.equal(new Set(timeline.events.map((e) => e.id)).size, 500);
});

test('actors are skewed: the most frequent is in far more events than the median one', () => {
  const timeline = syntheticTimeline(2000);
  const top = mostFrequentActor(timeline);
  const counts = timeline.actors.map((a) => timeline.events.filter((e) => e.actors.some((x) => x.id === a.id)).length).sort((a, b) => a - b);
  const topCount = timeline.events.filter((e) => e.actors.some((x) => x.id === top)).length;
  assert.equal(topCount, counts.at(-1));
  assert.ok(topCount > 10 * counts[Math.floor(counts.length / 2)]!, `top ${topCount}, median ${counts[Math.floor(counts.length / 2)]}`);
});
