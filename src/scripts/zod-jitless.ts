/**
 * Import first in every page script whose bundle holds zod: zod 4 probes `Function('')` to decide
 * whether to compile its parsers, and under the site's Content-Security-Policy (no 'unsafe-eval')
 * that probe is a policy violation. Jitless mode never probes.
 */
import { z } from 'zod';

z.config({ jitless: true });
