/**
 * `npm test`: every test, in order — unit and table tests plus the gold-set quality bar
 * (node --test), the type check, the site build, then the end-to-end tests in Chromium (Playwright).
 * Ends with one line `total: N passed, N failed` and a non-zero exit if anything failed.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
  /** reads the pass/fail counts from the step's output */
  counts?: (output: string) => { passed: number; failed: number };
  /** the steps after this one need it: stop if it fails */
  needed?: boolean;
}

const nodeTestCounts = (out: string) => ({
  passed: Number(/^ℹ pass (\d+)/m.exec(out)?.[1] ?? 0),
  failed: Number(/^ℹ fail (\d+)/m.exec(out)?.[1] ?? 0),
});
const playwrightCounts = (out: string) => ({
  // a test Playwright marks "flaky" passed on its retry
  passed: Number(/(\d+) passed/.exec(out)?.[1] ?? 0) + Number(/(\d+) flaky/.exec(out)?.[1] ?? 0),
  failed: Number(/(\d+) failed/.exec(out)?.[1] ?? 0),
});

const steps: Step[] = [
  { name: 'unit, table and gold-set tests', command: ['npm', 'run', '--silent', 'test:unit'], counts: nodeTestCounts },
  { name: 'type check (astro check: TypeScript and .astro files)', command: ['npm', 'run', '--silent', 'check'] },
  { name: 'site build', command: ['npm', 'run', '--silent', 'build'], needed: true },
  { name: 'end-to-end tests (Chromium)', command: ['npm', 'run', '--silent', 'test:e2e'], counts: playwrightCounts },
];

let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const run = spawnSync(step.command[0], step.command.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (step.counts) {
    const c = step.counts(run.stdout + run.stderr);
    passed += c.passed;
    failed += c.failed;
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
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
