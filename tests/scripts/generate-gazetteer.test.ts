import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, OUTPUT_PATH, readSources, serializeGazetteer } from '../../scripts/generate-gazetteer.ts';
import { lookupPostcode, parseGazetteer, searchPlaces } from '../../src/lib/geo/gazetteer.ts';

describe('generate-gazetteer', () => {
  it('committed public/geo/gazetteer-de.json matches a fresh generation (drift check)', () => {
    // If this fails: npm run generate:gazetteer, review, commit.
    const { plzFull, cities } = readSources();
    const { json, stats } = buildGazetteer(plzFull, cities);
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(serializeGazetteer(json));
    expect(stats.postcodes).toBe(Object.keys(plzFull).length);
    expect(stats.matched / stats.postcodes).toBeGreaterThan(0.85);
  }, 30_000);

  it('builds a consistent gazetteer from small inputs (matching, variants, homonyms, interpolation)', () => {
    const city = (name: string, lat: number, lng: number, admin1: string) => ({
      name,
      lat: String(lat),
      lng: String(lng),
      country: 'DE',
      admin1,
      admin2: '',
    });
    const cities = [
      city('Heidelberg', 49.4093, 8.6937, '01'),
      city('Mannheim', 49.4875, 8.466, '01'),
      city('Schwetzingen', 49.3837, 8.5727, '01'),
      city('Weinheim', 49.5452, 8.6658, '01'),
      city('Neustadt', 53.55, 10.0, '04'), // a homonym far away (Hamburg)
      city('Neustadt an der Weinstraße', 49.3501, 8.1389, '08'),
      city('Speyer', 49.3172, 8.4412, '08'),
      city('Munich', 48.1374, 11.5755, '02'),
      city('Dachau', 48.2603, 11.4342, '02'),
      city('Freising', 48.4029, 11.7488, '02'),
      { ...city('Paris', 48.85, 2.35, '11'), country: 'FR' },
    ];
    const plzFull = {
      '67433': ['Neustadt'],
      '67346': ['Speyer'],
      '68159': ['Mannheim'],
      '68723': ['Schwetzingen'],
      '69117': ['Heidelberg'],
      '69469': ['Weinheim'],
      '69999': ['Nirgendwo'],
      '80331': ['München'],
      '85221': ['Dachau'],
      '85354': ['Freising'],
    };
    const { json, stats } = buildGazetteer(plzFull, cities);
    const g = parseGazetteer(JSON.parse(serializeGazetteer(json)));
    expect(stats).toMatchObject({ postcodes: 10, interpolated: 1 });
    expect(lookupPostcode(g, '67433')).toMatchObject({ places: ['Neustadt an der Weinstraße'], state: 'RP', approximate: false });
    expect(lookupPostcode(g, '80331')).toMatchObject({ places: ['München'], state: 'BY' });
    const nowhere = lookupPostcode(g, '69999')!;
    expect(nowhere).toMatchObject({ places: ['Nirgendwo'], approximate: true });
    // interpolated between 69469 Weinheim and nothing above in zone 699 → zone 69: Weinheim
    expect(Math.abs(nowhere.lat - 49.545)).toBeLessThan(0.01);
    expect(searchPlaces(g, 'nirgend', 1)[0]).toMatchObject({ name: 'Nirgendwo', approximate: true });
    expect(searchPlaces(g, 'Paris', 1)).toEqual([]);
    expect(searchPlaces(g, 'munich', 1)[0]).toMatchObject({ name: 'München' });
  });
});
