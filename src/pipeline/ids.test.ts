import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readContent } from '../build/read-content.ts';
import { ledgerText } from '../build/id-ledger.ts';
import type { ActorPin } from '../schema/actor.ts';
import type { Redirect } from '../schema/redirect.ts';
import type { Candidate } from './events/candidate.ts';
import { runPipeline, type PipelineRun } from './index.ts';
import { assignIds, recordIds, retiredIds, slugify, sourceKeys, type IdLedger } from './ids.ts';
import type { SourceArticle } from './types.ts';

const article = (id: string, publishedAt: string, body: string) => ({ id, file: `${id}.md`, title: id, publisher: 'p', publishedAt, url: null, byline: null, body, bodyLine: 1 });

test('slugify', () => {
  const rows: [string, string][] = [
    ['2022-02-02 john-kirby statement', '2022-02-02-john-kirby-statement'],
    ['U.S. Forces Korea', 'us-forces-korea'],
    ['Selim Aydın', 'selim-aydin'],
    ['  --weird__input!! ', 'weird-input'],
  ];
  for (const [input, expected] of rows) assert.equal(slugify(input), expected);
});

test('ids are readable and do not change when an unrelated article is added', () => {
  const a = article('a', '2024-03-13', 'On Monday, Foreign Minister Ana Ruiz warned that the ceasefire could collapse.');
  const b = article('b', '2024-03-20', 'Gen. Tomas Berg put the army on high alert on Tuesday.');
  const before = runPipeline([a], []).timeline.events.map((e) => e.id);
  const after = runPipeline([b, a], []).timeline.events.map((e) => e.id);
  assert.deepEqual(before, ['2024-03-11-ana-ruiz-warning']);
  assert.ok(after.includes(before[0]), `${before[0]} still there in ${after}`);
  assert.ok(after.includes('2024-03-19-tomas-berg-alert'), after.join(', '));
});

test('same input, same output, whatever the order of the articles', () => {
  const a = article('a', '2024-03-13', 'On Monday, Foreign Minister Ana Ruiz warned that the ceasefire could collapse. Gen. Tomas Berg said on Tuesday the army was ready.');
  const b = article('b', '2024-03-14', 'Ruiz warned on Monday that the truce could collapse, her ministry said.');
  assert.equal(JSON.stringify(runPipeline([a, b], []).timeline), JSON.stringify(runPipeline([b, a], []).timeline));
});

// --- The id ledger: published ids keep resolving, whatever is added and in whatever order ---

/** Why `id` (from `ledger`) does not resolve in `run`, or null when it answers 200 or redirects to an event holding one of its sources. */
function whyUnresolved(id: string, ledger: IdLedger, run: PipelineRun): string | null {
  const { events, redirects, articles } = run.timeline;
  if (events.some((e) => e.id === id)) return null;
  const redirect = redirects.find((r) => r.id === id);
  if (!redirect) return `${id} answers 404`;
  const [, kind, target] = /^\/(events|articles)\/([a-z0-9-]+)\/$/.exec(redirect.to) ?? [];
  if (kind === 'articles') {
    if (!articles.some((a) => a.id === target)) return `${id} redirects to a missing article ${target}`;
    const sentences = new Set(events.flatMap((e) => e.sources.map((s) => `${s.article}#${s.sentenceIndex}`)));
    return ledger[id]!.some((k) => sentences.has(k.slice(0, k.lastIndexOf('/')))) ? `${id} redirects to an article although an event holds its source` : null;
  }
  const event = events.find((e) => e.id === target);
  if (!event) return `${id} redirects to a missing event ${target}`;
  const held = new Set(sourceKeys(event).map((k) => k.slice(0, k.lastIndexOf('/'))));
  return ledger[id]!.some((k) => held.has(k.slice(0, k.lastIndexOf('/')))) ? null : `${id} redirects to ${target}, which holds none of its sources`;
}

