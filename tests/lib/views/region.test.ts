import { describe, expect, it } from 'vitest';
import { getProgrammeViewData } from '../../../src/lib/views/programme.ts';
import { getRegionViewData, per100k } from '../../../src/lib/views/region.ts';
import { fixtureDataset } from '../opendata/helpers.ts';

const ds = fixtureDataset();
const ctx = { base: '/', siteRoot: 'https://example.org/' };

describe('getRegionViewData', () => {
  it('counts only the state’s initiatives and compares all three states per 100,000 inhabitants', () => {
    const v = getRegionViewData(ds, 'SN', 'de', ctx);
    const sn = ds.initiatives.filter((i) => i.state === 'SN');
    expect(v.total).toBe(sn.length);
    expect(v.list.map((i) => i.id).sort()).toEqual(sn.map((i) => i.id).sort());
    expect(v.byStatus.reduce((s, r) => s + r.count, 0)).toBe(sn.length);
    for (const c of v.comparison) {
      const pop = ds.population.find((p) => p.state === c.state)!.population;
      const count = ds.initiatives.filter((i) => i.state === c.state).length;
      expect(c.per100k).toBeCloseTo((count / pop) * 100_000, 10);
    }
    expect(v.comparison.filter((c) => c.current).map((c) => c.state)).toEqual(['SN']);
  });
  it('charts the state’s own rows by kind and programme, and all states per capita', () => {
    const v = getRegionViewData(ds, 'BW', 'en', ctx);
    const bw = ds.initiatives.filter((i) => i.state === 'BW');
    expect(v.charts.kind.n).toBe(bw.length);
    expect(v.charts.programme.n).toBe(bw.length);
    expect(v.charts.perCapita.n).toBe(ds.initiatives.length);
    expect(v.charts.perCapita.table.raw.map((r) => r[0])).toEqual(['Baden-Württemberg', 'North Rhine-Westphalia', 'Saxony']);
  });
  it('per100k is 0 for an unknown population rather than Infinity', () => {
    expect(per100k(3, 0)).toBe(0);
    expect(per100k(10, 1_000_000)).toBe(1);
  });
});

describe('getProgrammeViewData', () => {
  it('lists every site of the programme grouped by state', () => {
    const v = getProgrammeViewData(ds, 'mittelstand-digital', 'en', ctx);
    const expected = ds.initiatives.filter((i) => i.programme === 'mittelstand-digital');
    expect(v.total).toBe(expected.length);
    expect(v.groups.flatMap((g) => g.sites.map((s) => s.id)).sort()).toEqual(expected.map((i) => i.id).sort());
  });
  it('gives an empty list for a programme without sites', () => {
    const v = getProgrammeViewData(ds, 'edih', 'de', ctx);
    expect(v.total).toBe(ds.initiatives.filter((i) => i.programme === 'edih').length);
  });
});
