/**
 * Fuzz: 1,200 broken articles made from a fixed seed (mutated frontmatter, bad YAML, binary
 * bytes, huge fields, missing fields, other encodings, BOM, CRLF, odd file names...). Every one
 * must end as an article or as messages of the form "file:line: what: what to do" — never a raw
 * ZodError, a stack trace or an uncaught error, whether it fails in the reader or in the pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceArticle } from '../pipeline/types.ts';
import { parseArticleBytes } from './parse-article.ts';
import { ContentError, readContentFrom } from './read-content.ts';
import { runPipelineChecked } from './run-pipeline-checked.ts';

const SEED = 20260212;
const ARTICLES = 1_200;
const LOCATED = /^.+:\d+: \S/;
const RAW = /ZodError|\n\s+at |\[object Object\]|^\s*at \S+ \(/m;

/** mulberry32: a small, fixed-seed generator, so every run makes the same articles. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(SEED);
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T,>(items: readonly T[]): T => items[int(items.length)];

const SENTENCES = [
  'Foreign Minister Ana Ruiz said on Monday that talks had stalled.',
  'President Omar Diallo met the prime minister in Dakar on Tuesday.',
  'The army deployed 2,000 troops to the border last week, officials said.',
  '"We will not back down," the spokesman told reporters.',
  'Rebels attacked a convoy near the capital on 3 March 2024.',
  'The United Nations announced sanctions against three companies.',
  'Президент заявил в понедельник, что переговоры зашли в тупик.',
  '总统周二在北京会见了外交部长。',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  'A sentence with no end and no date and nobody in it',
  '...',
];
const FILE_NAMES = ['2024-03-13-talks.md', 'Путин-в-Пекине.md', '北京会谈.md', '★☆.md', 'café straße.md', '😀.md', 'a'.repeat(200) + '.md', '-.md', 'UPPER Case.MD', ' spaced name .md'];
const BAD_VALUES: unknown[] = ['', '   ', 0, 3.5, true, null, [], ['a', 'b'], { a: 1 }, '2022-13-45', '9999-99-99', 'yesterday', '2024-02-30', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:x', 'data:text/html,<b>x</b>', 'vbscript:x', '//evil.example', 'x'.repeat(300_000)];
const BROKEN_YAML = ['title: [unclosed', 'title: "unclosed', '\ttitle: tab', 'title: a: b: c', 'title: T\ntitle: again', ': no key', '- a list item', '? complex key\n: value', 'title: &a x\nbyline: *b', 'title: !!binary ???', '{ title: T, publisher', 'title: |\n  block\n bad indent', '%YAML 9.9', '---\n---', 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]'];

interface Draft {
  name: string;
  fields: [string, unknown][];
  extraYaml: string[];
  body: string;
  /** applied to the finished text */
  textEdits: ((text: string) => string)[];
  /** applied to the finished bytes */
  byteEdits: ((bytes: Uint8Array) => Uint8Array)[];
}

const yamlValue = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'null');

function goodDraft(): Draft {
  return {
    name: `2024-03-${String(1 + int(28)).padStart(2, '0')}-story.md`,
    fields: [
      ['title', 'Talks stall'],
      ['publisher', 'Wire'],
      ['publishedAt', `2024-03-${String(1 + int(28)).padStart(2, '0')}`],
      ['url', 'https://example.com/story'],
      ['byline', 'A. Reporter'],
    ],
    extraYaml: [],
    body: Array.from({ length: 1 + int(5) }, () => pick(SENTENCES)).join(rnd() < 0.5 ? ' ' : '\n\n'),
    textEdits: [],
    byteEdits: [],
  };
}

/** One way to break an article; each returns a short name for the tally. */
const MUTATIONS: [string, (d: Draft) => void][] = [
  ['drop a field', (d) => d.fields.splice(int(d.fields.length), 1)],
  ['bad field value', (d) => setField(d, pick(['title', 'publisher', 'publishedAt', 'url', 'byline']), pick(BAD_VALUES))],
  ['broken YAML', (d) => d.extraYaml.push(pick(BROKEN_YAML))],
  ['unknown field', (d) => d.fields.push([pick(['autor', 'date', 'tags', '']), 'x'])],
  ['binary bytes', (d) => d.byteEdits.push((b) => splice(b, int(b.length), Uint8Array.from({ length: 1 + int(16) }, () => int(256))))],
  ['control characters', (d) => d.textEdits.push((t) => insertAt(t, int(t.length), String.fromCharCode(...Array.from({ length: 1 + int(4) }, () => int(32))))) ],
  ['huge title', (d) => setField(d, 'title', 'Headline '.repeat(20_000 + int(20_000)))],
  ['huge body line', (d) => (d.body = `${'word '.repeat(2_000 + int(4_000))}said on Monday.`)],
  ['no opening ---', (d) => d.textEdits.push((t) => t.replace(/^---\n/, ''))],
  ['no closing ---', (d) => d.textEdits.push((t) => t.replace(/\n---\n/, '\n'))],
  ['BOM', (d) => d.textEdits.push((t) => `\uFEFF${t}`)],
  ['CRLF', (d) => d.textEdits.push((t) => t.replace(/\n/g, '\r\n'))],
  ['CR only', (d) => d.textEdits.push((t) => t.replace(/\n/g, '\r'))],
  ['UTF-16', (d) => d.byteEdits.push((b) => utf16(new TextDecoder().decode(b)))],
  ['Latin-1', (d) => d.byteEdits.push((b) => Uint8Array.from(new TextDecoder().decode(b), (c) => c.charCodeAt(0) & 0xff))],
  ['truncated', (d) => d.byteEdits.push((b) => b.slice(0, int(b.length)))],
  ['frontmatter is a list', (d) => (d.fields = []) && d.extraYaml.push('- title\n- publisher')],
  ['frontmatter is a scalar', (d) => (d.fields = []) && d.extraYaml.push('just text')],
  ['empty body', (d) => (d.body = pick(['', '   \n\n  ', '\u00a0']))],
  ['odd file name', (d) => (d.name = pick(FILE_NAMES))],
  ['swapped characters', (d) => d.textEdits.push((t) => scramble(t, 1 + int(6)))],
  ['NUL in title', (d) => setField(d, 'title', 'Ti\u0000tle')],
  ['only frontmatter', (d) => d.textEdits.push((t) => t.slice(0, t.indexOf('\n---\n') + 5))],
];

