import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateClause, DATE_SOURCES } from './index.ts';
import { happening, inputFor, PUBLISHED, type Row } from './test-helpers.ts';
import type { DatingContext } from './types.ts';

test('DATE_SOURCES: the publication date is last, and answers anything', () => {
  assert.equal(DATE_SOURCES.at(-1)!.name, 'publication date');
  const dated = dateClause(inputFor({ sentence: 'Rebels seized the airport.', verb: 'seized' }));
  assert.deepEqual([dated.date.start, dated.date.certain, dated.source], [PUBLISHED, false, 'publication date']);
  // one explain line per source tried
  assert.equal(dated.trace.length, DATE_SOURCES.length);
});

test('dateClause: the first source that answers wins, and the trace stops there', () => {
  const dated = dateClause(inputFor({ sentence: 'Rebels seized the airport on Monday.', verb: 'seized' }));
  assert.deepEqual([dated.date.start, dated.date.certain, dated.source, dated.trace.length], ['2024-03-11', true, 'own clause', 1]);
});

test('dateClause: a day after publication is not when a told happening happened; the next source answers', () => {
  // published Wednesday 2024-03-13
  const rows: [Row, Partial<DatingContext>, string, string][] = [
    // counted from a happening dated a week before, two weeks on is past publication: the paragraph's date answers, inferred
    [{ sentence: 'Two weeks after the vote, the court annulled the result.', verb: 'annulled', before: [['The assembly voted on March 6 to annex the region.', '2024-03-06']] }, {}, '2024-03-06', 'the paragraph, before'],
    // a paragraph date counted from publication ("three days after <an undated happening>") carries nothing
    [{ sentence: 'The army shelled the palace.', verb: 'shelled' }, { next: happening('Three days after the fall of the capital, the army shelled the palace.', '2024-03-16') }, PUBLISHED, 'publication date'],
    // a day on or before publication still answers
    [{ sentence: 'A day after the vote, the court annulled the result.', verb: 'annulled', before: [['The assembly voted on March 6 to annex the region.', '2024-03-06']] }, {}, '2024-03-07', 'relative to another happening'],
    [{ sentence: 'The army shelled the palace.', verb: 'shelled' }, { next: happening('On Monday the army shelled the palace.', '2024-03-11') }, '2024-03-11', 'the paragraph, after'],
    // a length counted from the wrong point puts a span after publication: not when a told happening happened
    [{ sentence: 'The army shelled the palace.', verb: 'shelled' }, { next: { ...happening('Three months later the army shelled the palace.', '2024-06-01'), date: { start: '2024-06-01', end: '2024-06-30', precision: 'month', certain: true, text: 'Three months later' } } }, PUBLISHED, 'publication date'],
    // a statement about next week's plan keeps the plan's week
    [{ sentence: 'The agency will launch an appeal next week, the coordinator said.', verb: 'said' }, {}, '2024-03-18', 'own clause'],
  ];
  for (const [row, context, day, source] of rows) {
    const dated = dateClause(inputFor(row, context));
    assert.deepEqual([dated.date.start, dated.source], [day, source], row.sentence);
  }
});

test('dateClause: a relation no source could resolve is handed on with the date a later source gives', () => {
  const dated = dateClause(inputFor({ sentence: 'Two days after the collapse of the bridge, rescuers reached the valley.', verb: 'reached' }));
  assert.deepEqual([dated.source, dated.date.certain, dated.relation?.days, dated.relation?.words], ['publication date', false, 2, ['collaps', 'bridg']]);
  // resolved in the article: nothing to hand on
  const resolved = dateClause(inputFor({ sentence: 'Two days after the collapse of the bridge, rescuers reached the valley.', verb: 'reached', before: [['The bridge collapsed on March 4.', '2024-03-04']] }));
  assert.deepEqual([resolved.date.start, resolved.relation], ['2024-03-06', undefined]);
});
