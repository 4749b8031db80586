/**
 * Browser tests of the finder (/finden/, /en/find/) against the built site. Expectations are
 * derived from the data and the gazetteer with the same pure functions the island uses, so
 * they hold for the 3-row seed data and for the full dataset alike.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data/load-node.ts';
import type { Gazetteer } from '../../src/lib/geo/gazetteer.ts';
import { getGazetteer } from '../../src/lib/finder/load-node.ts';
import { buildFinderData, type FinderData } from '../../src/lib/finder/offers.ts';
import { rankOffers } from '../../src/lib/finder/rank.ts';
import { resolveQuery } from '../../src/lib/finder/resolve.ts';
import type { Focus } from '../../src/lib/schemas/vocab.ts';
import { axeViolations, openPage, startSession, type Session, type WatchedPage } from './harness.ts';

let session: Session;
let g: Gazetteer;
let data: FinderData;

beforeAll(async () => {
  session = await startSession();
  g = getGazetteer()!;
  data = buildFinderData(getDataset(), 'de', g);
});
afterAll(async () => {
  await session?.close();
});

function expectedIdsFor(query: string, focus?: Focus): string[] {
  const r = resolveQuery(g, query, 'de');
  if (r.kind !== 'point') throw new Error(`${query} does not resolve`);
  return rankOffers(data.regional, r.point, { focus }).items.map((x) => x.offer.id);
}

function expectedIdsAt(lat: number, lon: number): string[] {
  return rankOffers(data.regional, { lat, lon }).items.map((x) => x.offer.id);
}

async function ready(page: Page) {
  await page.locator('.finder[data-ready]').waitFor();
}

async function waitForState(page: Page, state: string) {
  await page.locator(`.finder[data-ready][data-state="${state}"]`).waitFor();
}

async function results(page: Page): Promise<{ ids: string[]; km: number[] }> {
  const items = page.locator('ol[data-results] > li');
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  const km = await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-distance-km'))));
  return { ids, km };
}

function ascending(km: number[]): boolean {
  return km.every((d, i) => i === 0 || d >= km[i - 1]!);
}

function clean(w: WatchedPage) {
  expect(w.foreignRequests).toEqual([]);
  expect(w.pageErrors).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
}

const input = (page: Page) => page.locator('input[role="combobox"]');

describe('finder /finden/', () => {
  it('typing a postcode and submitting lists the nearest offers in ascending distance, and puts the query in the URL', async () => {
    const w = await openPage(session, '/finden/');
    const { page } = w;
    await ready(page);
    await input(page).fill('69117');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await waitForState(page, 'results');
    const r = await results(page);
    expect(r.ids).toEqual(expectedIdsFor('69117'));
    expect(r.ids.length).toBeLessThanOrEqual(10);
    expect(ascending(r.km)).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('69117');
    // Distances are shown in German number format ("123,4 km").
    if (r.ids.length) await expect.poll(() => page.locator('ol[data-results] > li').first().innerText(), { timeout: 15_000 }).toMatch(/\d,\d km/);
    clean(w);
    await page.close();
  });

  it('choosing a place suggestion lists the nearest offers in ascending distance', async () => {
    const w = await openPage(session, '/finden/');
    const { page } = w;
    await ready(page);
    await input(page).click();
    await input(page).pressSequentially('heidelb');
    const option = page.getByRole('option', { name: /^Heidelberg, Baden-Württemberg/ });
    await option.waitFor();
    expect(await input(page).getAttribute('aria-expanded')).toBe('true');
    await option.click();
    await waitForState(page, 'results');
    const r = await results(page);
    expect(r.ids).toEqual(expectedIdsFor('Heidelberg'));
    expect(ascending(r.km)).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Heidelberg');
    expect(await input(page).inputValue()).toBe('Heidelberg');
    clean(w);
    await page.close();
  });

  it('shows the results on the map (same ids as the list) and keeps list selection in step', async () => {
    const w = await openPage(session, '/finden/?q=69117');
    const { page } = w;
    await waitForState(page, 'results');
    const ids = (await results(page)).ids;
    if (ids.length === 0) return; // nothing to map with this data
    const map = page.locator('.finder-map .da-map');
    await map.waitFor();
    await expect.poll(() => map.getAttribute('data-ready'), { timeout: 20_000 }).toMatch(/^(true|error)$/);
    expect((await map.getAttribute('data-point-ids'))!.split(' ')).toEqual([...ids].sort());
    const first = page.locator('ol[data-results] > li').first();
    await first.getByRole('button', { name: 'Auf der Karte markieren' }).click();
    expect(await first.getAttribute('data-selected')).toBe('');
    expect(await first.getByRole('button', { name: 'Auf der Karte markieren' }).getAttribute('aria-pressed')).toBe('true');
    clean(w);
    await page.close();
  });

  it('clicking a point on the map highlights that offer in the list', async () => {
    const w = await openPage(session, '/finden/?q=69117');
    const { page } = w;
    await waitForState(page, 'results');
    const r = resolveQuery(g, '69117', 'de');
    if (r.kind !== 'point') throw new Error('69117 does not resolve');
    const ranked = rankOffers(data.regional, r.point).items.map((x) => x.offer);
    if (ranked.length === 0) return; // nothing on the map with this data
    const map = page.locator('.finder-map .da-map');
    await expect.poll(() => map.getAttribute('data-ready'), { timeout: 20_000 }).toMatch(/^(true|error)$/);
    if ((await map.getAttribute('data-ready')) === 'error') return; // no WebGL 2: the list alone carries the result
    // Find the pixels of one kind's colour in a screenshot of the map (decoded in the page,
    // from a data: URL, so no request and no extra dependency) and click their middle.
    const canvas = page.locator('.finder-map canvas');
    const shot = (await canvas.screenshot()).toString('base64');
    const groups = [...new Set(ranked.map((o) => o.colour))].map((colour) => ({
      colour,
      ids: ranked.filter((o) => o.colour === colour).map((o) => o.id),
    }));
    const hit = await page.evaluate(
      async ({ shot, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${shot}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        for (const colour of colours) {
          const [R, G, B] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
          const hits: [number, number][] = [];
          for (let y = 0; y < c.height; y++) {
            for (let x = 0; x < c.width; x++) {
              const i = (y * c.width + x) * 4;
              if (Math.abs(px[i]! - R!) + Math.abs(px[i + 1]! - G!) + Math.abs(px[i + 2]! - B!) < 10) hits.push([x, y]);
            }
          }
          if (hits.length >= 10) return { colour, x: hits[hits.length >> 1]![0], y: hits[hits.length >> 1]![1] };
        }
        return undefined;
      },
      { shot, colours: groups.map((x) => x.colour) },
    );
    const target = hit && { x: hit.x, y: hit.y, ids: groups.find((x) => x.colour === hit.colour)!.ids };
    expect(target, 'a result point is drawn on the map').toBeDefined();
    await canvas.click({ position: { x: target!.x, y: target!.y } });
    const selected = page.locator('ol[data-results] > li[data-selected]');
    await selected.waitFor({ timeout: 10_000 });
    expect(target!.ids).toContain(await selected.getAttribute('data-id'));
    clean(w);
    await page.close();
  });

  it('/finden/?q=… reproduces the result on load and on reload', async () => {
    const w = await openPage(session, '/finden/?q=69117');
    const { page } = w;
    await waitForState(page, 'results');
    const first = await results(page);
    expect(first.ids).toEqual(expectedIdsFor('69117'));
    expect(await input(page).inputValue()).toBe('69117');
    expect(await page.title()).toMatch(/^69117 .+ – Anlaufstelle finden – Digitalatlas$/);
    await page.reload();
    await waitForState(page, 'results');
    expect(await results(page)).toEqual(first);
    clean(w);
    await page.close();
  });

  it('back and forward restore earlier searches from the URL', async () => {
    const w = await openPage(session, '/finden/?q=69117');
    const { page } = w;
    await waitForState(page, 'results');
    await input(page).fill('01067');
    await input(page).press('Escape');
    await input(page).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 }).toBe('01067');
    await expect.poll(async () => (await results(page)).ids, { timeout: 15_000 }).toEqual(expectedIdsFor('01067'));
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 }).toBe('69117');
    await expect.poll(async () => (await results(page)).ids, { timeout: 15_000 }).toEqual(expectedIdsFor('69117'));
    expect(await input(page).inputValue()).toBe('69117');
    clean(w);
    await page.close();
  });

  it('an ambiguous name offers choices with their state; choosing one gives results', async () => {
    const w = await openPage(session, '/finden/?q=Neustadt');
    const { page } = w;
    await waitForState(page, 'choices');
    const choices = page.locator('.finder-choices button');
    expect(await choices.count()).toBeGreaterThan(1);
    // Every choice names its state.
    const states = await choices.evaluateAll((els) => els.map((e) => e.textContent?.split(', ').at(-1) ?? ''));
    expect(new Set(states).size).toBeGreaterThan(1);
    const second = choices.nth(1);
    const value = (await second.getAttribute('data-value'))!;
    await second.click();
    await waitForState(page, 'results');
    expect(new URL(page.url()).searchParams.get('q')).toBe(value);
    expect((await results(page)).ids).toEqual(expectedIdsFor(value));
    // Focus moves to the results heading, so keyboard users continue from there.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    clean(w);
    await page.close();
  });

  it('the focus filter narrows the list to offers with that focus and is kept in the URL', async () => {
    const w = await openPage(session, '/finden/?q=69117');
    const { page } = w;
    await waitForState(page, 'results');
    await page.getByLabel('Schwerpunkt').selectOption('ki');
    await expect.poll(async () => (await results(page)).ids, { timeout: 15_000 }).toEqual(expectedIdsFor('69117', 'ki'));
    expect(new URL(page.url()).searchParams.get('focus')).toBe('ki');
    const expectedNational = data.national.filter((o) => o.focus.includes('ki')).map((o) => o.id);
    const national = await page.locator('ul[data-national] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(national).toEqual(expectedNational);
    clean(w);
    await page.close();
  });

  it('lists nationwide offers apart under their own heading, never in the distance list', async () => {
    const w = await openPage(session, '/finden/?q=69117');
    const { page } = w;
    await waitForState(page, 'results');
    await page.getByRole('heading', { name: 'Bundesweite Angebote' }).waitFor();
    const national = await page.locator('ul[data-national] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(national).toEqual(data.national.map((o) => o.id));
    const ranked = (await results(page)).ids;
    for (const id of national) expect(ranked).not.toContain(id);
    await page.close();
  });

  it('lists regional offers without a position apart, those of the searched state first', async () => {
    if (data.unplaced.length === 0) return; // every offer has a position in this data
    const w = await openPage(session, '/finden/?q=01067');
    const { page } = w;
    await waitForState(page, 'results');
    const ids = await page.locator('ul[data-unplaced] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const sn = data.unplaced.filter((o) => o.state === 'SN').map((o) => o.id);
    const rest = data.unplaced.filter((o) => o.state !== 'SN').map((o) => o.id);
    expect(ids).toEqual([...sn, ...rest]);
    const ranked = (await results(page)).ids;
    for (const id of ids) expect(ranked).not.toContain(id);
    await page.close();
  });

  it.each([
    ['', 'empty'],
    ['6911a', 'letters-in-postcode'],
    ['00000', 'unknown-postcode'],
    ['Xqzzyville', 'unknown-place'],
  ])('explains the query "%s" (%s) and marks the input invalid', async (q, code) => {
    const w = await openPage(session, '/finden/');
    const { page } = w;
    await ready(page);
    await input(page).fill(q);
    await input(page).press('Enter');
    await waitForState(page, 'error');
    const msg = page.locator(`[data-error="${code}"]`);
    await msg.waitFor();
    expect((await msg.innerText()).length).toBeGreaterThan(20);
    expect(await input(page).getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the input and focus stays there for a correction.
    const describedBy = (await input(page).getAttribute('aria-describedby')) ?? '';
    const errorId = await page.locator('.finder-alert').first().getAttribute('id');
    expect(describedBy.split(' ')).toContain(errorId);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    clean(w);
    await page.close();
  });

  it('works with the keyboard only: Tab to the input, type, arrow to a suggestion, Enter', async () => {
    const w = await openPage(session, '/finden/');
    const { page } = w;
    await ready(page);
    let role: string | null = null;
    for (let i = 0; i < 30 && role !== 'combobox'; i++) {
      await page.keyboard.press('Tab');
      role = await page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);
    }
    expect(role).toBe('combobox');
    await page.keyboard.type('Heidelb');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const active = await input(page).getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    // Escape closes the list, ArrowDown opens it again.
    await page.keyboard.press('Escape');
    expect(await input(page).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    expect(await input(page).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await waitForState(page, 'results');
    expect((await results(page)).ids).toEqual(expectedIdsFor('Heidelberg'));
    // The focus filter and the location button are reachable by Tab from the input.
    const reached = new Set<string>();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.tagName ?? ''));
    }
    expect(reached.has('SELECT')).toBe(true);
    clean(w);
    await page.close();
  });

  it('has no axe-core violations: empty, with suggestions open, with results, with an error', async () => {
    const w = await openPage(session, '/finden/');
    const { page } = w;
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
    await input(page).click();
    await input(page).pressSequentially('Neust');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await waitForState(page, 'results');
    expect(await axeViolations(page)).toEqual([]);
    await input(page).fill('6911a');
    await input(page).press('Enter');
    await waitForState(page, 'error');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('sends no request off the site while searching; the gazetteer is loaded lazily from the site', async () => {
    const w = await openPage(session, '/finden/');
    const { page } = w;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await ready(page);
    expect(requests.filter((u) => u.includes('/geo/gazetteer-de.json'))).toEqual([]);
    await input(page).click();
    await input(page).pressSequentially('69117');
    await page.getByRole('option').first().waitFor();
    await input(page).press('Enter');
    await waitForState(page, 'results');
    await input(page).fill('Köln');
    await input(page).press('Enter');
    await waitForState(page, 'results');
    expect(requests.filter((u) => u.includes('/geo/gazetteer-de.json'))).toHaveLength(1);
    expect(requests.every((u) => u.startsWith(session.server.origin))).toBe(true);
    clean(w);
    await page.close();
  });

  it('shows English labels and English number format on /en/find/', async () => {
    const w = await openPage(session, '/en/find/?q=69117');
    const { page } = w;
    await waitForState(page, 'results');
    await page.getByRole('heading', { name: 'Nationwide offers' }).waitFor();
    expect(await input(page).inputValue()).toBe('69117');
    const r = await results(page);
    expect(r.ids).toEqual(expectedIdsFor('69117'));
    if (r.ids.length) expect(await page.locator('ol[data-results] > li').first().innerText()).toMatch(/\d\.\d km in a straight line/);
    expect(await axeViolations(page)).toEqual([]);
    clean(w);
    await page.close();
  });
});

describe('finder with geolocation', () => {
  // Heidelberg, Bismarckplatz.
  const where = { latitude: 49.4093, longitude: 8.6937 };

  it('granted: "use my location" lists the nearest offers; the location does not go into the URL', async () => {
    const s = await startSession({ geolocation: where, permissions: ['geolocation'] });
    try {
      const w = await openPage(s, '/finden/?q=01067');
      const { page } = w;
      await waitForState(page, 'results');
      await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
      await expect.poll(async () => (await results(page)).ids, { timeout: 15_000 }).toEqual(expectedIdsAt(where.latitude, where.longitude));
      expect(ascending((await results(page)).km)).toBe(true);
      await expect.poll(() => page.locator('[data-summary]').innerText(), { timeout: 15_000 }).toContain('Ihrem Standort');
      const url = new URL(page.url());
      expect(url.search).toBe('');
      expect(page.url()).not.toContain('49.4');
      clean(w);
    } finally {
      await s.close();
    }
  });

  it('denied: explains and leads back to the postcode field', async () => {
    const s = await startSession({ geolocation: where, permissions: [] });
    try {
      const w = await openPage(s, '/finden/');
      const { page } = w;
      await ready(page);
      await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
      await page.locator('[data-error="geo-denied"]').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      expect(await page.locator('ol[data-results] > li').count()).toBe(0);
      clean(w);
    } finally {
      await s.close();
    }
  });
});

describe('finder without JavaScript', () => {
  it('explains that the search needs JavaScript and still shows the form and nationwide offers', async () => {
    const s = await startSession({ javaScriptEnabled: false });
    try {
      const w = await openPage(s, '/finden/');
      const { page } = w;
      await page.locator('[data-noscript]').waitFor();
      expect(await page.locator('[data-noscript]').innerText()).toContain('JavaScript');
      expect(await page.locator('form[role="search"] input[name="q"]').count()).toBe(1);
      expect(await page.locator('ul[data-national] > li').count()).toBe(data.national.length);
      expect(await page.locator('[data-attribution]').innerText()).toMatch(/GeoNames[\s\S]*OpenStreetMap/);
    } finally {
      await s.close();
    }
  });
});
