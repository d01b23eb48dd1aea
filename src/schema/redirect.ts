import { z } from 'zod';

/** A retired event id (see src/pipeline/ids.ts) and the page it now leads to: its static page redirects there. */
export const redirectSchema = z.object({
  /** the retired id: /events/<id>/ keeps answering */
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case slugs'),
  /** a site path: /events/<id>/ or /articles/<id>/ */
  to: z.string().regex(/^\/(?:events|articles)\/[a-z0-9-]+\/$/, 'a path /events/<id>/ or /articles/<id>/'),
});
export type Redirect = z.infer<typeof redirectSchema>;

/** An event id the site answers for: a current one (`to` null: its own page) or a retired one and where it leads. */
export const permalinkSchema = redirectSchema.extend({ to: redirectSchema.shape.to.nullable() });
export type Permalink = z.infer<typeof permalinkSchema>;

/** content/ids.json: every event id ever published -> the source keys it stood for, its anchor first. */
export const idLedgerSchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case slugs'),
  z.array(z.string().regex(/^[a-z0-9-]+#\d+\/[a-z-]+$/, 'a source key "article-id#sentence-index/kind"')).min(1),
);
