import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/lib/geo/distance.ts';
import { distanceText, getInitiativeViewData } from '../../../src/lib/views/initiative.ts';
import { stateMap } from '../../../src/lib/views/static-map.ts';
import { fixtureDataset } from '../opendata/helpers.ts';

const ds = fixtureDataset();
const ctx = { base: '/atlas/', siteRoot: 'https://example.org/atlas/' };

describe('getInitiativeViewData', () => {
  it('lists the other geolocated initiatives nearest first, at most five, with haversine distances', () => {
    const v = getInitiativeViewData(ds, 'test-hub-ulm', 'de', ctx);
    const ulm = ds.initiatives.find((i) => i.id === 'test-hub-ulm')!;
    const others = ds.initiatives.filter((i) => i.id !== ulm.id && i.lat !== undefined);
    const expected = others
      .map((o) => ({ id: o.id, km: haversineKm({ lat: ulm.lat!, lon: ulm.lon! }, { lat: o.lat!, lon: o.lon! }) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 5);
    expect(v.nearest.map((n) => n.id)).toEqual(expected.map((e) => e.id));
    expect(v.nearest.map((n) => n.distanceKm)).toEqual(expected.map((e) => e.km));
    expect(v.nearest[0]!.href).toBe(`/atlas/initiativen/${expected[0]!.id}/`);
    expect(v.nearest.some((n) => n.id === 'test-programm-sachsen')).toBe(false);
  });

  it('marks municipality positions as approximate and shows the point on the state outline', () => {
    const v = getInitiativeViewData(ds, 'test-hub-ulm', 'en', ctx);
    expect(v.location.precision).toBe('municipality');
    expect(v.location.precisionNote).toMatch(/Approximate/);
    expect(v.location.map.point).toBeDefined();
    const exact = getInitiativeViewData(ds, 'test-labor-chemnitz', 'de', ctx);
    expect(exact.location.precisionNote).toMatch(/Anschrift/);
  });

  it('handles an entry without position: outline only, no nearest list', () => {
    const v = getInitiativeViewData(ds, 'test-programm-sachsen', 'de', ctx);
    expect(v.location.map.point).toBeUndefined();
    expect(v.nearest).toEqual([]);
    expect(v.fields.find((f) => f.key === 'position')!.value.kind).toBe('missing');
  });

  it('links to the data file with the line and id, and falls back to the German description in English', () => {
    const v = getInitiativeViewData(ds, 'test-zentrum-koeln', 'en', ctx, { sourceLine: 3 });
    expect(v.edit.href).toMatch(/\/edit\/main\/data\/initiatives\.csv$/);
    expect(v.edit.hint).toContain('line 3');
    expect(v.edit.hint).toContain('test-zentrum-koeln');
    expect(v.description).toMatchObject({ lang: 'de', fallback: true });
  });

  it('shows every column: the description in the other language is a field marked with its language', () => {
    const ulm = ds.initiatives.find((i) => i.id === 'test-hub-ulm')!;
    const de = getInitiativeViewData(ds, ulm.id, 'de', ctx);
    expect(de.description.text).toBe(ulm.description_de);
    expect(de.fields.find((f) => f.key === 'description_en')!.value).toEqual({ kind: 'text', text: ulm.description_en, lang: 'en' });
    const en = getInitiativeViewData(ds, ulm.id, 'en', ctx);
    expect(en.description.text).toBe(ulm.description_en);
    expect(en.fields.find((f) => f.key === 'description_de')!.value).toEqual({ kind: 'text', text: ulm.description_de, lang: 'de' });
  });

  it('builds schema.org JSON-LD with the canonical URL and geo coordinates', () => {
    const v = getInitiativeViewData(ds, 'test-hub-ulm', 'de', ctx);
    expect(v.canonical).toBe('https://example.org/atlas/initiativen/test-hub-ulm/');
    expect(v.jsonLd).toMatchObject({
      '@type': 'Organization',
      name: 'Testdaten: Digital-Hub Ulm',
      geo: { latitude: 48.3984, longitude: 9.9916 },
      address: { postalCode: '89073', addressLocality: 'Ulm' },
    });
  });
});

describe('stateMap', () => {
  it('puts a point in the east of the state to the right of one in the west', () => {
    const west = stateMap('BW', { lat: 48.5, lon: 8.0 });
    const east = stateMap('BW', { lat: 48.5, lon: 10.0 });
    expect(east.point!.x).toBeGreaterThan(west.point!.x);
    const north = stateMap('BW', { lat: 49.5, lon: 9 });
    expect(north.point!.y).toBeLessThan(west.point!.y);
    expect(west.outline).toMatch(/^M[\d.]+ [\d.]+L/);
  });
  it('drops a point far outside the drawn area', () => {
    expect(stateMap('SN', { lat: 53.5, lon: 10 }).point).toBeUndefined();
  });
});

describe('distanceText', () => {
  it('says "same place" for approximate positions in one municipality instead of 0.0 km', () => {
    expect(distanceText(0, true, 'de')).toBe('im selben Ort');
    expect(distanceText(0.02, true, 'en')).toBe('in the same place');
    expect(distanceText(0.4, false, 'en')).toBe('0.4 km');
  });
  it('marks distances between approximate positions as approximate', () => {
    expect(distanceText(12.345, true, 'de')).toBe('ca. 12 km');
    expect(distanceText(3.21, false, 'de')).toBe('3,2 km');
  });
});

describe('stateMap outline simplification', () => {
  it('keeps the outline within a pixel while dropping vertices', async () => {
    const { simplify } = await import('../../../src/lib/views/static-map.ts');
    const line = Array.from({ length: 101 }, (_, i) => [i, i % 2 === 0 ? 0 : 0.2] as const);
    expect(simplify(line, 0.5)).toEqual([line[0], line[100]]);
    const corner = [[0, 0], [5, 0.1], [10, 0], [10, 10]] as const;
    expect(simplify(corner, 0.5)).toEqual([[0, 0], [10, 0], [10, 10]]);
    const full = stateMap('NW', undefined, 320, 8, 0).outline.split(/[ML]/).length;
    const simple = stateMap('NW').outline.split(/[ML]/).length;
    expect(simple).toBeLessThan(full * 0.75);
  });
});
