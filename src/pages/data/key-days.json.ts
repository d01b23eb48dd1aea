import type { APIRoute } from 'astro';
import { loadSiteData } from '../../utils/load-site-data.ts';
import { rankKeyDays } from '../../utils/key-days.ts';

/** The story's key days, the most widely reported first: each with its rank, weight, reach and event ids. */
export const GET: APIRoute = async () => {
  const { events, articles } = await loadSiteData();
  const days = rankKeyDays(events, articles).map((d, i) => ({ rank: i + 1, ...d, score: Number(d.score.toFixed(3)) }));
  return new Response(JSON.stringify(days), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
