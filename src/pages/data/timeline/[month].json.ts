import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../utils/load-site-data.ts';
import { buildTimelineIndex, type ChunkEvent } from '../../../utils/timeline-index.ts';

/** One month of events as the timeline draws and lists them, fetched as the reader's window reaches it. */
export const getStaticPaths = (async () => {
  const { events } = await loadSiteData();
  return [...buildTimelineIndex(events).chunks].map(([month, chunk]) => ({ params: { month }, props: { chunk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chunk: ChunkEvent[] }> = ({ props }) =>
  new Response(JSON.stringify(props.chunk), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
