import type { APIRoute } from 'astro';
import { loadSiteData } from '../utils/load-site-data.ts';
import { eventsToAtom } from '../utils/events-to-atom.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events, articles } = await loadSiteData();
  return new Response(eventsToAtom(events, articles, String(site)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
