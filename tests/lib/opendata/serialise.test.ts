import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { validateInitiativesText } from '../../../src/lib/data/validate.ts';
import { geoCheck } from '../../../src/lib/data/load-node.ts';
import { INITIATIVE_COLUMNS } from '../../../src/lib/schemas/initiative.ts';
import { initiativesCsv, initiativesGeoJson, initiativesJson } from '../../../src/lib/opendata/serialise.ts';
import { fixtureDataset } from './helpers.ts';

const ds = fixtureDataset();

describe('initiatives.csv', () => {
  const csv = initiativesCsv(ds.initiatives);
  it('has the schema columns in order, one row per initiative, comma and LF, no BOM', () => {
    const parsed = parseCsv(csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.delimiter).toBe(',');
    expect(parsed.header).toEqual(INITIATIVE_COLUMNS);
    expect(parsed.rows).toHaveLength(ds.initiatives.length);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).not.toContain('\r');
  });
  it('round-trips through the validator to the same records (umlauts, quotes, commas intact)', () => {
    const programmeIds = new Set(ds.programmes.map((p) => p.id));
    const { records, problems } = validateInitiativesText(csv, 'initiatives.csv', { programmeIds, today: '2026-11-26', geo: geoCheck });
    expect(problems).toEqual([]);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...records].sort(byId)).toEqual([...ds.initiatives].sort(byId));
    expect(csv).toContain('Überprüfung, Größe, Straße');
    expect(csv).toContain('""Anführungszeichen""');
  });
});

describe('initiatives.json', () => {
  it('is an array of records with every column, typed values and null for empty cells', () => {
    const json = JSON.parse(initiativesJson(ds.initiatives)) as Record<string, unknown>[];
    expect(json).toHaveLength(ds.initiatives.length);
    for (const r of json) expect(Object.keys(r)).toEqual(INITIATIVE_COLUMNS);
    const ulm = json.find((r) => r.id === 'test-hub-ulm')!;
    expect(ulm).toMatchObject({ focus: ['industrie40', 'ki'], lat: 48.3984, lon: 9.9916, postcode: '89073' });
    const programme = json.find((r) => r.id === 'test-programm-sachsen')!;
    expect(programme.lat).toBeNull();
    expect(programme.description_en).toBeNull();
  });
});

describe('initiatives.geojson', () => {
  const gj = initiativesGeoJson(ds.initiatives);
  it('has one Point per geolocated row, coordinates in [lon, lat] order', () => {
    const located = ds.initiatives.filter((i) => i.lat !== undefined);
    expect(located.length).toBe(3);
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features.map((f) => f.id).sort()).toEqual(located.map((i) => i.id).sort());
    for (const i of located) {
      const f = gj.features.find((x) => x.id === i.id)!;
      expect(f.geometry).toEqual({ type: 'Point', coordinates: [i.lon, i.lat] });
    }
    // Ulm is at 48.4° N, 10.0° E: longitude first.
    expect(gj.features.find((f) => f.id === 'test-hub-ulm')!.geometry.coordinates).toEqual([9.9916, 48.3984]);
  });
  it('carries every other column as a property and no coordinates there', () => {
    const f = gj.features[0]!;
    expect(Object.keys(f.properties)).toEqual(INITIATIVE_COLUMNS.filter((c) => c !== 'lat' && c !== 'lon'));
  });
  it('is valid JSON after serialisation', () => {
    expect(JSON.parse(JSON.stringify(gj))).toEqual(gj);
  });
});
