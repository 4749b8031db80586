/**
 * Issue 8, progressive enhancement: with JavaScript disabled (a context with
 * javaScriptEnabled: false, and the harness's javaScript: false, which also blocks every
 * script file), the home page shows the counts and the list, detail and region pages are
 * complete, and the finder explains that it needs JavaScript.
 * Expectations come from the dataset the site was built from (getDataset()).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data/load-node.ts';
import { paramRoutePath, routePath } from '../../src/lib/site/routes.ts';
import { STATES } from '../../src/lib/schemas/vocab.ts';
import { LIST_PAGE_SIZE } from '../../src/lib/filters/list.ts';
import type { Initiative } from '../../src/lib/schemas/initiative.ts';
import { openPage, startSession, type Session } from './harness.ts';

const dataset = getDataset();
let session: Session;
beforeAll(async () => {
  session = await startSession({ javaScriptEnabled: false });
});
afterAll(async () => {
  await session?.close();
});

const text = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Root-relative hrefs (base removed) of the links on the page. */
async function hrefs(page: Page, origin: string): Promise<Set<string>> {
  const list = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href));
  return new Set(list.filter((h) => h.startsWith(origin)).map((h) => new URL(h).pathname));
}

describe.each(['de', 'en'] as const)('without JavaScript (%s)', (locale) => {
  it('home page: the result count is shown, the list shows its first page with links to the detail pages and points to the complete state lists', async () => {
    const w = await openPage(session, routePath('home', locale), { javaScript: false });
    const { page } = w;
    try {
      expect(await page.locator('[data-result-count]').count(), 'an element with data-result-count').toBeGreaterThan(0);
      const count = Number(await page.locator('[data-result-count]').first().getAttribute('data-result-count'));
      expect(count).toBeGreaterThan(0);
      await expect.poll(() => page.locator('[data-result-count]').first().isVisible()).toBe(true);
      // The list shows its first page (the default selection sorted by name); the state pages
      // linked from its note list every row of a state (checked below).
      const ids = await page
        .locator('[data-results] [data-id]')
        .evaluateAll((els) => els.filter((e) => !e.closest('[hidden]') && getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('data-id') ?? ''));
      expect(ids.length, 'visible list entries = first page of data-result-count').toBe(Math.min(count, LIST_PAGE_SIZE));
      const links = await hrefs(page, session.server.origin);
      const detail = (id: string) => new URL(session.server.url(paramRoutePath('initiative', locale, id))).pathname;
      expect(ids.filter((id) => !links.has(detail(id)))).toEqual([]);
      if (count > LIST_PAGE_SIZE) {
        const note = page.locator('p[data-list-nojs]');
        await expect.poll(() => note.isVisible()).toBe(true);
        const noteLinks = await note.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        for (const s of STATES) expect(noteLinks).toContain(new URL(session.server.url(paramRoutePath('region', locale, s.toLowerCase()))).pathname);
      }
      // Counts per state in the server-rendered summary.
      const body = await text(page);
      for (const s of STATES) {
        const term = dataset.vocabularies.state.find((t) => t.id === s);
        expect(body).toContain(locale === 'de' ? term?.label_de : term?.label_en);
      }
    } finally {
      await page.close();
    }
  });

  it('finder: explains that it needs JavaScript and points on', async () => {
    const w = await openPage(session, routePath('finder', locale), { javaScript: false });
    const { page } = w;
    try {
      const notice = page.locator('main').getByText(/JavaScript/).first();
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await page.locator('main a[href]').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it.each(STATES.map((s) => [s]))('region page %s: key figures and a link to every initiative of the state', async (state) => {
    const w = await openPage(session, paramRoutePath('region', locale, state.toLowerCase()), { javaScript: false });
    const { page } = w;
    try {
      const inState = dataset.initiatives.filter((i) => i.state === state);
      const body = await text(page);
      const nf = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB');
      expect(body).toContain(nf.format(inState.length));
      const links = await hrefs(page, session.server.origin);
      const missing = inState.filter((i) => !links.has(new URL(session.server.url(paramRoutePath('initiative', locale, i.id))).pathname)).map((i) => i.id);
      expect(missing).toEqual([]);
      // Every chart has its data table in the HTML.
      expect(await page.locator('main table').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('detail pages without JavaScript', () => {
  /** Every German detail page; English for every tenth row. */
  const cases: [string, Initiative, 'de' | 'en'][] = [
    ...dataset.initiatives.map((i): [string, Initiative, 'de'] => [i.id, i, 'de']),
    ...dataset.initiatives.filter((_, n) => n % 10 === 0).map((i): [string, Initiative, 'en'] => [`${i.id} (en)`, i, 'en']),
  ];

  it(`${cases.length} detail pages show every field of their row`, async () => {
    const page = await session.context.newPage();
    await page.route('**/*.{js,mjs}', (route) => route.abort());
    const incomplete: Record<string, string[]> = {};
    try {
      for (const [label, row, locale] of cases) {
        const res = await page.goto(session.server.url(paramRoutePath('initiative', locale, row.id)), { waitUntil: 'load' });
        if (!res || res.status() !== 200) {
          incomplete[label] = [`HTTP ${res?.status()}`];
          continue;
        }
        const body = await text(page);
        const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''));
        const h1 = squash((await page.locator('h1').first().textContent()) ?? '');
        const missing: string[] = [];
        if (!h1.includes(squash(row.name))) missing.push(`h1 "${h1}" lacks the name`);
        const description = locale === 'en' && row.description_en ? row.description_en : row.description_de;
        for (const [field, value] of [
          ['description', description],
          ['host', row.host],
          ['city', row.city],
          ['postcode', row.postcode],
          ['street', row.street],
          ['email', row.email],
          ['phone', row.phone],
        ] as const) {
          if (value && !body.includes(squash(value))) missing.push(field);
        }
        if (row.website && !links.includes(row.website)) missing.push('website link');
        if (!links.includes(row.source_url)) missing.push('source link');
        const date = row.last_verified;
        const [y, m, d] = date.split('-');
        if (![date, `${d}.${m}.${y}`, `${Number(d)}.${Number(m)}.${y}`].some((f) => body.includes(f)) && !body.includes(y!)) missing.push('last verified date');
        if (missing.length) incomplete[label] = missing;
      }
    } finally {
      await page.close();
    }
    expect(incomplete).toEqual({});
  }, 300_000);
});
