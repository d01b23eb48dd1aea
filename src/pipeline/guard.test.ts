import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate } from './events/candidate.ts';
import type { SentenceNote } from './events/extract.ts';
import { describeDropped, guardCandidates, guardTimeline } from './guard.ts';
import type { Timeline } from './types.ts';

const day = { start: '2024-03-11', end: '2024-03-11', precision: 'day' as const, certain: true, text: 'Monday' };
function candidate(sentenceIndex: number, title: string, extra: Partial<Candidate> = {}): Candidate {
  return {
    type: 'statement', status: 'occurred', date: day, planned: null, actors: [{ id: 'ana-ruiz', role: 'speaker' }],
    quotes: [], quantities: [], places: [], sources: [{ article: 'a', sentence: `Sentence ${sentenceIndex}.`, sentenceIndex }],
    rule: 'say', title, paragraph: 0, ...extra,
  };
}

test('guardCandidates: a candidate off the schema is dropped, its note says why, the other notes follow their candidates', () => {
  // [titles and dates of the candidates, kept titles, the notes after the guard]
  const rows: [Candidate[], string[], (number | string)[]][] = [
    [[candidate(0, 'Ruiz spoke'), candidate(1, 'Berg spoke')], ['Ruiz spoke', 'Berg spoke'], [0, 1]],
    [[candidate(0, ''), candidate(1, 'Berg spoke')], ['Berg spoke'], ['title', 0]],
    [[candidate(0, 'Ruiz spoke'), candidate(1, 'Bad date', { date: { ...day, start: '11/03/2024' } })], ['Ruiz spoke'], [0, 'date.start']],
    [[candidate(0, 'No source', { sources: [] })], [], ['sources']],
  ];
  for (const [candidates, keptTitles, noteFates] of rows) {
    const notes: SentenceNote[] = candidates.map((_, i) => ({ sentence: i, candidate: i, reason: 'statement via "said"' }));
    const out = guardCandidates(candidates, notes);
    assert.deepEqual(out.candidates.map((c) => c.title), keptTitles);
    assert.equal(out.dropped.length, candidates.length - keptTitles.length);
    out.notes.forEach((n, i) => {
      const fate = noteFates[i];
      if (typeof fate === 'number') assert.equal(n.candidate, fate);
      else {
        assert.equal(n.candidate, null);
        assert.match(n.reason, new RegExp(`^dropped: .*${fate.replace('.', '\\.')}`));
      }
    });
  }
});

test('guardTimeline: an invalid event leaves its sentences, an invalid actor leaves its events', () => {
  const event = (id: string, title: string, actors: { id: string; role: 'speaker' }[]) => ({
    id, title, type: 'statement' as const, status: 'occurred' as const, date: day, planned: null, actors,
    quotes: [], quantities: [], places: [], sources: [{ article: 'a', sentence: 'S.', sentenceIndex: 0 }], rule: 'say',
  });
  const timeline: Timeline = {
    events: [event('2024-03-11-ana-ruiz-statement', 'Ruiz spoke', [{ id: 'ana-ruiz', role: 'speaker' }, { id: '', role: 'speaker' }]), event('Bad Id', 'Berg spoke', [])],
    actors: [
      { id: 'ana-ruiz', name: 'Ana Ruiz', kind: 'person', aliases: [], role: null, affiliation: '' },
      { id: '', name: '', kind: 'person', aliases: [], role: null, affiliation: null },
    ],
    articles: [{ id: 'a', title: 't', publisher: 'p', publishedAt: '2024-03-13', url: null, byline: null, sentences: [{ index: 0, paragraph: 0, text: 'S.', events: ['2024-03-11-ana-ruiz-statement', 'Bad Id'] }], daysMentioned: [] }],
    redirects: [],
  };
  const { timeline: out, dropped } = guardTimeline(timeline);
  assert.deepEqual(out.events.map((e) => e.id), ['2024-03-11-ana-ruiz-statement']);
  assert.deepEqual(out.events[0].actors.map((a) => a.id), ['ana-ruiz']);
  assert.deepEqual(out.actors.map((a) => a.id), ['ana-ruiz']);
  assert.deepEqual(out.articles[0].sentences[0].events, ['2024-03-11-ana-ruiz-statement']);
  assert.equal(dropped.length, 2);
  const lines = dropped.map((d) => describeDropped(d, (id) => `content/articles/${id}.md`));
  assert.match(lines[0], /^dropped the actor "" \(\): it does not fit the actor schema \(id: /);
  assert.match(lines[1], /^content\/articles\/a\.md: sentence \[0\] "S\.": dropped an event .*\(id: .*\); `npx dateline explain a`/);
});

test('guardTimeline: a valid timeline comes back as it was', () => {
  const timeline: Timeline = { events: [], actors: [], articles: [], redirects: [] };
  assert.equal(guardTimeline(timeline).timeline, timeline);
});
