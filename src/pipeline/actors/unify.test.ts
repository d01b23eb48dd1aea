import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { actorSchema, type ActorPin } from '../../schema/actor.ts';
import type { ArticleActors } from '../types.ts';
import { cleanArticle } from '../clean.ts';
import { splitSentences } from '../sentences.ts';
import { findActors, unifyActors } from './index.ts';
import { sentencesOf } from './test-helpers.ts';

const article = (texts: string[], pins: ActorPin[] = []) => findActors(sentencesOf(texts), pins);
const people = (actors: { kind: string; id: string }[]) => actors.filter((a) => a.kind === 'person').map((a) => a.id);

// [articles, person ids expected after unification]
const MERGES: [string[][], string[]][] = [
  // a surname alone joins the one full name it fits
  [[['President Biden spoke.'], ['President Joe Biden spoke.']], ['joe-biden']],
  // the more frequent spelling wins across articles
  [[['White House press secretary Jen Psaki spoke.'], ['Press secretary Jen Pskai spoke.', '"No," Psaki said.']], ['jen-psaki']],
  [[['Commodore Renato Villanueva said so.', 'Villanueva added more.'], ['Commodore Renato Villaneuva said so.']], ['renato-villanueva']],
  [[['Ukrainian President Volodymyr Zelenskyy spoke.'], ['Ukrainian President Volodymyr Zelensky spoke.', 'Zelensky said more.']], ['volodymyr-zelensky']],
  // two people who share a surname stay two; a surname alone between them stays apart
  [[['Hunter Quaddix spoke.'], ['Joe Quaddix spoke.'], ['Quaddix said nothing.']], ['hunter-quaddix', 'joe-quaddix', 'quaddix']],
  // ... unless the role says which
  [[['Hunter Biden spoke.'], ['President Joe Biden spoke.'], ['President Biden said nothing.']], ['hunter-biden', 'joe-biden']],
  [[['Defense Minister Park Sung-min spoke.'], ['South Korean Defense Minister Park Sung Min spoke.', 'Park said more.']], ['park-sung-min']],
  [[['Arturo Delos Santos spoke.'], ['"No," Mr Delos Santos said.']], ['arturo-delos-santos']],
  // a given name the name lists lack is no part of a surname: two people who share only the surname stay two
  [[['"We left," said Tarek Qasrawi of the committee.'], ['"It was loud," Olivia Qasrawi said.']], ['olivia-qasrawi', 'tarek-qasrawi']],
];

test('people merge across articles by name variants; the richer name wins', () => {
  for (const [articles, ids] of MERGES) {
    const { actors } = unifyActors(articles.map((a) => article(a)), []);
    assert.deepEqual(people(actors), ids, JSON.stringify(articles));
  }
});

test('a role over none, an affiliation over none', () => {
  const { actors, canonicalId } = unifyActors([article(['Lloyd Austin spoke.']), article(['Defense Secretary Lloyd Austin spoke.']), article(['Pentagon chief Lloyd Austin spoke.'])], []);
  const austin = actors.find((a) => a.id === 'lloyd-austin')!;
  assert.equal(austin.role, 'defense secretary', 'most frequent role; ties: longest');
  assert.equal(austin.affiliation, 'pentagon');
  assert.equal(canonicalId('lloyd-austin'), 'lloyd-austin');
});

test('canonicalId maps every per-article id to the unified one', () => {
  const a = article(['President Quaddix spoke.']);
  const b = article(['President Joe Quaddix spoke.']);
  const { canonicalId } = unifyActors([a, b], []);
  assert.equal(canonicalId('quaddix'), 'joe-quaddix');
  assert.equal(canonicalId('joe-quaddix'), 'joe-quaddix');
  assert.equal(canonicalId('unknown-id'), 'unknown-id');
});

test('the result does not depend on the order of the articles', () => {
  const a = article(['Press secretary Jen Pskai spoke.', '"No," Psaki said.', 'President Biden agreed.']);
  const b = article(['White House press secretary Jen Psaki spoke.', 'The Kremlin denied it.']);
  const c = article(['President Joe Biden spoke with Ukrainian President Volodymyr Zelenskyy.', 'Zelensky said more.']);
  const orders: ArticleActors[][] = [[a, b, c], [c, b, a], [b, a, c], [c, a, b]];
  const results = orders.map((o) => unifyActors(o, []));
  for (const r of results.slice(1)) assert.deepEqual(r.actors, results[0]!.actors);
  for (const id of ['biden', 'jen-pskai', 'jen-psaki', 'volodymyr-zelenskyy', 'kremlin']) {
    assert.equal(new Set(results.map((r) => r.canonicalId(id))).size, 1, id);
  }
  const ids = results[0]!.actors.map((x) => x.id);
  assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
  for (const x of results[0]!.actors) if (x.affiliation) assert.ok(ids.includes(x.affiliation), `${x.id} -> ${x.affiliation}`);
});

test('pins decide the name, role and affiliation across articles', () => {
  const pins: ActorPin[] = [{ name: 'Joe Quaddix', kind: 'person', aliases: ['Quaddix', 'President Quaddix'], role: 'President of the United States', affiliation: 'United States' }];
  const { actors, canonicalId } = unifyActors([article(['President Quaddix spoke.'], pins), article(['Quaddix said more.'])], pins);
  assert.deepEqual(people(actors), ['joe-quaddix']);
  const biden = actors.find((a) => a.id === 'joe-quaddix')!;
  assert.equal(biden.role, 'President of the United States');
  assert.equal(biden.affiliation, 'united-states');
  assert.ok(actors.some((a) => a.id === 'united-states'));
  assert.equal(canonicalId('quaddix'), 'joe-quaddix');
});

