import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import states from '../../../src/generated/de-states.json' with { type: 'json' };
import {
  BASEMAP_DE,
  MAP_IDS,
  boundsOf,
  buildBaseStyle,
  buildPointLayers,
  buildPointsSource,
  featureBounds,
  selectedFilter,
} from '../../../src/lib/map/style.ts';
import { filterPoints, initiativesToPoints } from '../../../src/lib/map/points.ts';
import { loadDataset } from '../../../src/lib/data/load-node.ts';

const fc = states as unknown as FeatureCollection;

describe('buildBaseStyle', () => {
  const style = buildBaseStyle({ states: fc, highlight: ['BW', 'NW', 'SN'], attribution: 'ODbL' });

  it('needs no network: no glyphs, sprite, tiles or URLs in sources', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) {
      expect(src).not.toHaveProperty('url');
      expect(src).not.toHaveProperty('tiles');
      expect(typeof ('data' in src ? src.data : undefined)).toBe('object');
    }
    expect(/https?:\/\//.test(JSON.stringify(style.layers))).toBe(false);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('draws the 16 state outlines with attribution, emphasising the covered states', () => {
    const src = style.sources[MAP_IDS.statesSource];
    expect(src?.type).toBe('geojson');
    expect(src && 'attribution' in src ? src.attribution : undefined).toBe('ODbL');
    expect(fc.features).toHaveLength(16);
    expect(style.layers.map((l) => l.id)).toEqual([MAP_IDS.background, MAP_IDS.statesFill, MAP_IDS.statesLine]);
    expect(JSON.stringify(style.layers)).toContain('"literal",["BW","NW","SN"]');
  });

  it('accepts a same-origin URL instead of the object', () => {
    const s = buildBaseStyle({ states: '/_astro/de-states.json', attribution: 'x' });
    const src = s.sources[MAP_IDS.statesSource];
    expect(src && 'data' in src ? src.data : undefined).toBe('/_astro/de-states.json');
  });
});

describe('point layers', () => {
  it('adds a cluster layer only when clustering, and never a symbol layer', () => {
    const withCluster = buildPointLayers({ cluster: true });
    const without = buildPointLayers({ cluster: false });
    expect(withCluster.map((l) => l.id)).toEqual([MAP_IDS.clusters, MAP_IDS.points, MAP_IDS.selected]);
    expect(without.map((l) => l.id)).toEqual([MAP_IDS.points, MAP_IDS.selected]);
    expect([...withCluster, ...without].every((l) => l.type === 'circle')).toBe(true);
  });

  it('clusters the source on request', () => {
    const data: FeatureCollection = { type: 'FeatureCollection', features: [] };
    expect(buildPointsSource(data, true)).toMatchObject({ type: 'geojson', cluster: true });
    expect(buildPointsSource(data, false)).not.toHaveProperty('cluster');
  });

  it('selects by id', () => {
    expect(JSON.stringify(selectedFilter('a-b'))).toContain('"a-b"');
    expect(JSON.stringify(selectedFilter(undefined))).toContain('""');
  });
});

describe('bounds', () => {
  it('of positions and of features', () => {
    expect(boundsOf([])).toBeUndefined();
    expect(boundsOf([[9, 48], [7, 51], [13, 50]])).toEqual([7, 48, 13, 51]);
    const sn = featureBounds(fc, (f) => f.properties?.code === 'SN');
    expect(sn).toBeDefined();
    const [w, s, e, n] = sn!;
    expect(w).toBeGreaterThan(11.5);
    expect(e).toBeLessThan(15.2);
    expect(s).toBeGreaterThan(50);
    expect(n).toBeLessThan(51.8);
  });
});

describe('basemap.de', () => {
  it('is an https style of the federal mapping agency with attribution', () => {
    expect(BASEMAP_DE.styleUrl).toMatch(/^https:\/\/sgx\.geodatenzentrum\.de\//);
    expect(BASEMAP_DE.attribution).toContain('GeoBasis-DE / BKG');
  });
});

describe('initiativesToPoints', () => {
  const { dataset } = loadDataset({ initiativesFile: 'tests/fixtures/initiatives.csv' });
  it('keeps geolocated initiatives only, with id, name, colour and details', () => {
    const items = dataset!.initiatives;
    const fcPoints = initiativesToPoints(items, {
      colourOf: () => '#123456',
      hrefOf: (i) => `/initiativen/${i.id}/`,
      detailsOf: (i) => [i.kind],
    });
    const geolocated = items.filter((i) => i.lat !== undefined);
    expect(fcPoints.features.map((f) => f.properties.id)).toEqual(geolocated.map((i) => i.id));
    const first = fcPoints.features[0]!;
    expect(first.geometry.coordinates).toEqual([geolocated[0]!.lon, geolocated[0]!.lat]);
    expect(first.properties).toMatchObject({ colour: '#123456', href: `/initiativen/${geolocated[0]!.id}/` });
    const one = filterPoints(fcPoints, new Set([geolocated[1]!.id]));
    expect(one.features.map((f) => f.properties.id)).toEqual([geolocated[1]!.id]);
  });
});
