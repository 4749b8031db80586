/**
 * Checks of the built site in dist/ that need no browser (issue 6): a detail page per row,
 * the published files parse and match the data, the data package validates with
 * frictionlessdata/datapackage-js against the files as built, and every internal link
 * resolves. Run after `astro build` with the same ASTRO_OUT_DIR / DIGITALATLAS_DATA_ROOT.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data/load-node.ts';
import { INITIATIVE_COLUMNS } from '../../src/lib/schemas/initiative.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { BASE, DIST_DIR } from './harness.ts';
import { checkLinks, fileForPath, htmlFiles } from './link-check.ts';

const dist = resolve(DIST_DIR);
const ds = getDataset();
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'https://digitalatlas.example.org').origin;

describe('detail pages in dist', () => {
  it('exist for every row of the dataset, in German and English, and for nothing else', () => {
    const ids = ds.initiatives.map((i) => i.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect(readdirSync(join(dist, 'initiativen')).sort()).toEqual(ids);
    expect(readdirSync(join(dist, 'en/initiatives')).sort()).toEqual(ids);
    for (const id of ids) {
      expect(existsSync(join(dist, 'initiativen', id, 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'en/initiatives', id, 'index.html'))).toBe(true);
    }
  });

  it('each carries the row’s name and parseable schema.org JSON-LD naming it', () => {
    for (const i of ds.initiatives) {
      const html = read(`initiativen/${i.id}/index.html`);
      const m = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
      expect(m, i.id).not.toBeNull();
      const ld = JSON.parse(m![1]!) as { name: string; '@type': string };
      expect(ld).toMatchObject({ '@type': 'Organization', name: i.name });
      expect(html).toContain(`data-initiative="${i.id}"`);
    }
  });

  it('each shows every filled column of its row (German page; enums as labels, coordinates formatted)', () => {
    const decode = (h: string) =>
      h
        .replace(/&#x([0-9a-f]+);/gi, (_, x: string) => String.fromCodePoint(parseInt(x, 16)))
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const textColumns = ['id', 'name', 'host', 'city', 'postcode', 'street', 'website', 'email', 'phone', 'description_de', 'description_en', 'source_url', 'last_verified'] as const;
    const de4 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 4, maximumFractionDigits: 4 });
    const missing: string[] = [];
    for (const i of ds.initiatives) {
      const html = decode(read(`initiativen/${i.id}/index.html`));
      for (const c of textColumns) {
        const v = i[c];
        if (v !== undefined && !html.includes(v)) missing.push(`${i.id}.${c}`);
      }
      if (i.lat !== undefined && i.lon !== undefined && !html.includes(`${de4.format(i.lat)}, ${de4.format(i.lon)}`)) missing.push(`${i.id}.lat/lon`);
    }
    expect(missing).toEqual([]);
  });

  it('region pages exist for bw, nw, sn and programme pages for every programme', () => {
    for (const r of ['bw', 'nw', 'sn']) {
      expect(existsSync(join(dist, 'regionen', r, 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'en/regions', r, 'index.html'))).toBe(true);
    }
    for (const p of ds.programmes) {
      expect(existsSync(join(dist, 'programme', p.id, 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'en/programmes', p.id, 'index.html'))).toBe(true);
    }
  });
});

describe('published files in dist/daten/', () => {
  it('initiatives.csv has the schema columns and one row per initiative', () => {
    const parsed = parseCsv(read('daten/initiatives.csv'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.header).toEqual(INITIATIVE_COLUMNS);
    expect(parsed.rows.length).toBe(ds.initiatives.length);
  });

  it('initiatives.json has one record per initiative', () => {
    const json = JSON.parse(read('daten/initiatives.json')) as { id: string }[];
    expect(json.map((r) => r.id).sort()).toEqual(ds.initiatives.map((i) => i.id).sort());
  });

  it('initiatives.geojson parses, has one Point per geolocated row, coordinates in [lon, lat] order', () => {
    const gj = JSON.parse(read('daten/initiatives.geojson')) as {
      type: string;
      features: { type: string; id: string; geometry: { type: string; coordinates: [number, number] } }[];
    };
    expect(gj.type).toBe('FeatureCollection');
    const located = ds.initiatives.filter((i) => i.lat !== undefined && i.lon !== undefined);
    expect(gj.features).toHaveLength(located.length);
    const byId = new Map(gj.features.map((f) => [f.id, f]));
    for (const i of located) {
      const f = byId.get(i.id)!;
      expect(f.type).toBe('Feature');
      expect(f.geometry).toEqual({ type: 'Point', coordinates: [i.lon, i.lat] });
      // In Germany longitude (5.8–15.1° E) is always smaller than latitude (47.2–55.1° N).
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThan(5.8);
      expect(lon).toBeLessThan(15.1);
      expect(lat).toBeGreaterThan(47.2);
      expect(lat).toBeLessThan(55.1);
    }
  });

  it('datapackage.json validates with datapackage-js, every row passes its Table Schema and foreign key', async () => {
    const pkg = await Package.load(join(dist, 'daten/datapackage.json'));
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const r of pkg.resources.filter((x) => x.tabular)) {
      try {
        counts[r.name] = (await r.read({ keyed: true, relations: true })).length;
      } catch (e) {
        const err = e as Error & { errors?: Error[] };
        throw new Error(`${r.name}: ${err.message}\n${(err.errors ?? []).slice(0, 20).map((x) => x.message).join('\n')}`);
      }
    }
    expect(counts).toEqual({ initiatives: ds.initiatives.length, programmes: ds.programmes.length });
  });

  it('sizes and SHA-256 hashes in datapackage.json match the built files', () => {
    const dp = JSON.parse(read('daten/datapackage.json')) as { resources: { path: string; bytes: number; hash: string }[] };
    for (const r of dp.resources) {
      const bytes = readFileSync(join(dist, 'daten', r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('DCAT-AP.de metadata is published as JSON-LD and RDF/XML', () => {
    const ld = JSON.parse(read('daten/dcat.jsonld')) as { '@type': string; 'dcat:dataset': { '@type': string } };
    expect(ld['@type']).toBe('dcat:Catalog');
    expect(ld['dcat:dataset']['@type']).toBe('dcat:Dataset');
    expect(read('daten/dcat.rdf')).toMatch(/^<\?xml[^>]*>\s*<rdf:RDF/);
  });
});

describe('site plumbing', () => {
  it('every internal link and asset reference in the built HTML resolves to a file (and #fragment to an id)', () => {
    const { checked, broken } = checkLinks(dist, BASE, SITE_ORIGIN);
    expect(checked).toBeGreaterThan(ds.initiatives.length * 10);
    expect(broken.slice(0, 30)).toEqual([]);
  });

  it('every sitemap URL is a page in dist, and every detail page is in the sitemap', () => {
    const xml = read('sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const b = BASE.endsWith('/') ? BASE : `${BASE}/`;
    const missing = locs.filter((p) => !fileForPath(dist, `/${p.slice(b.length)}`));
    expect(missing).toEqual([]);
    for (const i of ds.initiatives) expect(locs).toContain(`${b}en/initiatives/${i.id}/`);
  });

  it('robots.txt names the sitemap; a 404 page exists and is not indexed', () => {
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(read('404.html')).toContain('<meta name="robots" content="noindex">');
  });

  it('every bilingual page has a canonical URL, hreflang de/en/x-default and Open Graph tags', () => {
    const pages = htmlFiles(dist).filter((f) => !f.endsWith('404.html') && !f.includes('leichte-sprache'));
    expect(pages.length).toBeGreaterThan(ds.initiatives.length * 2);
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      expect(html, f).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
      for (const lang of ['de', 'en', 'x-default']) expect(html, f).toContain(`hreflang="${lang}"`);
      expect(html, f).toContain('property="og:title"');
    }
  });

  it('the German-only Leichte Sprache page claims no English version', () => {
    const html = read('leichte-sprache/index.html');
    expect(html).toMatch(/<link rel="alternate" hreflang="de"/);
    expect(html).not.toMatch(/<link rel="alternate" hreflang="(en|x-default)"/);
  });
});
