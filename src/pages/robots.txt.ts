import type { APIRoute } from 'astro';
import { siteRoot } from '../lib/opendata/load-node.ts';
import { robotsTxt } from '../lib/site/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteRoot(site, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
