import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapPages, sitemapXml } from '../../../src/lib/site/sitemap.ts';
import { fixtureDataset } from '../opendata/helpers.ts';

const ds = fixtureDataset();

describe('sitemap', () => {
  const pages = sitemapPages(ds);
  const xml = sitemapXml(pages, 'https://example.org/atlas/');
  it('has every initiative, region and programme page in both languages', () => {
    for (const i of ds.initiatives) {
      expect(xml).toContain(`<loc>https://example.org/atlas/initiativen/${i.id}/</loc>`);
      expect(xml).toContain(`<loc>https://example.org/atlas/en/initiatives/${i.id}/</loc>`);
    }
    for (const r of ['bw', 'nw', 'sn']) expect(xml).toContain(`<loc>https://example.org/atlas/en/regions/${r}/</loc>`);
    for (const p of ds.programmes) expect(xml).toContain(`<loc>https://example.org/atlas/programme/${p.id}/</loc>`);
  });
  it('lists hreflang alternates for both languages plus x-default on each bilingual page', () => {
    const block = xml.split('<url>').find((b) => b.includes('<loc>https://example.org/atlas/en/data/</loc>'))!;
    expect(block).toContain('hreflang="de" href="https://example.org/atlas/daten/"');
    expect(block).toContain('hreflang="en" href="https://example.org/atlas/en/data/"');
    expect(block).toContain('hreflang="x-default" href="https://example.org/atlas/daten/"');
  });
  it('lists each URL once and the Leichte Sprache page once, without alternates', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.filter((l) => l?.endsWith('/leichte-sprache/'))).toHaveLength(1);
  });
  it('robots.txt points to the sitemap', () => {
    expect(robotsTxt('https://example.org/atlas/')).toContain('Sitemap: https://example.org/atlas/sitemap.xml');
  });
});
