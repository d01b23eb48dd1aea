import type { APIRoute } from 'astro';
import { loadSiteData } from '../../utils/load-site-data.ts';

/** Every event, chronological: the public contract, and what the timeline page fetches (kept out of its HTML). */
export const GET: APIRoute = async () => {
  const { events } = await loadSiteData();
  return new Response(JSON.stringify(events), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
