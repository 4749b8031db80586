import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  classifyQuery,
  lookupPostcode,
  parseGazetteer,
  postcodesWithPrefix,
  searchPlaces,
  type Gazetteer,
} from '../../../src/lib/geo/gazetteer.ts';

const FILE = new URL('../../../public/geo/gazetteer-de.json', import.meta.url);
let raw: string;
let g: Gazetteer;

beforeAll(() => {
  raw = readFileSync(FILE, 'utf8');
  g = parseGazetteer(JSON.parse(raw));
});

describe('gazetteer file', () => {
  it('stays within the 150 KB gzip budget', () => {
    expect(gzipSync(Buffer.from(raw), { level: 9 }).length).toBeLessThanOrEqual(150 * 1024);
  });

  it('covers all German postcodes of the source and names its sources and licence', () => {
    expect(g.codes.length).toBeGreaterThan(8100);
    expect(g.places.length).toBeGreaterThan(11000);
    expect(JSON.stringify(g.meta)).toMatch(/OpenStreetMap contributors/);
    expect(JSON.stringify(g.meta)).toMatch(/GeoNames/);
    // every postcode lies inside Germany's bounding box and has at least one place
    for (const code of g.codes) {
      const pc = g.postcodes.get(code)!;
      expect(pc.lat).toBeGreaterThan(47.2);
      expect(pc.lat).toBeLessThan(55.1);
      expect(pc.lon).toBeGreaterThan(5.8);
      expect(pc.lon).toBeLessThan(15.1);
      expect(pc.placeIds.length).toBeGreaterThan(0);
    }
  });
});

describe('lookupPostcode', () => {
  it('resolves a postcode to centre, places and state', () => {
    const r = lookupPostcode(g, '69117');
    expect(r).toMatchObject({ postcode: '69117', places: ['Heidelberg'], state: 'BW', approximate: false });
    expect(r!.lat).toBeCloseTo(49.41, 1);
    expect(r!.lon).toBeCloseTo(8.69, 1);
    expect(lookupPostcode(g, '01067')).toMatchObject({ places: ['Dresden'], state: 'SN' });
    expect(lookupPostcode(g, '53111')).toMatchObject({ places: ['Bonn'], state: 'NW' });
    expect(lookupPostcode(g, ' 80331 ')).toMatchObject({ places: ['München'], state: 'BY' });
  });

  it('keeps official names and resolves homonyms by neighbourhood', () => {
    expect(lookupPostcode(g, '14542')).toMatchObject({ places: ['Werder (Havel)'], state: 'BB' });
    // Lengerich exists in Westphalia (49525) and in Emsland (49838)
    expect(lookupPostcode(g, '49525')!.state).toBe('NW');
    expect(lookupPostcode(g, '49838')!.state).toBe('NI');
  });

  it('lists several places of a shared postcode', () => {
    const r = lookupPostcode(g, '14641')!;
    expect(r.places).toEqual(expect.arrayContaining(['Nauen', 'Wustermark']));
    expect(r.state).toBe('BB');
  });

  it('returns null for unknown postcodes', () => {
    expect(lookupPostcode(g, '00000')).toBeNull();
    expect(lookupPostcode(g, '99999')).toBeNull();
    expect(lookupPostcode(g, 'abcde')).toBeNull();
  });

  it('lists postcodes by prefix in order', () => {
    const r = postcodesWithPrefix(g, '691', 5);
    expect(r.map((x) => x.postcode)).toEqual(['69115', '69117', '69118', '69120', '69121']);
    expect(postcodesWithPrefix(g, '000')).toEqual([]);
  });
});

