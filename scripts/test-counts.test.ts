import assert from 'node:assert/strict';
import { test } from 'node:test';
import { playwrightCounts } from './test-counts.ts';

const REPORT_WITH_FLAKY = `
  1) [site] › e2e/a11y.spec.ts:40:7 › axe, dark scheme › an event page has no serious or critical violations

    Test timeout of 90000ms exceeded.

  1 failed
    [site] › e2e/a11y.spec.ts:40:7 › axe, dark scheme › an event page has no serious or critical violations ──
  2 flaky
    [site] › e2e/a11y.spec.ts:40:7 › axe, light scheme › the event list has no serious or critical violations ──────
    [site] › e2e/timeline.spec.ts:4:1 › the timeline draws one item per event ──────────────────────
  187 passed (3.1m)
`;

const cases: [string, string, { passed: number; failed: number; flaky: string[] }][] = [
  ['all passed', '  12 passed (30.2s)\n', { passed: 12, failed: 0, flaky: [] }],
  ['failed, flaky and passed, each counted once', REPORT_WITH_FLAKY, {
    passed: 187,
    failed: 1,
    flaky: [
      '[site] › e2e/a11y.spec.ts:40:7 › axe, light scheme › the event list has no serious or critical violations',
      '[site] › e2e/timeline.spec.ts:4:1 › the timeline draws one item per event',
    ],
  }],
  ['a flaky count without names', '  1 flaky\n  3 passed (2s)\n', { passed: 3, failed: 0, flaky: ['(unnamed)'] }],
];

for (const [name, report, expected] of cases) {
  test(`playwrightCounts: ${name}`, () => assert.deepEqual(playwrightCounts(report), expected));
}
