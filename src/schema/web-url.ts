import { z } from 'zod';

/** The only link schemes content may carry: anything else (javascript:, data:, vbscript:, file:) could run or leak. */
export const WEB_URL_SCHEMES = ['http:', 'https:'] as const;

/**
 * Why `value` is not a safe web address, or null when it is one. The scheme must be written
 * literally at the start, because browsers drop tabs and newlines inside a scheme
 * ("java\tscript:") and ignore leading control characters, so a check on the parsed URL alone
 * would accept what the browser reads differently.
 */
export function webUrlProblem(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return 'a link may not contain spaces, tabs, line breaks or control characters';
  if (!/^https?:\/\//i.test(value)) return `only ${WEB_URL_SCHEMES.join(' and ')} links are allowed`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a complete web address';
  }
  if (!(WEB_URL_SCHEMES as readonly string[]).includes(url.protocol)) return `only ${WEB_URL_SCHEMES.join(' and ')} links are allowed`;
  if (url.hostname === '') return 'the address names no host';
  return null;
}

/** A link to an http: or https: page, as written (never rewritten), for any field that becomes an href. */
export const webUrlSchema = z.string().check((ctx) => {
  const problem = webUrlProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});
