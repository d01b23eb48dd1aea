/**
 * A publication time (YYYY-MM-DD or date-time, with or without offset) as an ISO UTC instant.
 * A bare date or a time without an offset is read as UTC, so the result never depends on the
 * zone the build runs in.
 */
export function toUtcInstant(publishedAt: string): string {
  const withTime = publishedAt.length === 10 ? `${publishedAt}T00:00:00` : publishedAt;
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(withTime) ? withTime : `${withTime}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) throw new Error(`publishedAt "${publishedAt}" is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z])`);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
