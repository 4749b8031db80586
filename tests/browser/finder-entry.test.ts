/**
 * The compact finder entry (src/components/finder/FinderEntry.astro) wherever the home page
 * places it: a plain GET form that hands the query to the finder, which then lists results.
 * Both home pages must include it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data/load-node.ts';
import { getGazetteer } from '../../src/lib/finder/load-node.ts';
import { buildFinderData } from '../../src/lib/finder/offers.ts';
import { rankOffers } from '../../src/lib/finder/rank.ts';
import { resolveQuery } from '../../src/lib/finder/resolve.ts';
import { DIST_DIR, openPage, startSession, type Session } from './harness.ts';

const homes = [
  ['/', 'index.html', '/finden/'],
  ['/en/', 'en/index.html', '/en/find/'],
] as const;
const placed = homes.filter(([, file]) => {
  const f = join(DIST_DIR, file);
  return existsSync(f) && readFileSync(f, 'utf8').includes('data-finder-entry');
});

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('finder entry on the home page', () => {
  it('is placed on both home pages', () => {
    expect(placed.map(([path]) => path)).toEqual(['/', '/en/']);
  });

  it.each(placed)('%s hands a postcode to the finder, which lists the nearest offers', async (path, _file, finder) => {
    const g = getGazetteer()!;
    const r = resolveQuery(g, '69117', 'de');
    if (r.kind !== 'point') throw new Error('69117 does not resolve');
    const expected = rankOffers(buildFinderData(getDataset(), 'de', g).regional, r.point).items.map((x) => x.offer.id);
    const w = await openPage(session, path);
    const form = w.page.locator('form[data-finder-entry]');
    await form.locator('input[name="q"]').fill('69117');
    await form.locator('input[name="q"]').press('Enter');
    await w.page.waitForURL((u) => u.pathname.endsWith(finder) && u.searchParams.get('q') === '69117');
    await w.page.locator('.finder[data-ready][data-state="results"]').waitFor();
    const ids = await w.page.locator('ol[data-results] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).toEqual(expected);
    expect(w.foreignRequests).toEqual([]);
    await w.page.close();
  });
});
