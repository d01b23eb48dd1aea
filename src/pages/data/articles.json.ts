import type { APIRoute } from 'astro';
import { loadSiteData } from '../../utils/load-site-data.ts';

/** Every article's metadata, by id; the sentences stay on the article pages to keep this file small. */
export const GET: APIRoute = async () => {
  const { articles } = await loadSiteData();
  const published = articles.map(({ sentences: _sentences, ...meta }) => meta);
  return new Response(JSON.stringify(published), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
