import type { APIRoute } from 'astro';
import { loadSiteData } from '../utils/load-site-data.ts';
import { eventsToIcs } from '../utils/events-to-ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events, articles } = await loadSiteData();
  return new Response(eventsToIcs(events, articles, String(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
