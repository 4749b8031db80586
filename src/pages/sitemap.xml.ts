import type { APIRoute } from 'astro';
import { getDataset } from '../lib/data/load-node.ts';
import { siteRoot } from '../lib/opendata/load-node.ts';
import { sitemapPages, sitemapXml } from '../lib/site/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(sitemapPages(getDataset()), siteRoot(site, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
