/**
 * `npm test`: every test, in order — unit and table tests plus the gold-set quality bar
 * (node --test), the type check, the site build, then the end-to-end tests in Chromium (Playwright).
 * Ends with one line `total: N passed, N failed` and a non-zero exit if anything failed; a test that
 * passed only on its retry counts as neither and is named on a line `N flaky (...)` before it.
 */
import { spawnSync } from 'node:child_process';
import { nodeTestCounts, playwrightCounts, type Counts } from './test-counts.ts';

interface Step {
  name: string;
  command: string[];
  /** reads the pass/fail counts from the step's output */
  counts?: (output: string) => Counts;
  /** the steps after this one need it: stop if it fails */
  needed?: boolean;
}

const steps: Step[] = [
  { name: 'unit, table and gold-set tests', command: ['npm', 'run', '--silent', 'test:unit'], counts: nodeTestCounts },
  { name: 'type check (astro check: TypeScript and .astro files)', command: ['npm', 'run', '--silent', 'check'] },
  { name: 'site build', command: ['npm', 'run', '--silent', 'build'], needed: true },
  { name: 'end-to-end tests (Chromium)', command: ['npm', 'run', '--silent', 'test:e2e'], counts: playwrightCounts },
];

let passed = 0;
let failed = 0;
const flaky: string[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const run = spawnSync(step.command[0], step.command.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (step.counts) {
    const c = step.counts(run.stdout + run.stderr);
    passed += c.passed;
    failed += c.failed;
    flaky.push(...c.flaky);
    if (run.status !== 0 && c.failed === 0) failed += 1; // it failed without saying which test
  } else if (run.status === 0) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (run.status !== 0 && step.needed) {
    console.error(`\n${step.name} failed (exit ${run.status}); the steps after it need it, so they are not run`);
    break;
  }
}
console.log('');
if (flaky.length > 0) console.log(`${flaky.length} flaky (passed only on retry: ${flaky.join('; ')})`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
