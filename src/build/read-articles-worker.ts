/** A worker thread of ./read-articles.ts: a reader (./article-reader.ts) answering over its port. */
import { parentPort } from 'node:worker_threads';
import { createReader } from './article-reader.ts';
import type { ReaderRequest } from './article-reader.ts';

if (parentPort) {
  const port = parentPort;
  const answer = createReader();
  port.on('message', (request: ReaderRequest) => {
    const reply = answer(request);
    if (reply) port.postMessage(reply);
  });
}
