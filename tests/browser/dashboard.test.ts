/**
 * Acceptance tests of the dashboard (issue 4) in Debian's Chromium against the built site.
 * Expectations are derived from data/initiatives.csv through the same pure filter functions
 * the page uses, so the tests keep passing when the data grows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, startSession, type Session } from './harness.ts';
import { getDataset } from '../../src/lib/data/load-node.ts';
import { applyFilters, buildFilterIndex } from '../../src/lib/filters/match.ts';
import { parseFilters } from '../../src/lib/filters/state.ts';
import { searchTextOf } from '../../src/lib/views/dashboard.ts';
import { CHART_BUILDERS, CHART_NAMES } from '../../src/lib/charts/builders.ts';
import type { Locale } from '../../src/lib/site/i18n.ts';
import { LIST_PAGE_SIZE, listCollator } from '../../src/lib/filters/list.ts';
import { sortRows } from '../helpers/sort-reference.ts';

const dataset = getDataset();
const programmeIds = dataset.programmes.map((p) => p.id);
const indexes = {
  de: buildFilterIndex(dataset.initiatives, (i) => searchTextOf(i, 'de')),
  en: buildFilterIndex(dataset.initiatives, (i) => searchTextOf(i, 'en')),
};
function expected(query: string, locale: Locale = 'de') {
  const rows = applyFilters(indexes[locale], parseFilters(query, { programmeIds }));
  const byName = listCollator(locale);
  return {
    ids: rows.map((r) => r.id).sort(),
    /** Ids in the list's default order (name, with the page's collator). */
    listOrder: [...rows].sort((a, b) => byName.compare(a.name, b.name)).map((r) => r.id),
    pointIds: rows.filter((r) => r.lat !== undefined && r.lon !== undefined).map((r) => r.id).sort(),
    rows,
  };
}
const chartContext = (locale: Locale) => ({
  locale,
  vocabularies: dataset.vocabularies,
  programmes: dataset.programmes,
  population: dataset.population,
});

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function ready(page: Page) {
  await page.waitForSelector('[data-dashboard][data-ready="true"]');
}
async function resultCount(page: Page) {
  return Number(await page.locator('[data-result-count]').getAttribute('data-result-count'));
}
/** Ids of the rows on the list page shown, in list order. */
async function pageRowIds(page: Page) {
  return page.locator('table[data-results] tr[data-id]:not([hidden])').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id!));
}
/** Ids of every list page, in list order, by clicking "next page" until it is disabled. */
async function allListIds(page: Page) {
  const ids = await pageRowIds(page);
  const next = page.locator('[data-pager] button[data-page-step="1"]');
  while ((await page.locator('[data-pager]').isVisible()) && (await next.getAttribute('aria-disabled')) !== 'true') {
    const status = await page.locator('[data-pager-status]').textContent();
    await next.click();
    await expect.poll(() => page.locator('[data-pager-status]').textContent()).not.toBe(status);
    ids.push(...(await pageRowIds(page)));
  }
  return ids;
}

/**
 * Ids of the points the static overview map shows (before the interactive map is loaded):
 * the server-rendered SVG circles, or, after a filter change, the canvas drawn over them.
 */
