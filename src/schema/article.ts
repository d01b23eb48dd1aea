import { z } from 'zod';
import { isoDateSchema } from './event.ts';
import { webUrlSchema } from './web-url.ts';

/** Frontmatter of content/articles/*.md, as editors write it. */
export const articleFrontmatterSchema = z.object({
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  /** ISO date (2022-02-02) or date-time (2022-02-02T14:30:00Z) */
  publishedAt: z.string().regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'expected an ISO date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM[:SS][Z]',
  ),
  /** the original article: http: or https: only, since it becomes a link on several pages */
  url: webUrlSchema.optional(),
  byline: z.string().optional(),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** One sentence of an article as the site shows it, with the events it fed. */
export const articleSentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  text: z.string(),
  events: z.array(z.string()),
});

/** An article as published in the site's collection and /data/articles.json. */
export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  publisher: z.string(),
  publishedAt: z.string(),
  url: webUrlSchema.nullable(),
  byline: z.string().nullable(),
  sentences: z.array(articleSentenceSchema),
  /** the days the text refers to, up to its publication day; stated: some mention writes the date out */
  daysMentioned: z.array(z.object({ date: isoDateSchema, stated: z.boolean() })).default([]),
});
export type Article = z.infer<typeof articleSchema>;
