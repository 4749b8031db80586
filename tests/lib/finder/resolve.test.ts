import { beforeAll, describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/lib/geo/distance.ts';
import type { Gazetteer } from '../../../src/lib/geo/gazetteer.ts';
import { getGazetteer } from '../../../src/lib/finder/load-node.ts';
import { resolveQuery, suggest } from '../../../src/lib/finder/resolve.ts';

let g: Gazetteer;
beforeAll(() => {
  const loaded = getGazetteer();
  if (!loaded) throw new Error('public/geo/gazetteer-de.json is missing');
  g = loaded;
});

// Reference points (city centres, rounded), to check that a query lands in the right town.
const HEIDELBERG = { lat: 49.41, lon: 8.69 };
const KOELN = { lat: 50.94, lon: 6.96 };

describe('resolveQuery', () => {
  it('resolves a postcode to a point in its town, with a label naming the town', () => {
    const r = resolveQuery(g, '69117', 'de');
    expect(r.kind).toBe('point');
    if (r.kind !== 'point') return;
    expect(r.point.label).toBe('69117 Heidelberg');
    expect(r.point.query).toBe('69117');
    expect(haversineKm(r.point, HEIDELBERG)).toBeLessThan(10);
  });

  it('accepts a postcode followed by the town and a "D-" prefix', () => {
    for (const q of ['69117 Heidelberg', 'D-69117', ' 69 117 ']) {
      const r = resolveQuery(g, q, 'de');
      expect(r.kind === 'point' && r.point.query).toBe('69117');
    }
  });

  it('resolves a unique place name ignoring case and diacritics', () => {
    for (const q of ['Köln', 'koeln', 'KOLN']) {
      const r = resolveQuery(g, q, 'de');
      expect(r.kind).toBe('point');
      if (r.kind === 'point') expect(haversineKm(r.point, KOELN)).toBeLessThan(10);
    }
  });

  it('offers choices with their state for an ambiguous name, and each choice resolves to a point', () => {
    const r = resolveQuery(g, 'Neustadt', 'de');
    expect(r.kind).toBe('choices');
    if (r.kind !== 'choices') return;
    expect(r.choices.length).toBeGreaterThan(1);
    expect(new Set(r.choices.map((c) => c.detail)).size).toBeGreaterThan(1);
    for (const c of r.choices) {
      const again = resolveQuery(g, c.value, 'de');
      expect(again.kind, c.value).toBe('point');
    }
  });

  it('resolves a name qualified by its state', () => {
    const r = resolveQuery(g, 'Neustadt (Hessen)', 'de');
    expect(r.kind).toBe('point');
    const en = resolveQuery(g, 'Neustadt (Hesse)', 'en');
    expect(en.kind).toBe('point');
  });

  it('explains an empty query', () => {
    expect(resolveQuery(g, '   ', 'de')).toEqual({ kind: 'error', error: { code: 'empty' }, choices: [] });
  });

  it('explains letters in a postcode and a postcode that is too long', () => {
    expect(resolveQuery(g, '6911a', 'de')).toMatchObject({ kind: 'error', error: { code: 'letters-in-postcode' } });
    expect(resolveQuery(g, '691170', 'de')).toMatchObject({ kind: 'error', error: { code: 'postcode-too-long' } });
  });

  it('explains an unknown postcode', () => {
    expect(resolveQuery(g, '00000', 'de')).toMatchObject({ kind: 'error', error: { code: 'unknown-postcode', postcode: '00000' } });
  });

  it('explains a short postcode and offers completions that start with it', () => {
    const r = resolveQuery(g, '6911', 'de');
    expect(r).toMatchObject({ kind: 'error', error: { code: 'postcode-too-short', prefix: '6911' } });
    expect(r.kind === 'error' && r.choices.length).toBeGreaterThan(0);
    if (r.kind === 'error') for (const c of r.choices) expect(c.value.startsWith('6911')).toBe(true);
  });

  it('explains an unknown place', () => {
    expect(resolveQuery(g, 'Xqzzyville', 'de')).toMatchObject({ kind: 'error', error: { code: 'unknown-place', query: 'Xqzzyville' } });
  });
});

describe('suggest', () => {
  it('suggests postcodes by prefix, ascending, each resolving to a point', () => {
    const s = suggest(g, '691', 'de', 5);
    expect(s.length).toBe(5);
    expect(s.map((x) => x.value)).toEqual([...s.map((x) => x.value)].sort());
    for (const x of s) {
      expect(x.value.startsWith('691')).toBe(true);
      expect(resolveQuery(g, x.value, 'de').kind).toBe('point');
    }
  });

  it('suggests places by prefix with their state; every value resolves to that place', () => {
    const s = suggest(g, 'heidel', 'de');
    expect(s[0]).toMatchObject({ label: 'Heidelberg', detail: 'Baden-Württemberg', kind: 'place' });
    for (const x of suggest(g, 'neust', 'de')) {
      const r = resolveQuery(g, x.value, 'de');
      expect(r.kind, x.value).toBe('point');
    }
  });

  it('gives English state names on English pages', () => {
    expect(suggest(g, 'München', 'en')[0]).toMatchObject({ label: 'München', detail: 'Bavaria' });
  });

  it('suggests nothing for an empty or invalid query', () => {
    expect(suggest(g, '', 'de')).toEqual([]);
    expect(suggest(g, '6911a', 'de')).toEqual([]);
  });
});
