import type { APIRoute } from 'astro';
import { typeStylesCss } from '../utils/type-styles-css.ts';

/** /type-styles.css: one colour rule per event type, served as a file (the CSP allows no inline style). */
export const GET: APIRoute = () => new Response(typeStylesCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
