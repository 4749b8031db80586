import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/lib/geo/distance.ts';
import type { FinderOffer } from '../../../src/lib/finder/offers.ts';
import { rankOffers } from '../../../src/lib/finder/rank.ts';
import type { Focus } from '../../../src/lib/schemas/vocab.ts';

function offer(id: string, lat: number, lon: number, focus: Focus[] = ['ki']): FinderOffer {
  return { id, name: id, kind: 'hub', kindLabel: 'Hub', colour: '#7b3294', programmeLabel: 'P', focus, path: `/x/${id}/`, lat, lon, precision: 'address' };
}

// A deterministic pseudo-random grid of offers over Germany.
function grid(n: number): FinderOffer[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, i) =>
    offer(`o${i}`, 47.3 + rnd() * 7.7, 5.9 + rnd() * 9.1, [(['ki', 'industrie40', 'mittelstand-digital'] as const)[i % 3]!]),
  );
}

describe('rankOffers', () => {
  const here = { lat: 49.41, lon: 8.69 };

  it('returns the nearest 10 by default in ascending distance, equal to a full sort', () => {
    const offers = grid(500);
    const { items, total } = rankOffers(offers, here);
    expect(total).toBe(500);
    expect(items).toHaveLength(10);
    const expected = offers
      .map((o) => ({ id: o.id, km: haversineKm(here, o) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 10)
      .map((x) => x.id);
    expect(items.map((r) => r.offer.id)).toEqual(expected);
    for (let i = 1; i < items.length; i++) expect(items[i]!.km).toBeGreaterThanOrEqual(items[i - 1]!.km);
  });

  it('filters by focus and counts the matching total', () => {
    const offers = grid(300);
    const { items, total } = rankOffers(offers, here, { focus: 'industrie40', limit: 25 });
    expect(total).toBe(offers.filter((o) => o.focus.includes('industrie40')).length);
    expect(items).toHaveLength(25);
    expect(items.every((r) => r.offer.focus.includes('industrie40'))).toBe(true);
  });

  it('returns fewer than the limit when there are fewer offers, and nothing for none', () => {
    expect(rankOffers([offer('a', 50, 8)], here).items.map((r) => r.offer.id)).toEqual(['a']);
    expect(rankOffers([], here)).toEqual({ items: [], total: 0 });
  });

  it('keeps input order for equal distances, so the order is stable', () => {
    const { items } = rankOffers([offer('b', 50, 8), offer('a', 50, 8), offer('c', 50, 8)], here);
    expect(items.map((r) => r.offer.id)).toEqual(['b', 'a', 'c']);
  });
});
