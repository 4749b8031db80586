import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/lib/geo/distance.ts';

describe('haversineKm', () => {
  it('is zero for identical points', () => {
    expect(haversineKm({ lat: 49.4, lon: 8.7 }, { lat: 49.4, lon: 8.7 })).toBe(0);
  });

  it('matches known city distances within 1 %', () => {
    // Berlin (Brandenburger Tor) – München (Marienplatz): ≈ 504 km great circle.
    const d = haversineKm({ lat: 52.5163, lon: 13.3777 }, { lat: 48.1374, lon: 11.5755 });
    expect(d).toBeGreaterThan(499);
    expect(d).toBeLessThan(509);
    // One degree of latitude ≈ 111.2 km.
    expect(haversineKm({ lat: 50, lon: 8 }, { lat: 51, lon: 8 })).toBeCloseTo(111.2, 0);
  });

  it('is symmetric', () => {
    const a = { lat: 51.05, lon: 13.74 };
    const b = { lat: 51.23, lon: 6.78 };
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 10);
  });
});
