import { describe, expect, it } from 'vitest';
import { nearest } from '../../../src/lib/geo/nearest.ts';
import { nearestNeighbours } from '../../../src/lib/geo/neighbours.ts';
import { prng } from '../../../scripts/lib/synthetic-data.ts';


type P = { id: number; lat?: number; lon?: number };

/** The reference: nearest() on all other items, per item (what detail pages did before). */
function bruteForce(items: P[], k: number) {
  return items.map((it, i) =>
    it.lat === undefined || it.lon === undefined
      ? []
      : nearest(
          items.map((x, j) => ({ lat: x.lat ?? null, lon: x.lon ?? null, j })).filter((_, j) => j !== i),
          { lat: it.lat, lon: it.lon },
          k,
        ).map((n) => ({ index: n.j, distanceKm: n.distanceKm })),
  );
}

describe('nearestNeighbours', () => {
  it('equals brute-force nearest() per item on scattered points, clusters, duplicates and missing positions', () => {
    const rnd = prng(7);
    const items: P[] = [];
    // Scattered over BW/NW/SN-like latitudes, a dense cluster, exact duplicates (municipality
    // centres shared by several rows) and rows without a position.
    for (let i = 0; i < 600; i++) items.push({ id: i, lat: 47.5 + rnd() * 4.5, lon: 6 + rnd() * 9 });
    for (let i = 0; i < 200; i++) items.push({ id: 600 + i, lat: 51.05 + rnd() * 0.02, lon: 13.73 + rnd() * 0.02 });
    for (let i = 0; i < 30; i++) items.push({ id: 800 + i, lat: 48.7758, lon: 9.1829 });
    for (let i = 0; i < 20; i++) items.push({ id: 830 + i });
    for (const k of [1, 5, 12]) expect(nearestNeighbours(items, k)).toEqual(bruteForce(items, k));
  });

  it('handles tiny and degenerate inputs', () => {
    expect(nearestNeighbours([], 5)).toEqual([]);
    expect(nearestNeighbours([{ lat: 50, lon: 10 }], 5)).toEqual([[]]);
    expect(nearestNeighbours([{ lat: 50, lon: 10 }, { lat: 50, lon: 10 }], 0)).toEqual([[], []]);
    const two = nearestNeighbours([{ lat: 50, lon: 10 }, { lat: null, lon: 3 }, { lat: 51, lon: 10 }], 5);
    expect(two[0]!.map((n) => n.index)).toEqual([2]);
    expect(two[1]).toEqual([]);
    expect(two[2]![0]!.distanceKm).toBeCloseTo(111.2, 1);
  });

  it('finds neighbours far away when the points are sparse (only two points, 500 km apart)', () => {
    const r = nearestNeighbours([{ lat: 47.6, lon: 7.6 }, { lat: 51.3, lon: 14.9 }], 3);
    expect(r[0]!.map((n) => n.index)).toEqual([1]);
    expect(r[1]!.map((n) => n.index)).toEqual([0]);
  });
});
