import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicyHeader, contentSecurityPolicyMeta, headersFile } from './content-security-policy.ts';

const directives = (policy: string) =>
  new Map(
    policy.split(/;\s*/).map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );

test('public/_headers is the file the policy module generates (run `npm run headers` after editing the policy)', () => {
  const committed = readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8');
  assert.equal(committed, headersFile());
  assert.ok(committed.includes(`Content-Security-Policy: ${contentSecurityPolicyHeader()}\n`));
});

test('the header policy is the meta policy plus frame-ancestors, which a meta tag cannot carry', () => {
  const meta = directives(contentSecurityPolicyMeta());
  const header = directives(contentSecurityPolicyHeader());
  for (const [name, sources] of meta) assert.deepEqual(header.get(name), sources, name);
  assert.deepEqual([...header.keys()].filter((k) => !meta.has(k)), ['frame-ancestors']);
  assert.equal(meta.has('frame-ancestors'), false);
});

test('the policy allows no inline script, no eval and no inline style', () => {
  const policy = directives(contentSecurityPolicyHeader());
  for (const name of ['default-src', 'script-src', 'style-src']) {
    const sources = policy.get(name) ?? [];
    assert.ok(sources.length > 0, `${name} is set`);
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) assert.ok(!sources.includes(unsafe), `${name} allows ${unsafe}`);
  }
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'none'"]);
});
