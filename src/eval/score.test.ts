import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../schema/actor.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { goldTimelineSchema } from './gold.ts';
import { eventMatches, scoreTimeline } from './score.ts';

const actor = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, kind: 'person', aliases, role: null, affiliation: null });
const event = (id: string, start: string, type: TimelineEvent['type'], actors: string[], articles = ['a']): TimelineEvent => ({
  id, title: id, type, status: 'occurred',
  date: { start, end: start, precision: 'day', certain: true, text: '' }, planned: null,
  actors: actors.map((a) => ({ id: a, role: 'speaker' as const })), quotes: [], quantities: [], places: [],
  sources: articles.map((article, i) => ({ article, sentence: `s${i}`, sentenceIndex: i })), rule: 'test',
});
const actors = [actor('jen-psaki', 'Jen Psaki', ['Pskai']), actor('john-kirby', 'John Kirby')];
const byId = new Map(actors.map((a) => [a.id, a]));
const g = (over: object) => goldTimelineSchema.parse({ events: [{ id: 'G', required: true, desc: '', from: '2022-02-02', to: '2022-02-02', types: ['statement'], actors: ['jen psaki'], ...over }] }).events[0];

test('eventMatches: date window, type and actor by name or alias', () => {
  const rows: [TimelineEvent, object, boolean][] = [
    [event('e', '2022-02-02', 'statement', ['jen-psaki']), {}, true],
    [event('e', '2022-02-03', 'statement', ['jen-psaki']), {}, false],
    [event('e', '2022-02-02', 'warning', ['jen-psaki']), {}, false],
    [event('e', '2022-02-02', 'statement', ['john-kirby']), {}, false],
    [event('e', '2022-02-02', 'statement', ['jen-psaki']), { actors: ['pskai'] }, true],
    [event('e', '2022-01-26', 'statement', ['john-kirby']), { from: '2022-01-24', to: '2022-01-30', actors: ['john kirby'] }, true],
  ];
  for (const [e, over, expected] of rows) assert.equal(eventMatches(e, g(over), byId), expected, JSON.stringify(over));
});

test('scoreTimeline: one-to-one matching, merged sources, violations, actor checks', () => {
  const gold = goldTimelineSchema.parse({
    events: [
      { id: 'A', required: true, desc: '', from: '2022-02-02', to: '2022-02-02', types: ['statement'], actors: ['john kirby'], min_sources: 2 },
      { id: 'B', required: true, desc: '', from: '2022-01-31', to: '2022-01-31', types: ['statement'], actors: ['jen psaki'] },
      { id: 'C', required: false, desc: '', from: '2022-01-01', to: '2022-12-31', types: ['statement'], actors: ['jen psaki'] },
    ],
    must_not: [{ desc: 'forward', date: '2022-02-07' }, { desc: 'promo', pattern: 'click here' }],
    actor_checks: [{ desc: 'one kirby', max_actors_matching: 'kirby', max: 1 }, { desc: 'typo', must_not_have_actor_named: 'pskai' }],
  });
  const events = [
    event('k1', '2022-02-02', 'statement', ['john-kirby'], ['a', 'b']),
    event('k2', '2022-02-02', 'statement', ['john-kirby']), // a duplicate: costs precision
    event('p', '2022-02-07', 'statement', ['jen-psaki']), // matches optional C, but is a wrong date
  ];
  const s = scoreTimeline(gold, events, [...actors, actor('kirby', 'Kirby')]);
  assert.equal(s.requiredFound, 1);
  assert.deepEqual(s.missing.map((m) => m.id), ['B']);
  assert.equal(s.matched, 2);
  assert.equal(s.precision, 2 / 3);
  assert.equal(s.optionalFound, 1);
  assert.equal(s.multiSourceMerged, 1);
  assert.equal(s.violations.length, 1);
  assert.equal(s.actorFailures.length, 1);
});
