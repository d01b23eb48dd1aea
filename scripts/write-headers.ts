/** `npm run headers`: writes public/_headers from the one definition of the Content-Security-Policy. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../src/utils/content-security-policy.ts';

const path = join(import.meta.dirname, '..', 'public', '_headers');
writeFileSync(path, headersFile());
console.log(`wrote ${path}`);