function setField(d: Draft, name: string, value: unknown): void {
  const field = d.fields.find(([k]) => k === name);
  if (field) field[1] = value;
  else d.fields.push([name, value]);
}

function splice(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + insert.length);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at), at + insert.length);
  return out;
}
const insertAt = (text: string, at: number, insert: string) => text.slice(0, at) + insert + text.slice(at);
function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return out;
}
function scramble(text: string, times: number): string {
  const chars = [...text];
  for (let n = 0; n < times; n++) {
    const [i, j] = [int(chars.length), int(chars.length)];
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

function render(d: Draft): Uint8Array {
  const yaml = [...d.fields.map(([k, v]) => `${k}: ${yamlValue(v)}`), ...d.extraYaml].join('\n');
  let text = `---\n${yaml}\n---\n\n${d.body}\n`;
  for (const edit of d.textEdits) text = edit(text);
  let bytes: Uint8Array = new TextEncoder().encode(text);
  for (const edit of d.byteEdits) bytes = edit(bytes);
  return bytes;
}

/** Problems that are not "file:line: message", or that leak a raw error. */
function unlocated(messages: string[]): string[] {
  return messages.filter((m) => !LOCATED.test(m) || RAW.test(m));
}

test(`fuzz: ${ARTICLES} broken articles (seed ${SEED}) all end as an article or as located messages`, async () => {
  const tally = new Map<string, number>();
  const accepted: SourceArticle[] = [];
  const bad: string[] = [];
  let refused = 0;
  for (let n = 0; n < ARTICLES; n++) {
    const draft = goodDraft();
    for (let k = 0, times = 1 + int(3); k < times; k++) {
      const [name, mutate] = pick(MUTATIONS);
      mutate(draft);
      tally.set(name, (tally.get(name) ?? 0) + 1);
    }
    const file = `content/articles/${n}-${draft.name}`;
    let result;
    try {
      result = parseArticleBytes(render(draft), file);
    } catch (e) {
      bad.push(`article ${n}: uncaught ${(e as Error).stack}`);
      continue;
    }
    bad.push(...unlocated([...result.errors, ...result.warnings]).map((m) => `article ${n}: ${m}`));
    if (result.article) accepted.push({ ...result.article, id: `${n}-${result.article.id}`.replace(/-+$/, '') });
    else refused += 1;
    assert.ok(result.article || result.errors.length > 0, `article ${n} is neither accepted nor refused`);
  }
  // What the reader accepted goes through the pipeline, in batches, as a build would run it.
  let pipelineProblems = 0;
  for (let i = 0; i < accepted.length; i += 100) {
    try {
      await runPipelineChecked(accepted.slice(i, i + 100), []);
    } catch (e) {
      if (!(e instanceof ContentError)) {
        bad.push(`pipeline batch ${i}: uncaught ${(e as Error).stack}`);
        continue;
      }
      pipelineProblems += e.problems.length;
      bad.push(...unlocated(e.problems));
    }
  }
  console.log(`fuzz: ${ARTICLES} articles, ${refused} refused with located messages, ${accepted.length} accepted, ${pipelineProblems} pipeline problems; mutations: ${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  assert.deepEqual(bad.slice(0, 10), []);
  assert.ok(refused >= ARTICLES * 0.6, `most fuzzed articles must be broken (${refused} of ${ARTICLES} refused)`);
  assert.equal(tally.size, MUTATIONS.length, 'every mutation was tried');
});

test('fuzz: a folder of odd files (names, encodings, alias bombs) is read into located problems', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-fuzz-'));
  const dir = join(root, 'content', 'articles');
  mkdirSync(dir, { recursive: true });
  try {
    const good = new TextEncoder().encode('---\ntitle: T\npublisher: P\npublishedAt: 2024-03-13\n---\nForeign Minister Ana Ruiz said on Monday that talks had stalled.\n');
    for (const name of FILE_NAMES) writeFileSync(join(dir, name), good);
    writeFileSync(join(dir, 'bomb.md'), `---\ntitle: T\npublisher: P\npublishedAt: 2024-03-13\n${BROKEN_YAML.at(-1)}\n---\nBody.\n`);
    writeFileSync(join(dir, 'utf16.md'), utf16('---\ntitle: T\n---\n'));
    writeFileSync(join(root, 'content', 'actors.yaml'), BROKEN_YAML.at(-1)!);
    const error = await readContentFrom(dir, join(root, 'content', 'actors.yaml'), root).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(error instanceof ContentError, String(error));
    assert.deepEqual(unlocated(error.problems), []);
    const text = error.problems.join('\n');
    assert.match(text, /content\/articles\/bomb\.md:6: frontmatter cannot be read: it repeats YAML aliases/);
    assert.match(text, /content\/articles\/utf16\.md:1: the file is not UTF-8 text/);
    assert.match(text, /content\/articles\/★☆\.md:1: the file name gives the article no id/);
    assert.match(text, /content\/actors\.yaml:\d+: cannot be read: it repeats YAML aliases/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
