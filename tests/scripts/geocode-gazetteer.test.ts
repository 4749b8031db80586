import { beforeAll, describe, expect, it } from 'vitest';
import { geocodeCsv, loadGazetteer, loadGeoNamesIndex } from '../../scripts/geocode.ts';

const HEADER = 'id,name,state,city,postcode,lat,lon,geo_precision';
let index: ReturnType<typeof loadGeoNamesIndex>;
let gazetteer: ReturnType<typeof loadGazetteer>;
beforeAll(() => {
  index = loadGeoNamesIndex();
  gazetteer = loadGazetteer();
});

describe('geocode falls back to the postcode gazetteer', () => {
  it('settles an ambiguous GeoNames name by the full name in the gazetteer', () => {
    const csv = `${HEADER}\nzenit,ZENIT,NW,Mülheim an der Ruhr,,,,\n`;
    const r = geocodeCsv(new TextEncoder().encode(csv), index, { gazetteer });
    expect(r.unplaced).toEqual([]);
    expect(r.filled[0]).toMatchObject({ id: 'zenit', lat: '51.43218', lon: '6.87967' });
  });

  it('places a municipality GeoNames lacks at the centre of its postcode areas', () => {
    const csv = `${HEADER}\nwindeck,B7,NW,Windeck,,,,\n`;
    const r = geocodeCsv(new TextEncoder().encode(csv), index, { gazetteer });
    expect(r.filled[0]).toMatchObject({ id: 'windeck', matched: 'Windeck' });
    expect(r.text).toContain('windeck,B7,NW,Windeck,,50.8900,7.5790,municipality');
  });

  it('without the gazetteer, the same rows are reported, not guessed', () => {
    const csv = `${HEADER}\nzenit,ZENIT,NW,Mülheim an der Ruhr,,,,\nwindeck,B7,NW,Windeck,,,,\n`;
    const r = geocodeCsv(new TextEncoder().encode(csv), index, { gazetteer: null });
    expect(r.filled).toEqual([]);
    expect(r.unplaced.map((u) => u.reason)).toEqual([
      expect.stringContaining('ambiguous name within NW'),
      expect.stringContaining('unknown town "Windeck" in NW'),
    ]);
  });
});

describe('geocode command line', () => {
  it('prints usage for --help and refuses unknown flags without touching data/', async () => {
    const { spawnSync } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const before = readFileSync('data/initiatives.csv');
    const help = spawnSync(process.execPath, ['scripts/geocode.ts', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run geocode');
    const bogus = spawnSync(process.execPath, ['scripts/geocode.ts', '--bogus'], { encoding: 'utf8' });
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain('unknown argument(s): --bogus');
    expect(readFileSync('data/initiatives.csv').equals(before)).toBe(true);
  });
});
