/** Reads pass, fail and flaky counts from the test runners' own reports (for scripts/test.ts). */

export interface Counts {
  passed: number;
  failed: number;
  /** the tests that passed only on a retry, by name */
  flaky: string[];
}

export const nodeTestCounts = (out: string): Counts => ({
  passed: Number(/^ℹ pass (\d+)/m.exec(out)?.[1] ?? 0),
  failed: Number(/^ℹ fail (\d+)/m.exec(out)?.[1] ?? 0),
  flaky: [],
});

/**
 * Playwright's list reporter ends with `N failed`, `N flaky` and `N passed` lines; under the
 * first two it names each test (`[project] › file:line:col › title ───`). "passed" excludes flaky.
 */
export function playwrightCounts(out: string): Counts {
  const lines = out.split('\n');
  const flakyAt = lines.findIndex((line) => /^\s*\d+ flaky\b/.test(line));
  const flaky: string[] = [];
  if (flakyAt >= 0) {
    for (const line of lines.slice(flakyAt + 1)) {
      if (!/^\s/.test(line) || /^\s*\d+ (passed|failed|skipped|did not run|interrupted)\b/.test(line)) break;
      const name = line.replace(/[─\s]+$/u, '').trim();
      if (name) flaky.push(name);
    }
    const flakyCount = Number(/^\s*(\d+) flaky\b/.exec(lines[flakyAt]!)![1]);
    while (flaky.length < flakyCount) flaky.push('(unnamed)');
  }
  return {
    passed: Number(/^\s*(\d+) passed\b/m.exec(out)?.[1] ?? 0),
    failed: Number(/^\s*(\d+) failed\b/m.exec(out)?.[1] ?? 0),
    flaky,
  };
}