/** Publishes the articles one by one in `order`, checking after each step that every id published so far resolves. */
function publishInOrder(base: SourceArticle[], order: SourceArticle[], pins: ActorPin[] = [], start: IdLedger = {}): { problems: string[]; ledger: IdLedger; run: PipelineRun } {
  const problems: string[] = [];
  let ledger = start;
  let run = runPipeline(base, pins, ledger);
  ledger = run.ledger;
  const published = [...base];
  for (const next of order) {
    published.push(next);
    run = runPipeline(published, pins, ledger);
    for (const [id, keys] of Object.entries(ledger)) {
      const after = `after adding ${order.slice(0, order.indexOf(next) + 1).map((a) => a.id).join(', ')}`;
      const why = whyUnresolved(id, run.ledger, run);
      if (why) problems.push(`${after}: ${why}`);
      // an id moves only into an older id (a merge), never to a newly named event holding its anchor
      const holder = run.timeline.events.find((e) => sourceKeys(e).includes(keys[0]!));
      if (holder && holder.id !== id && !(holder.id in ledger)) problems.push(`${after}: ${id} moved to the new id ${holder.id}`);
      // append-only: what the ledger said stays, in the same order
      if (JSON.stringify(run.ledger[id]?.slice(0, keys.length)) !== JSON.stringify(keys)) problems.push(`the ledger rewrote ${id}`);
    }
    ledger = run.ledger;
  }
  return { problems, ledger, run };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

test('ledger: an event keeps the id whose anchor it holds; merged and split ids redirect to the event holding their source', () => {
  const c = (type: Candidate['type'], sources: [string, number][], actor = 'x'): Candidate => ({
    type, status: 'occurred', date: { start: '2024-01-01', end: '2024-01-01', precision: 'day', certain: true, text: 'Monday' }, planned: null,
    actors: [{ id: actor, role: 'agent' }], quotes: [], quantities: [], places: [], rule: 'test', title: 't', paragraph: 0,
    sources: sources.map(([article, sentenceIndex]) => ({ article, sentenceIndex, sentence: `${article} ${sentenceIndex}` })),
  });
  const ledger: IdLedger = {
    'old-a': ['a#1/alert', 'b#2/alert'],
    'old-b': ['b#5/alert'],
    'old-s': ['a#1/speech'],
    'gone': ['z#1/alert'],
  };
  const rows: { events: Candidate[]; ids: string[]; redirects: Redirect[] }[] = [
    // nothing changed: both keep their ids (a statement from the same sentence keeps its own)
    { events: [c('alert', [['a', 1], ['b', 2]]), c('alert', [['b', 5]]), c('statement', [['a', 1]])], ids: ['old-a', 'old-b', 'old-s'], redirects: [] },
    // a new earlier report and a new main actor do not rename it
    { events: [c('alert', [['0', 3], ['a', 1], ['b', 2]], 'new-actor'), c('alert', [['b', 5]]), c('statement', [['a', 1]])], ids: ['old-a', 'old-b', 'old-s'], redirects: [] },
    // merged: the event keeps one id, the other redirects to it
    { events: [c('alert', [['a', 1], ['b', 2], ['b', 5]]), c('statement', [['a', 1]])], ids: ['old-a', 'old-s'], redirects: [{ id: 'old-b', to: '/events/old-a/' }] },
    // split: the part holding the anchor keeps the id, the other part is new
    { events: [c('alert', [['a', 1]]), c('alert', [['b', 2]]), c('alert', [['b', 5]]), c('statement', [['a', 1]])], ids: ['old-a', '2024-01-01-x-alert', 'old-b', 'old-s'], redirects: [] },
    // the anchor no longer yields an event: the id follows its other source
    { events: [c('alert', [['b', 2]]), c('alert', [['b', 5]]), c('statement', [['a', 1]])], ids: ['2024-01-01-x-alert', 'old-b', 'old-s'], redirects: [{ id: 'old-a', to: '/events/2024-01-01-x-alert/' }] },
  ];
  for (const { events, ids, redirects } of rows) {
    const assigned = assignIds(events, ledger);
    assert.deepEqual(assigned, ids);
    const published = events.map((e, i) => ({ id: assigned[i]!, type: e.type, sources: e.sources }));
    const { redirects: got, lost } = retiredIds(recordIds(ledger, published), published, new Set(['a', 'b', '0']));
    assert.deepEqual(got, redirects);
    assert.deepEqual(lost, ['gone'], 'an id whose article is gone leads nowhere, and is reported');
  }
  // a new id never takes a retired one
  assert.deepEqual(assignIds([c('alert', [['q', 1]], 'x')], { '2024-01-01-x-alert': ['z#1/alert'] }), ['2024-01-01-x-alert-' + assignIds([c('alert', [['q', 1]])], { '2024-01-01-x-alert': [] })[0]!.slice(-6)]);
});

test('ledger: recorded sorted, append-only, the same bytes for the same history', () => {
  const event = (id: string, sources: [string, number][]) => ({ id, type: 'statement' as const, sources: sources.map(([article, sentenceIndex]) => ({ article, sentenceIndex })) });
  const first = recordIds({}, [event('b-id', [['x', 2], ['w', 7]]), event('a-id', [['x', 1]])]);
  assert.deepEqual(Object.keys(first), ['a-id', 'b-id']);
  assert.deepEqual(first['b-id'], ['x#2/speech', 'w#7/speech'], 'the anchor (earliest report) first');
  const second = recordIds(first, [event('b-id', [['v', 1], ['x', 2]])]);
  assert.deepEqual(second['b-id'], ['x#2/speech', 'w#7/speech', 'v#1/speech']);
  assert.deepEqual(second['a-id'], ['x#1/speech'], 'an id no event has now stays');
  assert.equal(ledgerText(recordIds({}, [event('a-id', [['x', 1]]), event('b-id', [['x', 2], ['w', 7]])])), ledgerText(first));
});

const tiny = (id: string, publishedAt: string, body: string): SourceArticle => article(id, publishedAt, body);

test('ledger: four small articles added in every order, every published id keeps resolving', () => {
  const articles = [
    tiny('ruiz-warns', '2024-03-13', 'On Monday, Foreign Minister Ana Ruiz warned that the ceasefire could collapse.'),
    tiny('truce-at-risk', '2024-03-14', 'Ruiz warned on Monday that the truce could collapse, her ministry said. Gen. Tomas Berg put the army on high alert on Tuesday.'),
    tiny('a-early-report', '2024-03-12', 'Foreign Minister Ana Ruiz said on Monday that the ceasefire was holding. Gen. Tomas Berg put the army on high alert on Monday.'),
    tiny('ministry-briefing', '2024-03-15', 'Ministry spokeswoman Lena Ortiz said on Monday that the talks had failed, and Ruiz warned that the ceasefire could collapse.'),
  ];
  const finals = new Set<string>();
  for (const order of permutations(articles)) {
    const { problems, run } = publishInOrder([], order);
    assert.deepEqual(problems, [], order.map((a) => a.id).join(' -> '));
    // whatever the order, the site has the same events (ids may differ by history, never their content)
    finals.add(JSON.stringify(run.timeline.events.map(({ id: _id, ...rest }) => JSON.stringify(rest)).sort()));
  }
  assert.equal(finals.size, 1);
});

test('ledger: the seed site, then an article that renames or splits its largest event, added in every order', async () => {
  const { articles: seeds, pins } = await readContent(join(import.meta.dirname, '..', '..'));
  // a spokeswoman's report published the next day: it joins the seeds' statement event and, with
  // a name that sorts first, splits it (the case, in the project's own wording)
  const nextDay = tiny('pentagon-talks-collapse', '2022-02-03', 'Pentagon spokeswoman Dana Kell said on Wednesday that the talks with Moscow had collapsed.');
  const sortsFirst = tiny('0-pentagon-briefing', '2022-02-02', 'A Pentagon spokeswoman, Dana Kell, told reporters on Wednesday that the talks with Moscow had collapsed.');
  const earlier = tiny('aa-kirby-briefing', '2022-02-02', 'Pentagon press secretary John Kirby said Wednesday that the United States would send 3,000 troops to Romania, Poland and Germany.');
  const seedIds = runPipeline(seeds, pins).timeline.events.map((e) => e.id);
  assert.ok(seedIds.includes('2022-02-02-john-kirby-statement'), seedIds.join(', '));
  for (const order of permutations([nextDay, sortsFirst, earlier])) {
    const { problems, run } = publishInOrder(seeds, order, pins);
    assert.deepEqual(problems, [], order.map((a) => a.id).join(' -> '));
    // the seeds' events hold their anchors, so their ids still answer 200
    const ids = new Set(run.timeline.events.map((e) => e.id));
    assert.ok(ids.has('2022-02-02-john-kirby-statement'), `${order.map((a) => a.id).join(' -> ')}: ${[...ids].join(', ')}`);
  }
});
