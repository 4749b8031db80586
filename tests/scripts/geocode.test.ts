import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv.ts';
import type { Gazetteer } from '../../src/lib/geo/gazetteer.ts';
import type { GeoNamesIndex } from '../../src/lib/geo/geonames.ts';
import { geocodeCsv, GeocodeInputError, loadGazetteer, loadGeoNamesIndex } from '../../scripts/geocode.ts';

const dir = fileURLToPath(new URL('../fixtures/geocode/', import.meta.url));
const input = readFileSync(join(dir, 'input.csv'));
const expected = readFileSync(join(dir, 'expected.csv'), 'utf8');
let index: GeoNamesIndex;
let gazetteer: Gazetteer | null;

beforeAll(() => {
  index = loadGeoNamesIndex();
  gazetteer = loadGazetteer();
});

describe('geocodeCsv', () => {
  it('fills empty coordinates and matches the golden file', () => {
    const r = geocodeCsv(input, index, { gazetteer });
    expect(r.changed).toBe(true);
    expect(r.normalised).toBe(false);
    expect(r.text).toBe(expected);
    expect(r.filled.map((f) => [f.id, f.matched, f.how])).toEqual([
      ['dortmund-exact', 'Dortmund', 'exact'],
      ['koeln-translit', 'Köln', 'normalised'],
      ['sankt-georgen', 'Sankt Georgen im Schwarzwald', 'normalised'],
      ['freiburg-variant', 'Freiburg', 'variant'],
      ['weingarten-postcode', 'Weingarten', 'ambiguous name settled by postcode 88250'],
      ['leipzig-exact', 'Leipzig', 'exact'],
    ]);
    const w = r.filled.find((f) => f.id === 'weingarten-postcode')!;
    expect(Number(w.lat)).toBeCloseTo(47.81, 1); // Weingarten (Württemberg), not Weingarten (Baden)
  });

  it('reports rows it cannot place, with the reason', () => {
    const r = geocodeCsv(input, index, { gazetteer });
    const reasons = Object.fromEntries(r.unplaced.map((u) => [u.id, u.reason]));
    expect(reasons['oelsnitz-ambiguous']).toMatch(/^ambiguous name within SN: Oelsnitz \(SN, .*\); Oelsnitz \(SN, .*give a postcode/);
    expect(reasons['atlantis-unknown']).toBe('unknown town "Atlantis" in NW (check the spelling, or enter coordinates)');
    expect(reasons['dresden-wrong-state']).toBe('unknown town "Dresden" in BW (a place of that name exists in SN: check the state)');
    expect(reasons['half-coords']).toMatch(/only one of lat\/lon/);
    expect(reasons['no-city']).toBe('no city given');
    expect(r.unplaced.map((u) => u.line)).toEqual([9, 10, 11, 12, 13]);
  });

  it('changes only lat, lon and geo_precision of filled rows; other bytes stay', () => {
    const r = geocodeCsv(input, index, { gazetteer });
    const before = parseCsv(input.toString('utf8')).rows;
    const after = parseCsv(r.text).rows;
    expect(after.map((x) => x.line)).toEqual(before.map((x) => x.line));
    const filledIds = new Set(r.filled.map((f) => f.id));
    before.forEach((row, i) => {
      const next = after[i]!.cells;
      for (const [k, v] of Object.entries(row.cells)) {
        if (filledIds.has(row.cells.id!) && ['lat', 'lon', 'geo_precision'].includes(k)) continue;
        expect(next[k], `${row.cells.id}.${k}`).toBe(v);
      }
    });
    // Unfilled records, including quoting that papaparse would not reproduce, are byte-identical.
    const inLines = input.toString('utf8').split('\n');
    for (const line of inLines.filter((l) => /has-coords|oelsnitz|"Quoted without need"/.test(l))) {
      if (!line.startsWith('dortmund')) expect(r.text).toContain(line);
    }
    expect(r.text).toContain('"Quoted without need"');
    expect(r.text).toContain('"Mehrzeilige\nBeschreibung, zweite Zeile"');
  });

  it('never overwrites existing coordinates and is idempotent', () => {
    const first = geocodeCsv(input, index, { gazetteer });
    const second = geocodeCsv(Buffer.from(first.text), index, { gazetteer });
    expect(second.changed).toBe(false);
    expect(second.filled).toEqual([]);
    expect(second.text).toBe(first.text);
    expect(first.text).toContain(',50.7339,7.1025,address,');
  });

  it('rewrites an Excel-dialect file (BOM, ";", CRLF) once in canonical form', () => {
    const excel = '\ufeff' + input.toString('utf8').replace(/,/g, ';').replace(/\n/g, '\r\n');
    // descriptions with commas became ";" — harmless here because they are quoted
    const r = geocodeCsv(Buffer.from(excel), index, { gazetteer });
    expect(r.normalised).toBe(true);
    expect(r.text).not.toContain('\r');
    expect(r.text.startsWith('id,name,kind,')).toBe(true);
    const rows = parseCsv(r.text).rows;
    expect(rows.find((x) => x.cells.id === 'dortmund-exact')!.cells).toMatchObject({ lat: '51.51494', lon: '7.466', geo_precision: 'municipality' });
  });

  it('refuses files with CSV errors or missing columns and writes nothing', () => {
    expect(() => geocodeCsv(readFileSync(join(dir, 'broken.csv')), index)).toThrow(GeocodeInputError);
    expect(() => geocodeCsv(Buffer.from('id,name\na,b\n'), index)).toThrow(/lacks the column\(s\) city, state, postcode, lat, lon, geo_precision/);
  });

  it('works without a gazetteer (ambiguous names are then reported)', () => {
    const r = geocodeCsv(input, index, { gazetteer: null });
    expect(r.unplaced.map((u) => u.id)).toContain('weingarten-postcode');
  });
});

describe('npm run geocode (CLI)', () => {
  const script = fileURLToPath(new URL('../../scripts/geocode.ts', import.meta.url));

  it('writes the file given as argument and prints a report', () => {
    const tmp = join(mkdtempSync(join(tmpdir(), 'geocode-')), 'initiatives.csv');
    copyFileSync(join(dir, 'input.csv'), tmp);
    const out = execFileSync(process.execPath, [script, tmp], { encoding: 'utf8' });
    expect(out).toMatch(/6 row\(s\) filled, 5 row\(s\) not placed\./);
    expect(out).toMatch(/unplaced line 10 atlantis-unknown: unknown town "Atlantis" in NW/);
    expect(readFileSync(tmp, 'utf8')).toBe(expected);
  }, 30_000);

  it('--dry-run leaves the file alone; CSV errors exit with code 2', () => {
    const tmp = join(mkdtempSync(join(tmpdir(), 'geocode-')), 'initiatives.csv');
    copyFileSync(join(dir, 'input.csv'), tmp);
    const out = execFileSync(process.execPath, [script, tmp, '--dry-run'], { encoding: 'utf8' });
    expect(out).toMatch(/--dry-run: nothing written/);
    expect(readFileSync(tmp)).toEqual(input);
    let code = 0;
    try {
      execFileSync(process.execPath, [script, join(dir, 'broken.csv')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(2);
  }, 30_000);
});
