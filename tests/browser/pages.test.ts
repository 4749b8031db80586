/**
 * Browser checks of the detail, region, programme, open-data, legal and 404 pages (issue 6):
 * axe-core (WCAG 2.1 A/AA) reports nothing on each page type in both languages, the detail
 * page is complete with JavaScript disabled, and no page contacts another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data/load-node.ts';
import { axeViolations, openPage, startSession, type Session } from './harness.ts';

const ds = getDataset();
const located = ds.initiatives.find((i) => i.lat !== undefined && i.geo_precision === 'municipality') ?? ds.initiatives.find((i) => i.lat !== undefined);
const unlocated = ds.initiatives.find((i) => i.lat === undefined);
const programmeWithSites = ds.programmes.find((p) => ds.initiatives.some((i) => i.programme === p.id))!;

const PAGE_TYPES: [string, string][] = [
  ...(located ? ([[`detail (position)`, `/initiativen/${located.id}/`], [`detail (position, en)`, `/en/initiatives/${located.id}/`]] as [string, string][]) : []),
  ...(unlocated ? ([[`detail (no position)`, `/en/initiatives/${unlocated.id}/`]] as [string, string][]) : []),
  ['region', '/regionen/sn/'],
  ['region (en)', '/en/regions/bw/'],
  ['programme', `/programme/${programmeWithSites.id}/`],
  ['programme (en)', `/en/programmes/${programmeWithSites.id}/`],
  ['open data', '/daten/'],
  ['open data (en)', '/en/data/'],
  ['privacy', '/datenschutz/'],
  ['privacy (en)', '/en/privacy/'],
  ['accessibility statement', '/barrierefreiheit/'],
  ['accessibility statement (en)', '/en/accessibility/'],
  ['imprint', '/impressum/'],
  ['imprint (en)', '/en/imprint/'],
  ['Leichte Sprache', '/leichte-sprache/'],
  ['404', '/no-such-page/'],
];

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe.each(PAGE_TYPES)('%s page %s', (_type, path) => {
  it('has no axe-core violations, no console errors and no request to another host', async () => {
    const w = await openPage(session, path);
    expect(await w.page.locator('h1').count()).toBe(1);
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.consoleErrors.filter((e) => !(path === '/no-such-page/' && /404/.test(e)))).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.page.close();
  });
});

describe('detail page without JavaScript', () => {
  it.runIf(located)('shows every field, the static location map, nearest initiatives and the edit link', async () => {
    const i = located!;
    const w = await openPage(session, `/initiativen/${i.id}/`, { javaScript: false });
    const { page } = w;
    expect(await page.locator('h1').textContent()).toBe(i.name);
    for (const key of ['kind', 'focus', 'programme', 'state', 'status', 'source', 'last_verified', 'id']) {
      expect(await page.locator(`dd[data-field="${key}"]`).count(), key).toBe(1);
    }
    expect(await page.locator('dd[data-field="last_verified"] time').getAttribute('datetime')).toBe(i.last_verified);
    expect(await page.locator('dd[data-field="source"] a').getAttribute('href')).toBe(i.source_url);
    const svg = page.locator('svg[data-static-map]');
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.getAttribute('aria-label')).toContain(i.city ?? i.name);
    expect(await page.locator('svg[data-static-map] circle').count()).toBeGreaterThan(0);
    const precision = await page.locator('figcaption[data-precision]').getAttribute('data-precision');
    expect(precision).toBe(i.geo_precision);
    if (i.geo_precision === 'municipality') expect(await page.locator('figcaption').textContent()).toMatch(/Ungefähre Position/);
    const nearest = page.locator('[data-nearest] li');
    const locatedCount = ds.initiatives.filter((x) => x.lat !== undefined).length;
    expect(await nearest.count()).toBe(Math.min(5, locatedCount - 1));
    expect(await page.locator('a[data-edit-link]').getAttribute('href')).toMatch(/\/data\/initiatives\.csv$/);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    // No map library: nothing from maplibre was requested.
    expect(w.foreignRequests).toEqual([]);
    await page.close();
  });

  it.runIf(located)('follows a nearest-initiative link to another detail page', async () => {
    const w = await openPage(session, `/en/initiatives/${located!.id}/`, { javaScript: false });
    const first = w.page.locator('[data-nearest] li a').first();
    const id = await first.locator('..').getAttribute('data-id');
    await Promise.all([w.page.waitForURL(`**/en/initiatives/${id}/`), first.click()]);
    expect(await w.page.locator('article').getAttribute('data-initiative')).toBe(id);
    await w.page.close();
  });
});

describe('region pages', () => {
  it.each(['bw', 'nw', 'sn'])('/regionen/%s/ shows the state’s figures, its charts as static images with tables, and its full list', async (id) => {
    const state = id.toUpperCase();
    const rows = ds.initiatives.filter((i) => i.state === state);
    const w = await openPage(session, `/regionen/${id}/`, { javaScript: false });
    const { page } = w;
    expect(Number(await page.locator('[data-total]').first().getAttribute('data-total'))).toBe(rows.length);
    expect(Number(await page.locator('[data-active]').getAttribute('data-active'))).toBe(rows.filter((i) => i.status === 'active').length);
    expect((await page.locator('[data-region-list] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).sort()).toEqual(
      rows.map((i) => i.id).sort(),
    );
    for (const chart of ['perCapita', 'kind', 'programme']) {
      const figure = page.locator(`[data-chart="${chart}"]`);
      expect(await figure.count(), chart).toBe(1);
      expect(await figure.locator('img.da-chart__static').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
    }
    await page.close();
  });
});
