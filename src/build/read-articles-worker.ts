/** A worker thread of ./read-articles.ts: a reader (./article-reader.ts) answering over its port. */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { ReaderRequest } from './article-reader.ts';

// Node's compile cache (in the system's temporary folder, checked against each file's content)
// keeps the modules with their types stripped and compiled: a worker's start then costs about
// 0.5 s of CPU, not 0.8 s, from the second run on. Enabled before the reader's modules load.
enableCompileCache();
const { createReader } = await import('./article-reader.ts');

if (parentPort) {
  const port = parentPort;
  const answer = createReader();
  port.on('message', (request: ReaderRequest) => {
    const reply = answer(request);
    if (reply) port.postMessage(reply);
  });
}
