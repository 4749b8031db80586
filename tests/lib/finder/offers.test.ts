import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { loadDataset } from '../../../src/lib/data/load-node.ts';
import { getGazetteer } from '../../../src/lib/finder/load-node.ts';
import { buildFinderData, FINDER_KINDS, isFinderCandidate, locate } from '../../../src/lib/finder/offers.ts';
import type { Initiative } from '../../../src/lib/schemas/initiative.ts';

let ds: Dataset;
beforeAll(() => {
  const { dataset, problems } = loadDataset({ initiativesFile: 'tests/fixtures/initiatives.csv' });
  if (!dataset) throw new Error(JSON.stringify(problems));
  ds = dataset;
});

const row = (over: Partial<Initiative>): Initiative => ({ ...ds.initiatives[0]!, ...over });

describe('finder candidates', () => {
  it('keeps only active support centres, hubs, networks and test labs', () => {
    expect(FINDER_KINDS).toEqual(['support-centre', 'hub', 'network', 'test-lab']);
    expect(isFinderCandidate(row({ kind: 'hub', status: 'active' }))).toBe(true);
    expect(isFinderCandidate(row({ kind: 'test-lab', status: 'active' }))).toBe(true);
    expect(isFinderCandidate(row({ kind: 'hub', status: 'planned' }))).toBe(false);
    expect(isFinderCandidate(row({ kind: 'hub', status: 'ended' }))).toBe(false);
    expect(isFinderCandidate(row({ kind: 'research', status: 'active' }))).toBe(false);
    expect(isFinderCandidate(row({ kind: 'funding-programme', status: 'active' }))).toBe(false);
  });

  it('derives the regional list from the data, with labels in the page language', () => {
    const data = buildFinderData(ds, 'de', getGazetteer());
    const expected = ds.initiatives.filter((i) => isFinderCandidate(i) && i.scope === 'regional').map((i) => i.id);
    expect(data.regional.map((o) => o.id)).toEqual([...expected].sort());
    const ulm = data.regional.find((o) => o.id === 'test-hub-ulm');
    expect(ulm).toMatchObject({ kindLabel: 'Digital Hub', precision: 'municipality', path: '/initiativen/test-hub-ulm/' });
    const en = buildFinderData(ds, 'en', getGazetteer()).regional.find((o) => o.id === 'test-hub-ulm');
    expect(en).toMatchObject({ kindLabel: 'Hub', path: '/en/initiatives/test-hub-ulm/' });
  });

  it('lists national offers apart, sorted by name, without a position', () => {
    const nat = row({ id: 'nat-b', name: 'B national', scope: 'national', kind: 'support-centre', status: 'active' });
    const nat2 = row({ id: 'nat-a', name: 'A national', scope: 'national', kind: 'network', status: 'active' });
    const data = buildFinderData({ ...ds, initiatives: [...ds.initiatives, nat, nat2] }, 'de');
    expect(data.national.map((o) => o.id)).toEqual(['nat-a', 'nat-b']);
    expect(data.regional.map((o) => o.id)).not.toContain('nat-a');
    expect(data.national[0]).not.toHaveProperty('lat');
  });

  it('lists regional offers that cannot be placed apart, with their state, never in the ranking', () => {
    const net = row({ id: 'net-sn', name: 'Netzwerk Sachsen', kind: 'network', status: 'active', scope: 'regional', state: 'SN', lat: undefined, lon: undefined, postcode: undefined, city: undefined });
    const data = buildFinderData({ ...ds, initiatives: [...ds.initiatives, net] }, 'de', getGazetteer());
    expect(data.unplaced).toEqual([expect.objectContaining({ id: 'net-sn', state: 'SN', stateLabel: 'Sachsen' })]);
    expect(data.regional.map((o) => o.id)).not.toContain('net-sn');
  });
});

describe('locate', () => {
  it('uses the coordinates from the data first', () => {
    expect(locate(row({ lat: 48.4, lon: 9.99, geo_precision: 'address' }))).toEqual({ lat: 48.4, lon: 9.99, precision: 'address' });
  });

  it('falls back to the postcode centre, then to the town in the same state', () => {
    const g = getGazetteer();
    const byPc = locate(row({ lat: undefined, lon: undefined, postcode: '69117', city: 'Heidelberg', state: 'BW' }), g);
    expect(byPc?.precision).toBe('postcode');
    const byTown = locate(row({ lat: undefined, lon: undefined, postcode: undefined, city: 'Dortmund', state: 'NW' }), g);
    expect(byTown?.precision).toBe('town');
    expect(byTown!.lat).toBeGreaterThan(51.4);
    expect(byTown!.lat).toBeLessThan(51.6);
    expect(locate(row({ lat: undefined, lon: undefined, postcode: undefined, city: 'Dortmund', state: 'SN' }), g)).toBeUndefined();
    expect(locate(row({ lat: undefined, lon: undefined, postcode: undefined, city: undefined }), g)).toBeUndefined();
  });
});