describe('searchPlaces', () => {
  it('ignores case, diacritics, ß/ss and ä/ae', () => {
    for (const q of ['Köln', 'köln', 'KOELN', 'koln']) expect(searchPlaces(g, q, 1)[0]?.name).toBe('Köln');
    for (const q of ['Weißenfels', 'weissenfels']) expect(searchPlaces(g, q, 1)[0]?.name).toBe('Weißenfels');
    expect(searchPlaces(g, 'muenchen', 1)[0]).toMatchObject({ name: 'München', state: 'BY', match: 'exact' });
    expect(searchPlaces(g, 'Duesseldorf', 1)[0]?.name).toBe('Düsseldorf');
  });

  it('treats "St." and "Sankt" alike', () => {
    expect(searchPlaces(g, 'St. Ingbert', 1)[0]?.name).toBe('Sankt Ingbert');
    expect(searchPlaces(g, 'sankt georgen', 3).map((r) => r.name)).toContain('Sankt Georgen im Schwarzwald');
  });

  it('ranks exact names first, then prefixes by size, then later words', () => {
    const r = searchPlaces(g, 'Heidel', 5);
    expect(r[0]).toMatchObject({ name: 'Heidelberg', match: 'prefix' });
    const h = searchPlaces(g, 'Halle', 10);
    expect(h[0]).toMatchObject({ name: 'Halle (Saale)', state: 'ST', match: 'exact' });
    expect(h.map((x) => x.name)).toContain('Halle (Westf.)');
    const w = searchPlaces(g, 'weinstr', 5);
    expect(w[0]).toMatchObject({ name: 'Neustadt an der Weinstraße', match: 'word' });
  });

  it('returns every homonym with its own state', () => {
    const r = searchPlaces(g, 'Neuenkirchen', 50).filter((x) => x.name === 'Neuenkirchen');
    expect(r.length).toBeGreaterThanOrEqual(4);
    expect(r.every((x) => x.ambiguous)).toBe(true);
    expect(new Set(r.map((x) => x.state)).size).toBeGreaterThanOrEqual(3);
    const n = searchPlaces(g, 'Neustadt', 30);
    expect(n.length).toBeGreaterThan(10);
    expect(new Set(n.map((x) => x.state)).size).toBeGreaterThanOrEqual(5);
  });

  it('honours the limit and handles empty or unknown queries', () => {
    expect(searchPlaces(g, 'B', 7)).toHaveLength(7);
    expect(searchPlaces(g, '', 5)).toEqual([]);
    expect(searchPlaces(g, '  ', 5)).toEqual([]);
    expect(searchPlaces(g, 'Xyzzyqq', 5)).toEqual([]);
    expect(searchPlaces(g, 'Köln', 0)).toEqual([]);
  });
});

describe('classifyQuery', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['69117', { kind: 'postcode', postcode: '69117' }],
    [' 01067 ', { kind: 'postcode', postcode: '01067' }],
    ['69 117', { kind: 'postcode', postcode: '69117' }],
    ['D-69117', { kind: 'postcode', postcode: '69117' }],
    ['69117 Heidelberg', { kind: 'postcode', postcode: '69117' }],
    ['691', { kind: 'partial-postcode', prefix: '691' }],
    ['0', { kind: 'partial-postcode', prefix: '0' }],
    ['691170', { kind: 'invalid-postcode', reason: 'too-long' }],
    ['6911a', { kind: 'invalid-postcode', reason: 'mixed' }],
    ['Heidelberg 6', { kind: 'invalid-postcode', reason: 'mixed' }],
    ['Heidelberg', { kind: 'place', query: 'Heidelberg' }],
    [' St. Georgen ', { kind: 'place', query: 'St. Georgen' }],
  ] as const)('%j', (q, expected) => {
    expect(classifyQuery(q)).toEqual(expected);
  });
});

describe('parseGazetteer', () => {
  it('rejects malformed input with a clear message', () => {
    expect(() => parseGazetteer(null)).toThrow(/not an object/);
    expect(() => parseGazetteer({ format: 'x' })).toThrow(/unexpected format/);
    const j = JSON.parse(raw);
    j.postcodes.lat.pop();
    expect(() => parseGazetteer(j)).toThrow(/differ in length/);
    const k = JSON.parse(raw);
    k.postcodes.places[0] = 999999;
    expect(() => parseGazetteer(k)).toThrow(/missing place/);
  });
});
