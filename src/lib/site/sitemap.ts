/**
 * sitemap.xml and robots.txt. Every page of the site in both languages, each with its
 * hreflang alternates (xhtml:link), built from the route table and the dataset. Pure.
 */
import type { Dataset } from '../data/dataset.ts';
import { STATES } from '../schemas/vocab.ts';
import { ROUTES, paramRoutePath, type ParamRouteName } from './routes.ts';

export interface SitemapPage {
  /** Root-relative paths of the page per language; one entry when the page exists in one language only. */
  paths: { de: string; en?: string };
  lastmod?: string;
}

/** All pages: the fixed routes, then one per initiative, region and programme. */
export function sitemapPages(dataset: Dataset): SitemapPage[] {
  const pages: SitemapPage[] = Object.values(ROUTES).map((r) => ({
    paths: r.de === r.en ? { de: r.de } : { de: r.de, en: r.en },
  }));
  const param = (name: ParamRouteName, id: string, lastmod?: string): SitemapPage => ({
    paths: { de: paramRoutePath(name, 'de', id), en: paramRoutePath(name, 'en', id) },
    ...(lastmod ? { lastmod } : {}),
  });
  for (const s of STATES) pages.push(param('region', s.toLowerCase()));
  for (const p of dataset.programmes) pages.push(param('programme', p.id));
  for (const i of dataset.initiatives) pages.push(param('initiative', i.id, i.last_verified));
  return pages;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * The sitemap: one <url> per page and language, each listing all language versions of its
 * page (including itself) as xhtml:link alternates, and x-default pointing to German.
 */
export function sitemapXml(pages: readonly SitemapPage[], siteRoot: string): string {
  const abs = (p: string) => xmlEscape(new URL(p.replace(/^\//, ''), siteRoot).href);
  const urls: string[] = [];
  for (const page of pages) {
    const versions = (Object.entries(page.paths) as [string, string | undefined][]).filter(
      (e): e is [string, string] => e[1] !== undefined,
    );
    const alternates =
      versions.length > 1
        ? [
            ...versions.map(([lang, p]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${abs(p)}"/>`),
            `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(page.paths.de)}"/>`,
          ]
        : [];
    for (const [, p] of versions) {
      urls.push(
        [
          '  <url>',
          `    <loc>${abs(p)}</loc>`,
          ...(page.lastmod ? [`    <lastmod>${page.lastmod}</lastmod>`] : []),
          ...alternates,
          '  </url>',
        ].join('\n'),
      );
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

export function robotsTxt(siteRoot: string): string {
  return `# Digitalatlas: every page may be indexed.
User-agent: *
Allow: /

Sitemap: ${new URL('sitemap.xml', siteRoot).href}
`;
}
