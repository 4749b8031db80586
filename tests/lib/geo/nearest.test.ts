import { describe, expect, it } from 'vitest';
import { nearest } from '../../../src/lib/geo/nearest.ts';

const items = [
  { id: 'stuttgart', lat: 48.7758, lon: 9.1829 },
  { id: 'heidelberg', lat: 49.4093, lon: 8.6937 },
  { id: 'mannheim', lat: 49.4875, lon: 8.466 },
  { id: 'dresden', lat: 51.0504, lon: 13.7373 },
  { id: 'no-coords', lat: null, lon: null },
  { id: 'nan', lat: Number.NaN, lon: 8 },
  { id: 'koeln', lat: 50.9375, lon: 6.9603 },
];

describe('nearest', () => {
  it('sorts by great-circle distance and adds distanceKm', () => {
    const r = nearest(items, { lat: 49.4, lon: 8.68 }, 3);
    expect(r.map((x) => x.id)).toEqual(['heidelberg', 'mannheim', 'stuttgart']);
    expect(r[0]!.distanceKm).toBeLessThan(2);
    expect(r[1]!.distanceKm).toBeCloseTo(18.4, 0);
    expect(r[2]!.distanceKm).toBeGreaterThan(r[1]!.distanceKm);
  });

  it('skips items without usable coordinates and does not mutate input', () => {
    const r = nearest(items, { lat: 50, lon: 8 }, 100);
    expect(r.map((x) => x.id)).not.toContain('no-coords');
    expect(r.map((x) => x.id)).not.toContain('nan');
    expect(r).toHaveLength(5);
    expect('distanceKm' in items[0]!).toBe(false);
  });

  it('applies maxKm and n', () => {
    expect(nearest(items, { lat: 49.4, lon: 8.68 }, 10, { maxKm: 25 }).map((x) => x.id)).toEqual(['heidelberg', 'mannheim']);
    expect(nearest(items, { lat: 49.4, lon: 8.68 }, 0)).toEqual([]);
    expect(nearest([], { lat: 49.4, lon: 8.68 }, 5)).toEqual([]);
  });

  it('keeps input order for ties', () => {
    const twins = [
      { id: 'a', lat: 50, lon: 8 },
      { id: 'b', lat: 50, lon: 8 },
    ];
    expect(nearest(twins, { lat: 50, lon: 9 }, 2).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
