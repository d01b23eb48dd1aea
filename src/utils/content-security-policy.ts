/**
 * The site's Content-Security-Policy, written once: Base.astro puts it in a <meta http-equiv>
 * on every page and public/_headers (for hosts that read one, e.g. Netlify, Cloudflare Pages)
 * carries the same policy as a real header; a unit test checks the two agree.
 *
 * Nothing inline runs or styles: every script and stylesheet is a file served by the site.
 */
const DIRECTIVES: [name: string, sources: string[]][] = [
  ['default-src', ["'self'"]],
  // Pagefind compiles its WebAssembly search engine; 'wasm-unsafe-eval' allows that and no JavaScript eval.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  // vis-timeline and Pagefind position elements through element.style (CSSOM), which style-src does not restrict.
  ['style-src', ["'self'"]],
  // Pagefind's stylesheet draws its search icon as a data: SVG; an image cannot run script.
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  // the timeline fetches /data/*.json and the detail pages; Pagefind fetches its index fragments
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
];

/** Directives a <meta> policy cannot carry (browsers ignore them there): header only. */
const HEADER_ONLY_DIRECTIVES: [name: string, sources: string[]][] = [['frame-ancestors', ["'none'"]]];

const serialize = (directives: [string, string[]][]) => directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** The policy for <meta http-equiv="Content-Security-Policy">. */
export function contentSecurityPolicyMeta(): string {
  return serialize(DIRECTIVES);
}

/** The policy as an HTTP header: the meta policy plus what only a header can say. */
export function contentSecurityPolicyHeader(): string {
  return serialize([...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);
}

/** The text of public/_headers (Netlify / Cloudflare Pages format): the policy and its companions on every path. */
export function headersFile(): string {
  return [
    '# Generated from src/utils/content-security-policy.ts by `npm run headers`: edit that file, not this one.',
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicyHeader()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
