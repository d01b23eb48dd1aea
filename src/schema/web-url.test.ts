import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webUrlProblem } from './web-url.ts';
import { parseArticle } from '../build/parse-article.ts';

/** Links that would run script, load a document of their own or leave the web when clicked. */
export const HOSTILE_URLS: string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'javascript://example.com/%0aalert(1)',
  'javascript:https://example.com',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/uuid',
  'about:blank',
  'ftp://example.com/file',
  'mailto:someone@example.com',
  '//evil.example/path',
  '/relative/path',
  'http:evil.example',
  'https:/evil.example',
  'https://',
  'https://exa mple.com/',
  'https://example.com/\u2028alert(1)',
  'ht\ttps://example.com/',
];

const SAFE_URLS = ['https://example.com/2022/01/24/story', 'http://example.org/a?b=1&c=2#d', 'HTTPS://EXAMPLE.COM/', 'https://example.com/?q=%22%3E%3Cscript%3E'];

test('webUrlProblem refuses every hostile link and accepts ordinary web addresses', () => {
  for (const url of HOSTILE_URLS) assert.notEqual(webUrlProblem(url), null, JSON.stringify(url));
  for (const url of SAFE_URLS) assert.equal(webUrlProblem(url), null, url);
});

test('an article whose url is hostile stops with the file, the line of url: and what to do', () => {
  for (const url of HOSTILE_URLS) {
    const source = `---\ntitle: T\npublisher: P\npublishedAt: 2022-02-02\nurl: ${JSON.stringify(url)}\n---\nBody.\n`;
    const r = parseArticle(source, 'content/articles/x.md');
    assert.equal(r.article, null, JSON.stringify(url));
    assert.match(r.errors.join('\n'), /^content\/articles\/x\.md:5: url .* is not valid \(.+\): write the full address .* starting with https:\/\//s, JSON.stringify(url));
  }
});
