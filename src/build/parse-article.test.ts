import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUtf8, parseArticle } from './parse-article.ts';

const F = 'content/articles/x.md';

test('parseArticle: good frontmatter', () => {
  const r = parseArticle('---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\nurl: https://example.org/a\n---\n\nBody.\n', F);
  assert.deepEqual(r.errors, []);
  assert.equal(r.article?.id, 'x');
  assert.equal(r.article?.publishedAt, '2022-02-02');
  assert.equal(r.article?.body.trim(), 'Body.');
  const t = parseArticle('---\ntitle: T\npublisher: P\npublishedAt: "2022-02-02T14:30:00Z"\n---\nBody', F);
  assert.equal(t.article?.publishedAt, '2022-02-02T14:30:00Z');
});

test('parseArticle: every error names the file, the line and the field, and says what to do', () => {
  const rows: [string, RegExp][] = [
    ['---\ntitle: T\npublisher: P\n---\nBody', /^content\/articles\/x\.md:4: publishedAt is missing: write the publication date as YYYY-MM-DD/],
    ['---\ntitle: T\npublisher: P\npublishedAt: 2022-13-45\n---\nBody', /^content\/articles\/x\.md:4: publishedAt "2022-13-45" is not a calendar date: write/],
    ['---\ntitle: T\npublisher: P\npublishedAt: yesterday\n---\nBody', /^content\/articles\/x\.md:4: publishedAt "yesterday" is not valid \(expected an ISO date/],
    ['---\ntitle: T\npublisher: P\npublishedAt: 2022-02-31\n---\nBody', /:4: publishedAt "2022-02-31" is not a calendar date/],
    ['---\ntitle: [unclosed\npublisher: P\npublishedAt: 2022-02-02\n---\nBody', /^content\/articles\/x\.md:\d+: frontmatter is not valid YAML .*fix the syntax/],
    ['---\ntitle: ""\npublisher: P\npublishedAt: 2022-02-02\n---\nBody', /^content\/articles\/x\.md:2: title "" is not valid/],
    ['---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\nurl: not a url\n---\nBody', /^content\/articles\/x\.md:5: url "not a url" is not valid .*https:\/\//],
    ['No frontmatter at all.', /^content\/articles\/x\.md:1: no frontmatter: start the file with a line "---"/],
  ];
  for (const [source, expected] of rows) {
    const r = parseArticle(source, F);
    assert.equal(r.article, null, source);
    assert.ok(r.errors.some((e) => expected.test(e)), `${source}\n  errors: ${r.errors.join(' | ')}`);
  }
});

test('parseArticle: an empty body is a warning, not an error', () => {
  const r = parseArticle('---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\n---\n\n  \n', F);
  assert.deepEqual(r.errors, []);
  assert.match(r.warnings[0], /^content\/articles\/x\.md:\d+: the article body is empty/);
});

test('decodeUtf8 refuses bytes that are not UTF-8', () => {
  assert.equal(decodeUtf8(new Uint8Array([0x66, 0xff, 0x6f])), null);
  assert.equal(decodeUtf8(new TextEncoder().encode('\uFEFFcafé')), 'café');
});

test('a file name in another script gets a transliterated id; one of symbols alone is refused with a message', () => {
  const source = '---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\n---\nBody.\n';
  const rows: [string, string][] = [
    ['content/articles/Путин-в-Пекине.md', 'putin-v-pekine'],
    ['content/articles/北京会谈.md', 'bei-jing-hui-tan'],
    ['content/articles/2022-02-02-Ελλάδα.md', '2022-02-02-ellada'],
    ['content/articles/café-straße.md', 'cafe-strasse'],
    ['content/articles/2022-02-02-us-to-move.md', '2022-02-02-us-to-move'],
  ];
  for (const [file, id] of rows) assert.equal(parseArticle(source, file).article?.id, id, file);
  const symbols = parseArticle(source, 'content/articles/★☆.md');
  assert.equal(symbols.article, null);
  assert.match(symbols.errors[0], /^content\/articles\/★☆\.md:1: the file name gives the article no id .*: rename the file, e\.g\. 2022-02-02-headline-words\.md$/);
});

test('a YAML alias bomb in the frontmatter is a located message, not a crash', () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (const [i, name] of ['b', 'c', 'd', 'e'].entries()) levels.push(`${name}: &${name} [${Array(10).fill(`*${'abcd'[i]}`).join(', ')}]`);
  const r = parseArticle(`---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\n${levels.join('\n')}\n---\nBody.\n`, F);
  assert.equal(r.article, null);
  assert.match(r.errors[0], /^content\/articles\/x\.md:6: frontmatter cannot be read: it repeats YAML aliases \(\*name\) too many times: write the values out/);
});
