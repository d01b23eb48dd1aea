import type { APIRoute } from 'astro';
import { loadSiteData } from '../utils/load-site-data.ts';
import { eventsToCsv } from '../utils/events-to-csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events, actors, articles } = await loadSiteData();
  return new Response(eventsToCsv(events, actors, articles, String(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
