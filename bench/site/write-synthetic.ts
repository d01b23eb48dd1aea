/** `node bench/site/write-synthetic.ts N out.json`: writes a synthetic timeline of N events (fixed seed) for a fixture build. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { syntheticTimeline } from './synthetic-timeline.ts';

const [size, out] = process.argv.slice(2);
if (!Number(size) || !out) {
  console.error('usage: node bench/site/write-synthetic.ts N out.json (N events, e.g. 2000)');
  process.exit(2);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(syntheticTimeline(Number(size), 1)));
