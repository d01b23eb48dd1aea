import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findActors } from '../pipeline/actors/find-actors.ts';
import { cleanArticle } from '../pipeline/clean.ts';
import { splitSentences } from '../pipeline/sentences.ts';
import { languageWarning, nearestField, publicationDateProblems } from './frontmatter-checks.ts';
import { parseArticle } from './parse-article.ts';
import { readContentFrom } from './read-content.ts';

const F = 'content/articles/x.md';
const TODAY = '2026-12-02';
const ENGLISH = 'Defense officials said on Tuesday that the troops would move to the border within days, and that the allies had been told of the plan before it was announced.';

test('frontmatter: an unknown field is warned about with its line and the nearest known field', () => {
  const rows: [string, string, RegExp][] = [
    ['autor: Jane Doe', '5', /unknown field "autor" is ignored \(did you mean "byline"\?/],
    ['author: Jane Doe', '5', /unknown field "author" is ignored \(did you mean "byline"\?/],
    ['titel: Other', '5', /"titel" .*did you mean "title"\?/],
    ['publishedat: 2022-02-03', '5', /"publishedat" .*did you mean "publishedAt"\?/],
    ['link: https://example.org/a', '5', /"link" .*did you mean "url"\?/],
    ['zzzzzzzzzz: 1', '5', /"zzzzzzzzzz" is ignored \(the fields are title, publisher, publishedAt, url, byline;/],
  ];
  for (const [line, at, expected] of rows) {
    const r = parseArticle(`---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\n${line}\n---\n\n${ENGLISH}\n`, F, TODAY);
    assert.deepEqual(r.errors, [], line);
    assert.ok(r.article, 'the article is still read');
    const warning = r.warnings.find((w) => w.startsWith(`${F}:${at}: `));
    assert.ok(warning && expected.test(warning), `${line}: ${r.warnings.join(' | ')}`);
  }
  assert.equal(nearestField('byline'), 'byline');
  assert.deepEqual(parseArticle(`---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\nbyline: B\n---\n\n${ENGLISH}\n`, F, TODAY).warnings, []);
});

test('frontmatter: a publication date years ahead is an error, one in the future or before 1800 a warning', () => {
  const rows: [string, 'error' | 'warning' | null, RegExp | null][] = [
    ['9999-01-01', 'error', /:4: publishedAt "9999-01-01" is years ahead of today \(2026-12-02\): write the date/],
    ['2028-01-01', 'error', /years ahead/],
    ['2027-06-01', 'warning', /:4: publishedAt "2027-06-01" is in the future \(today is 2026-12-02\)/],
    ['2026-12-04', 'warning', /is in the future/],
    ['2026-12-03', null, null], // a day ahead: a time zone east of the editor
    ['2026-12-02', null, null],
    ['1799-12-31', 'warning', /:4: publishedAt "1799-12-31" is before 1800: check the year/],
    ['1800-01-01', null, null],
  ];
  for (const [date, kind, expected] of rows) {
    const r = parseArticle(`---\ntitle: T\npublisher: P\npublishedAt: ${date}\n---\n\n${ENGLISH}\n`, F, TODAY);
    const messages = kind === 'error' ? r.errors : r.warnings;
    if (kind === null) assert.deepEqual([...r.errors, ...r.warnings], [], date);
    else assert.ok(messages.some((m) => m.startsWith(`${F}:4: `) && expected!.test(m)), `${date}: ${kind} expected, got errors ${r.errors} warnings ${r.warnings}`);
    assert.equal(r.article === null, kind === 'error', `${date}: an error stops the article, a warning does not`);
  }
  assert.deepEqual(publicationDateProblems(F, 4, '2026-12-02T23:30:00-05:00', TODAY), { errors: [], warnings: [] });
  // without a clock (the benchmarks, which read old articles) dates are not checked
  assert.deepEqual(parseArticle(`---\ntitle: T\npublisher: P\npublishedAt: 9999-01-01\n---\n\n${ENGLISH}\n`, F).errors, []);
});

test('body: text that is not English is warned about, English is not', () => {
  const rows: [string, RegExp | null][] = [
    [ENGLISH, null],
    ['Министр иностранных дел заявил во вторник, что переговоры с соседней страной провалились, а войска остаются у границы уже несколько недель.', /:6: the article is mostly in a non-Latin script \(0% Latin letters\) \(the pipeline reads English only/],
    ['外交部长周二表示，与邻国的谈判已经失败，部队在边境已经驻扎了几个星期，局势依然紧张。', /mostly in a non-Latin script/],
    ['Le ministre des Affaires étrangères a déclaré mardi que les négociations avec le pays voisin avaient échoué, selon un porte-parole du gouvernement. Les troupes restent à la frontière depuis plusieurs semaines.', /:6: the article does not read as English \(\d+% common English words/],
    ['Der Außenminister sagte am Dienstag, die Verhandlungen mit dem Nachbarland seien gescheitert, so ein Regierungssprecher. Die Truppen bleiben seit mehreren Wochen an der Grenze, und die Lage bleibt angespannt.', /does not read as English/],
    ['Kyiv. Moscow. NATO.', null], // too short to tell
  ];
  for (const [body, expected] of rows) {
    const r = parseArticle(`---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\n---\n\n${body}\n`, F, TODAY);
    const warning = r.warnings.find((w) => /English only/.test(w)) ?? null;
    if (expected === null) assert.equal(warning, null, body);
    else assert.ok(warning && expected.test(warning), `${body.slice(0, 30)}: ${r.warnings.join(' | ')}`);
    assert.ok(r.article, 'the article is still read');
  }
  assert.equal(languageWarning(F, 1, ''), null);
});

async function pinsFile(yaml: string): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'dateline-pins-'));
  await mkdir(join(root, 'content', 'articles'), { recursive: true });
  await writeFile(join(root, 'content', 'actors.yaml'), yaml);
  const content = await readContentFrom(join(root, 'content', 'articles'), join(root, 'content', 'actors.yaml'), root, TODAY);
  return content.warnings;
}

test('actors.yaml: a shared alias, a name pinned twice and an unknown affiliation are warned about with their lines', async () => {
  const rows: [string, RegExp[]][] = [
    [
      'actors:\n  - name: John Kirby\n    aliases: [Kirby, Admiral Kirby]\n  - name: Jane Kirby\n    aliases:\n      - Kirby\n',
      [/^content\/actors\.yaml:6: alias "Kirby" of "Jane Kirby" also names "John Kirby" \(line 3\): every "Kirby" in the articles goes to "Jane Kirby"; remove it from one of the two entries$/],
    ],
    [
      'actors:\n  - name: Joe Biden\n    role: President\n  - name: joe  biden\n',
      [/^content\/actors\.yaml:4: "joe  biden" is pinned twice \(first at line 2\): the first entry wins; merge the two entries into one$/],
    ],
    [
      'actors:\n  - name: Joe Biden\n    affiliation: Unted States\n',
      [/^content\/actors\.yaml:3: affiliation "Unted States" of "Joe Biden" names no pinned or known actor, so the affiliation found in the articles is kept: fix the spelling, or pin it as an entry of its own \(- name: Unted States\)$/],
    ],
    // known affiliations: a country, a lexicon organization, another pin, an id
    ['actors:\n  - name: Joe Biden\n    affiliation: United States\n  - name: Jen Psaki\n    affiliation: White House Press Office\n  - name: White House Press Office\n  - name: Lloyd Austin\n    affiliation: united-states\n', []],
  ];
  for (const [yaml, expected] of rows) {
    const warnings = await pinsFile(yaml);
    assert.equal(warnings.length, expected.length, `${yaml}\n${warnings.join('\n')}`);
    expected.forEach((re, i) => assert.match(warnings[i]!, re));
  }
});

test('actors.yaml: an affiliation naming no known actor keeps the one the text gives', () => {
  const sentences = splitSentences(cleanArticle('Pentagon press secretary John Kirby said on Wednesday that the troops were ready.'));
  const kirby = (pins: Parameters<typeof findActors>[1]) => findActors(sentences, pins).actors.find((a) => a.id === 'john-kirby')!;
  assert.equal(kirby([]).affiliation, 'pentagon');
  assert.equal(kirby([{ name: 'John Kirby', aliases: [], affiliation: 'Pentagon Press Ofice' }]).affiliation, 'pentagon', 'the unknown pin does not wipe it');
  assert.equal(kirby([{ name: 'John Kirby', aliases: [], affiliation: 'United States' }]).affiliation, 'united-states', 'a known pin overrides it');
});