async function staticMapIds(page: Page) {
  const canvas = page.locator('[data-static-map] canvas.da-static-map__points');
  if (await canvas.count()) {
    expect(await page.locator('[data-static-map] svg.da-static-map__svg circle').count()).toBe(0);
    const ids = await canvas.evaluate((el) => (el as HTMLCanvasElement & { visiblePointIds: () => string[] }).visiblePointIds());
    expect(Number(await canvas.getAttribute('data-point-count'))).toBe(ids.length);
    return ids.sort();
  }
  return (await page.locator('[data-static-map] circle[data-id]:not([data-off])').evaluateAll((cs) => cs.map((c) => (c as SVGElement).dataset.id!))).sort();
}
/** Load the interactive map if needed, wait until its points are drawn, return their ids. */
async function mapIds(page: Page) {
  await page.locator('#karte').scrollIntoViewIfNeeded();
  const load = page.locator('[data-load-map]');
  if (await load.isVisible()) await load.click();
  await page.waitForSelector('.da-map[data-ready="true"]', { timeout: 30_000 });
  const ids = await page.locator('.da-map').getAttribute('data-point-ids');
  return (ids ?? '').split(' ').filter(Boolean).sort();
}
/** Scroll every chart into view; return per chart the count the live chart was built from. */
async function liveChartCounts(page: Page) {
  const out: Record<string, number> = {};
  for (const name of CHART_NAMES) {
    const fig = page.locator(`[data-chart-figure][data-chart="${name}"]`);
    await fig.scrollIntoViewIfNeeded();
    const empty = await fig.evaluate((el) => el.hasAttribute('data-empty'));
    if (empty) {
      out[name] = 0;
      continue;
    }
    await fig.locator('.da-chart__live[data-ready="true"]').waitFor({ timeout: 30_000 });
    out[name] = Number(await fig.locator('.da-chart__island').getAttribute('data-count'));
  }
  return out;
}
async function chartTable(page: Page, name: string) {
  return page
    .locator(`[data-chart-figure][data-chart="${name}"] [data-chart-body] tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
}

describe.each([
  ['/?state=SN,BW&focus=ki', 'de'],
  ['/?status=all', 'de'],
  ['/?q=koln&status=all', 'de'],
  ['/en/?kind=research,support-centre&status=active,planned', 'en'],
  ['/', 'de'],
] as const)('URL with filters %s', (path, locale) => {
  const query = path.includes('?') ? path.slice(path.indexOf('?')) : '';
  it('shows the right result count and the same set in list, map and charts', async () => {
    const exp = expected(query, locale);
    const w = await openPage(session, path);
    const { page } = w;
    await ready(page);
    expect(await resultCount(page)).toBe(exp.ids.length);
    expect(await pageRowIds(page)).toEqual(exp.listOrder.slice(0, LIST_PAGE_SIZE));
    expect(await staticMapIds(page)).toEqual(exp.pointIds);
    expect(await mapIds(page)).toEqual(exp.pointIds);
    expect(await allListIds(page)).toEqual(exp.listOrder);
    const counts = await liveChartCounts(page);
    for (const name of CHART_NAMES) {
      const built = CHART_BUILDERS[name](exp.rows, chartContext(locale));
      expect(counts[name], name).toBe(built.n);
      expect(await chartTable(page, name), name).toEqual(built.table.rows);
    }
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await page.close();
  });
});

describe('interaction', () => {
  it('changing a filter updates URL, list, map and charts; Back restores', async () => {
    const w = await openPage(session, '/');
    const { page } = w;
    await ready(page);
    const before = expected('');
    await mapIds(page); // hydrate the map first, so it must follow the change
    await page.getByLabel(/^Sachsen/).check();
    await page.waitForURL(/\?state=SN$/);
    const after = expected('?state=SN');
    expect(await resultCount(page)).toBe(after.ids.length);
    expect(await pageRowIds(page)).toEqual(after.listOrder.slice(0, LIST_PAGE_SIZE));
    expect(await staticMapIds(page)).toEqual(after.pointIds);
    await expect.poll(() => mapIds(page), { timeout: 30_000 }).toEqual(after.pointIds);
    const counts = await liveChartCounts(page);
    expect(counts.stateFocus).toBe(CHART_BUILDERS.stateFocus(after.rows, chartContext('de')).n);

    await page.getByLabel(/^Künstliche Intelligenz/).check();
    await page.waitForURL(/\?state=SN&focus=ki$/);
    expect(await resultCount(page)).toBe(expected('?state=SN&focus=ki').ids.length);

    await page.goBack();
    await page.waitForURL(/\?state=SN$/);
    expect(await resultCount(page)).toBe(after.ids.length);
    expect(await page.getByLabel(/^Künstliche Intelligenz/).isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await resultCount(page)).toBe(before.ids.length);
    expect(await page.getByLabel(/^Sachsen/).isChecked()).toBe(false);
    await expect.poll(() => mapIds(page), { timeout: 30_000 }).toEqual(before.pointIds);
    expect(w.pageErrors).toEqual([]);
    await page.close();
  });

  it('typing in the search replaces the URL (no new history entry) and ignores diacritics', async () => {
    const w = await openPage(session, '/?status=all');
    const { page } = w;
    await ready(page);
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('searchbox').fill('koln');
    await page.waitForURL(/q=koln/);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    const exp = expected('?status=all&q=koln');
    expect(await resultCount(page)).toBe(exp.ids.length);
    expect(exp.ids.length).toBe(expected('?status=all&q=K%C3%B6ln').ids.length);
    await page.close();
  });

  it('the reset button restores the default view', async () => {
    const w = await openPage(session, '/?state=NW&status=all&q=digital');
    const { page } = w;
    await ready(page);
    await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await resultCount(page)).toBe(expected('').ids.length);
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    await page.close();
  });

  it('sorts the whole selection by a column, keeps the sort in the URL and pages through it', async () => {
    const w = await openPage(session, '/?status=all');
    const { page } = w;
    await ready(page);
    const exp = expected('?status=all');
    const collator = listCollator('de');
    const byName = [...exp.rows].sort((a, b) => collator.compare(a.name, b.name));
    const byCity = (direction: 'ascending' | 'descending') =>
      sortRows(byName, 'city', direction, (r) => r.city ?? '', collator.compare).map((r) => r.id);
    const header = page.locator('th[data-sort-key="city"]');
    await header.getByRole('button').click();
    await page.waitForURL(/sort=city/);
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('th[data-sort-key="name"]').getAttribute('aria-sort')).toBeNull();
    expect(await pageRowIds(page)).toEqual(byCity('ascending').slice(0, LIST_PAGE_SIZE));
    await header.getByRole('button').click();
    await page.waitForURL(/sort=-city/);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await pageRowIds(page)).toEqual(byCity('descending').slice(0, LIST_PAGE_SIZE));
    // Page 2 of the descending order, then a reload reproduces sort and page.
    await page.locator('[data-pager] button[data-page-step="1"]').click();
    await page.waitForURL(/sort=-city&page=2/);
    const second = byCity('descending').slice(LIST_PAGE_SIZE, 2 * LIST_PAGE_SIZE);
    expect(await pageRowIds(page)).toEqual(second);
    await page.reload();
    await ready(page);
    expect(await pageRowIds(page)).toEqual(second);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    // Back returns to page 1; a filter change starts again at page 1 and keeps the sort.
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('page='));
    expect(await pageRowIds(page)).toEqual(byCity('descending').slice(0, LIST_PAGE_SIZE));
    await page.locator('[data-pager] button[data-page-step="1"]').click();
    await page.waitForURL(/page=2/);
    await page.getByLabel(/^Nordrhein-Westfalen/).check();
    await page.waitForURL((u) => u.search.includes('state=NW') && !u.search.includes('page='));
    const nw = sortRows(byName.filter((r) => r.state === 'NW'), 'city', 'descending', (r) => r.city ?? '', collator.compare).map((r) => r.id);
    expect(await pageRowIds(page)).toEqual(nw.slice(0, LIST_PAGE_SIZE));
    expect(new URL(page.url()).search).toContain('sort=-city');
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the pager says which entries are shown and keeps focus on its buttons', async () => {
    const w = await openPage(session, '/?status=all');
    const { page } = w;
    await ready(page);
    const total = expected('?status=all').ids.length;
    const pages = Math.ceil(total / LIST_PAGE_SIZE);
    const status = page.locator('[data-pager-status]');
    const nf = new Intl.NumberFormat('de-DE');
    expect(await status.textContent()).toBe(`Einträge 1–${LIST_PAGE_SIZE} von ${nf.format(total)} · Seite 1 von ${pages}`);
    const prev = page.locator('[data-pager] button[data-page-step="-1"]');
    const next = page.locator('[data-pager] button[data-page-step="1"]');
    expect(await prev.getAttribute('aria-disabled')).toBe('true');
    await next.focus();
    for (let p = 2; p <= pages; p++) {
      await page.keyboard.press('Enter');
      await expect.poll(() => status.textContent()).toContain(`Seite ${p} von ${pages}`);
      // The focused button stays on screen, also on the shorter last page.
      await expect.poll(() => next.evaluate((b) => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= document.documentElement.clientHeight + 1; })).toBe(true);
    }
    expect(await status.getAttribute('role')).toBe('status');
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter'); // disabled: nothing happens, focus stays
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.pageStep)).toBe('1');
    expect(await status.textContent()).toBe(`Einträge ${nf.format((pages - 1) * LIST_PAGE_SIZE + 1)}–${nf.format(total)} von ${nf.format(total)} · Seite ${pages} von ${pages}`);
    expect(await pageRowIds(page)).toHaveLength(total - (pages - 1) * LIST_PAGE_SIZE);
    // An out-of-range page in the URL shows the last page.
    const w2 = await openPage(session, '/?status=all&page=999');
    await ready(w2.page);
    expect(await w2.page.locator('[data-pager-status]').textContent()).toContain(`Seite ${pages} von ${pages}`);
    await w2.page.close();
    await page.close();
  });
});

describe('robustness', () => {
  it.each([
    '/?state=%E0%A4%A&focus=<script>alert(1)</script>&status=bogus&q=%',
    '/?%%%&&&===&state[]=BW&kind=%00',
    `/?q=${'ä'.repeat(400)}&programme=${'x,'.repeat(200)}`,
  ])('a garbage query string still renders the page (%#)', async (path) => {
    const w = await openPage(session, path);
    const { page } = w;
    await ready(page);
    expect(await page.locator('h1').count()).toBe(1);
    const n = await resultCount(page);
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(dataset.initiatives.length);
    expect(w.pageErrors).toEqual([]);
    expect(w.dialogs).toEqual([]);
    await page.close();
  });

  it('is useful without JavaScript: server-rendered list, counts and chart images', async () => {
    const w = await openPage(session, '/', { javaScript: false });
    const { page } = w;
    const exp = expected('');
    expect(await resultCount(page)).toBe(exp.ids.length);
    expect(await pageRowIds(page)).toEqual(exp.listOrder.slice(0, LIST_PAGE_SIZE));
    expect(await page.locator('[data-pager]').isVisible()).toBe(false);
    if (exp.ids.length > LIST_PAGE_SIZE) {
      // The rest is reachable without JavaScript: every state page lists all of its rows.
      const note = page.locator('p[data-list-nojs]');
      await expect.poll(() => note.isVisible()).toBe(true);
      const links = await note.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(['/regionen/bw/', '/regionen/nw/', '/regionen/sn/', '/daten/']);
    }
    expect(await staticMapIds(page)).toEqual(exp.pointIds);
    const images = await page.locator('img.da-chart__static').count();
    const nonEmpty = CHART_NAMES.filter((n) => CHART_BUILDERS[n](exp.rows, chartContext('de')).ok).length;
    expect(images).toBe(nonEmpty);
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches every filter and every result by Tab alone (Enter on "next page" between pages)', async () => {
    const path = '/?state=SN&status=all';
    const exp = expected(path.slice(1));
    const w = await openPage(session, path);
    const { page } = w;
    await ready(page);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __focused: string[] }).__focused = seen;
      document.addEventListener('focusin', (e) => {
        const el = e.target as HTMLElement;
        const row = el.closest('tr[data-id]') as HTMLElement | null;
        if (el.matches('input')) seen.push(`input:${(el as HTMLInputElement).name}:${(el as HTMLInputElement).value}`);
        else if (row && el.matches('a')) seen.push(`result:${row.dataset.id}`);
      });
    });
    const filters = await page.locator('form.da-filters input').evaluateAll((els) =>
      els.map((e) => `input:${(e as HTMLInputElement).name}:${(e as HTMLInputElement).type === 'search' ? '' : (e as HTMLInputElement).value}`),
    );
    // Every control gets focus at most twice per round; 3 stops per result row is generous.
    // Whenever focus reaches an enabled "next page" button, Enter turns the page.
    const presses = filters.length + exp.ids.length * 3 + 80 * Math.ceil(exp.ids.length / LIST_PAGE_SIZE);
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('Tab');
      const onNext = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.dataset.pageStep === '1' && el.getAttribute('aria-disabled') !== 'true';
      });
      if (onNext) await page.keyboard.press('Enter');
    }
    const focused = new Set(await page.evaluate(() => (window as unknown as { __focused: string[] }).__focused));
    for (const f of filters) expect(focused.has(f.replace(/^input:q:.*/, 'input:q:')), f).toBe(true);
    for (const id of exp.ids) expect(focused.has(`result:${id}`), id).toBe(true);
    await page.close();
  });
});

describe('accessibility and privacy', () => {
  it.each(['/', '/en/', '/?state=NW&focus=ki&q=zentrum'])('axe-core reports no violations on %s (islands hydrated)', async (path) => {
    const w = await openPage(session, path);
    const { page } = w;
    await ready(page);
    await mapIds(page);
    await liveChartCounts(page);
    // A selected point shows its details panel; include it in the audit.
    const firstButton = page.locator('tr[data-id]:not([hidden]) button[data-show-on-map]').first();
    if (await firstButton.count()) await firstButton.click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('no request leaves the site during load and while map and charts start', async () => {
    const w = await openPage(session, '/?status=all');
    const { page } = w;
    await ready(page);
    await mapIds(page);
    await liveChartCounts(page);
    await page.waitForLoadState('networkidle');
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('downloads and map selection', () => {
  it('downloads the current selection as CSV and JSON with the published columns', async () => {
    const query = '?state=SN&status=all';
    const exp = expected(query);
    const w = await openPage(session, `/${query}`);
    const { page } = w;
    await ready(page);
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-download="json"]').click()]);
    const records = JSON.parse(await streamText(await json.createReadStream())) as { id: string }[];
    expect(records.map((r) => r.id).sort()).toEqual(exp.ids);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-download="csv"]').click()]);
    const lines = (await streamText(await csv.createReadStream())).trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['id', 'name', 'kind']);
    expect(lines).toHaveLength(exp.ids.length + 1);
    await page.close();
  });

  it('chart data (CSV) and image (PNG) download by keyboard', async () => {
    const w = await openPage(session, '/?state=NW');
    const { page } = w;
    await ready(page);
    const fig = page.locator('[data-chart-figure][data-chart="kind"]');
    await fig.scrollIntoViewIfNeeded();
    await fig.locator('.da-chart__live[data-ready="true"]').waitFor({ timeout: 30_000 });
    const built = CHART_BUILDERS.kind(expected('?state=NW').rows, chartContext('de'));
    await fig.locator('[data-chart-csv]').focus();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csvText = await streamText(await csv.createReadStream());
    expect(csvText.trim().split('\r\n').slice(1)).toEqual(built.table.raw.map((r) => r.join(',')));
    await fig.locator('[data-chart-png]').focus();
    const [png] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(png.suggestedFilename()).toBe('digitalatlas-kind.png');
    const bytes = await streamBytes(await png.createReadStream());
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2000);
    await page.close();
  });

  it('"show on map" selects the point and shows its details panel', async () => {
    const w = await openPage(session, '/?status=all');
    const { page } = w;
    await ready(page);
    const button = page.locator('tr[data-id]:not([hidden]) button[data-show-on-map]').first();
    const id = await button.getAttribute('data-show-on-map');
    const row = dataset.initiatives.find((i) => i.id === id)!;
    await button.focus();
    await page.keyboard.press('Enter');
    const details = page.locator('.da-map__details');
    await details.waitFor({ timeout: 30_000 });
    expect(await details.locator('h3').textContent()).toBe(row.name);
    expect(await page.locator(`tr[data-id="${id}"]`).getAttribute('class')).toContain('da-row--selected');
    await page.close();
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  return (await streamBytes(stream)).toString('utf8');
}
async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

describe('base map and small screens', () => {
  it('the external basemap.de style is requested only on demand; if it fails the points stay', async () => {
    const w = await openPage(session, '/?status=all');
    const { page } = w;
    await ready(page);
    const before = await mapIds(page);
    expect(w.foreignRequests).toEqual([]);
    // Simulate the external service failing (no network to third parties in tests anyway).
    await page.route('https://sgx.geodatenzentrum.de/**', (route) => route.abort());
    await page.getByRole('button', { name: /basemap\.de/ }).click();
    await page.getByText('Die detaillierte Karte konnte nicht geladen werden', { exact: false }).waitFor({ timeout: 30_000 });
    expect(w.foreignRequests.every((u) => u.startsWith('https://sgx.geodatenzentrum.de/'))).toBe(true);
    expect(w.foreignRequests.length).toBeGreaterThan(0);
    await page.waitForSelector('.da-map[data-ready="true"]', { timeout: 30_000 });
    expect(await mapIds(page)).toEqual(before);
    await page.close();
  });

  it.each(['/', '/en/?status=all'])('%s fits a 360 px wide screen without horizontal scrolling, axe-clean', async (path) => {
    const small = await startSession({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const w = await openPage(small, path);
      await ready(w.page);
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(w.page)).toEqual([]);
      await w.page.close();
    } finally {
      await small.close();
    }
  });
});
