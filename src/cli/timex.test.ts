import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const timex = (args: string[], input: string) => spawnSync(process.execPath, [MAIN, 'timex', ...args], { input, encoding: 'utf8' });

test('timex prints the JSON array of time expressions', () => {
  const r = timex(['--dct', '2022-02-02'], 'Officials said Monday that talks held last week failed.');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [
    { start: 15, end: 21, text: 'Monday', type: 'DATE', value: '2022-01-31' },
    { start: 38, end: 47, text: 'last week', type: 'DATE', value: '2022-W04' },
  ]);
});

test('timex adds mod when the text qualifies the value', () => {
  const r = timex(['--dct=2022-02-02'], 'Fighting resumed late Monday.');
  assert.deepEqual(JSON.parse(r.stdout), [{ start: 17, end: 28, text: 'late Monday', type: 'DATE', value: '2022-01-31', mod: 'END' }]);
});

// [arguments, what the error must say]
const USAGE_ERRORS: [string[], RegExp][] = [
  [[], /--dct is required/],
  [['--dct'], /--dct is required/],
  [['--dct', 'yesterday'], /"yesterday" is not a date \(expected YYYY-MM-DD/],
  [['--dct', '2022-02-30'], /not a date/],
  [['--frobnicate'], /unknown argument/],
];

test('timex exits 2 with a usage message on bad arguments', () => {
  for (const [args, message] of USAGE_ERRORS) {
    const r = timex(args, '');
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.match(r.stderr, /usage: dateline timex --dct YYYY-MM-DD/);
  }
});