test('no articles, no actors', () => {
  const { actors, canonicalId } = unifyActors([], []);
  assert.deepEqual(actors, []);
  assert.equal(canonicalId('x'), 'x');
});

// The seed articles (content/articles), as the site gets them, with and without the editors' pins.
const ARTICLES = join(import.meta.dirname, '../../../content/articles');
const seeds = () => readdirSync(ARTICLES).filter((f) => f.endsWith('.md')).sort()
  .map((f) => splitSentences(cleanArticle(readFileSync(join(ARTICLES, f), 'utf8').replace(/^---[\s\S]*?---\n/, ''))));

test('seed articles: Kirby, Psaki, Zelenskyy, Biden are one actor each; "he said" is Kirby', () => {
  const docs = seeds();
  assert.ok(docs.length >= 2, 'the two seed articles are in content/articles');
  const per = docs.map((s) => findActors(s, []));
  const { actors, canonicalId } = unifyActors(per, []);
  const kirby = actors.find((a) => a.id === 'john-kirby')!;
  assert.match(kirby.role ?? '', /press secretary/);
  assert.equal(kirby.affiliation, 'pentagon');
  assert.equal(actors.find((a) => a.id === 'pentagon')?.affiliation, 'united-states');
  assert.ok(actors.some((a) => a.id === 'jen-psaki'));
  for (const pattern of [/kirby/, /psaki|pskai/, /zelensk/, /biden$/]) {
    assert.equal(actors.filter((a) => pattern.test(a.id)).length, 1, String(pattern));
  }
  // without a pin, "President Biden" and "Biden" are the person the Phoenix dictionaries name so (named-persons.ts)
  assert.equal(canonicalId('joe-biden'), 'joe-biden');
  assert.equal(actors.find((a) => a.id === 'joe-biden')?.name, 'Joe Biden');
  // "he said" right after a Kirby quote resolves to Kirby
  const first = per[0]!;
  const sentences = docs[0]!;
  const heSaid = first.mentions.filter((m) => m.via === 'pronoun' && /^"?.*," he said/.test(sentences[m.sentence]!.text) && /Kirby/.test(sentences[m.sentence - 1]?.text ?? ''));
  assert.ok(heSaid.length > 0, 'a "he said" follows a Kirby sentence');
  for (const m of heSaid) assert.equal(m.actor, 'john-kirby', sentences[m.sentence]!.text);
});

test('seed articles with the pin on Joe Biden', () => {
  const pins: ActorPin[] = [{ name: 'Joe Biden', kind: 'person', aliases: ['Biden', 'President Biden', 'President Joe Biden'], role: 'President of the United States', affiliation: 'United States' }];
  const { actors } = unifyActors(seeds().map((s) => findActors(s, pins)), pins);
  assert.equal(actors.filter((a) => /biden$/.test(a.id)).map((a) => a.id).join(), 'joe-biden');
});

test('a name after an honorific, written more often, does not become the full name', () => {
  const { actors } = unifyActors([article(['Arturo Delos Santos spoke.']), article(['"No," Mr Delos Santos said.', 'Mr Delos Santos left.'])], []);
  assert.deepEqual(people(actors), ['arturo-delos-santos']);
  assert.equal(actors.find((a) => a.id === 'arturo-delos-santos')!.name, 'Arturo Delos Santos');
});

test('an official known only by role joins the one named person with that role and country', () => {
  const { actors, canonicalId } = unifyActors([article(['The Russian president said nothing.']), article(['Russian President Vladimir Putin spoke.'])], []);
  assert.deepEqual(people(actors), ['vladimir-putin']);
  assert.equal(canonicalId('russian-president'), 'vladimir-putin');
  const alone = unifyActors([article(['Manila summoned the Chinese ambassador.'])], []);
  assert.deepEqual(people(alone.actors), ['chinese-ambassador']);
  assert.equal(alone.actors.find((a) => a.id === 'chinese-ambassador')!.affiliation, 'china');
});

test('every article in the repository: valid actors, exact offsets, closed affiliations, order-free unification', () => {
  const root = join(import.meta.dirname, '../../..');
  const dirs = [join(root, 'content/articles'), ...readdirSync(join(root, 'eval/gold'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, 'eval/gold', d.name, 'articles'))];
  const per: ArticleActors[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
      const sentences = splitSentences(cleanArticle(readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---\n/, '')));
      const r = findActors(sentences, []);
      const ids = new Set(r.actors.map((a) => a.id));
      for (const a of r.actors) {
        actorSchema.parse(a);
        if (a.affiliation) assert.ok(ids.has(a.affiliation), `${f}: ${a.id} -> ${a.affiliation}`);
      }
      for (const m of r.mentions) {
        assert.equal(sentences[m.sentence]!.text.slice(m.start, m.end), m.text, f);
        assert.ok(ids.has(m.actor), `${f}: ${m.actor}`);
      }
      per.push(r);
    }
  }
  assert.ok(per.length >= 8, `${per.length} articles`);
  const forward = unifyActors(per, []);
  const backward = unifyActors([...per].reverse(), []);
  assert.deepEqual(forward.actors, backward.actors);
  const ids = new Set(forward.actors.map((a) => a.id));
  for (const a of forward.actors) if (a.affiliation) assert.ok(ids.has(a.affiliation), `${a.id} -> ${a.affiliation}`);
});
