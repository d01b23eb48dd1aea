import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../pipeline/index.ts';
import type { SourceArticle, Timeline } from '../pipeline/types.ts';
import { lineOfSentence, timelineProblems } from './timeline-problems.ts';

const article: SourceArticle = {
  id: 'talks',
  file: 'content/articles/talks.md',
  title: 'Talks stall',
  publisher: 'Wire',
  publishedAt: '2024-03-13',
  url: null,
  byline: null,
  body: '\nForeign Minister Ana Ruiz said on Monday that talks had stalled.\n\nPresident Omar Diallo met Ana Ruiz in Dakar on Tuesday.\n',
  bodyLine: 6,
};

const good = (): Timeline => structuredClone(runPipeline([article], []).timeline);

test('lineOfSentence finds the line of a sentence in its file', () => {
  assert.equal(lineOfSentence(article, 'Foreign Minister Ana Ruiz said on Monday that talks had stalled.'), 7);
  assert.equal(lineOfSentence(article, 'President Omar Diallo met Ana Ruiz in Dakar on Tuesday.'), 9);
  assert.equal(lineOfSentence(article, 'Not in the article.'), 6);
});

test('a valid timeline has no problems', () => {
  assert.deepEqual(timelineProblems(good(), [article]), []);
});

test('a bad derived record is told as the sentence it came from, never as a ZodError', () => {
  const rows: [string, (t: Timeline) => void, RegExp][] = [
    ['empty event title', (t) => (t.events[0].title = ''), /^content\/articles\/talks\.md:7: the event 0 drawn from "Foreign Minister Ana Ruiz said.*" has title "", which is not valid \(.+\): .*reword or remove this sentence/],
    ['empty event id', (t) => (t.events[0].id = ''), /^content\/articles\/talks\.md:7: the event 0 .* has id "", which is not valid/],
    ['actor id not a slug', (t) => (t.actors[0].id = 'Ана'), /^content\/articles\/talks\.md:\d+: the actor 0 drawn from ".+" has id "Ана", which is not valid \(ids are lower-case slugs\)/],
    ['article sentence', (t) => ((t.articles[0].sentences[1] as { index: number }).index = -1), /^content\/articles\/talks\.md:9: the article 0 drawn from "President Omar Diallo.*" has sentences\.1\.index -1/],
    ['event with no sources', (t) => (t.events[0].sources = []), /^content\/articles:1: the event 0 has sources \[\], which is not valid/],
  ];
  for (const [name, spoil, expected] of rows) {
    const timeline = good();
    spoil(timeline);
    const problems = timelineProblems(timeline, [article]);
    assert.ok(problems.length > 0, name);
    assert.match(problems[0], expected, name);
    assert.doesNotMatch(problems.join('\n'), /ZodError|\n\s+at /, name);
  }
});
