import type { APIRoute } from 'astro';
import { loadSiteData } from '../../utils/load-site-data.ts';

/** Every actor, by id. */
export const GET: APIRoute = async () => {
  const { actors } = await loadSiteData();
  return new Response(JSON.stringify(actors), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
