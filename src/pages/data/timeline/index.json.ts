import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../utils/load-site-data.ts';
import { buildTimelineIndex } from '../../../utils/timeline-index.ts';

/** The timeline page's compact index of every event (dates, types, actors as arrays); see utils/timeline-index.ts. */
export const GET: APIRoute = async () => {
  const { events } = await loadSiteData();
  return new Response(JSON.stringify(buildTimelineIndex(events).index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
