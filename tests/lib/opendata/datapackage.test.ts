/**
 * The published data package, validated with a real Frictionless implementation:
 * frictionlessdata/datapackage-js (npm "datapackage", with tableschema-js). The descriptor
 * is checked against the tabular-data-package profile, and every row of every tabular
 * resource is cast against its Table Schema, with the foreign key to programmes resolved.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { openDataFiles } from '../../../src/lib/opendata/files.ts';
import { sha256Hex } from '../../../src/lib/opendata/load-node.ts';
import { PUBLISHED_FILES } from '../../../src/lib/opendata/meta.ts';
import { INITIATIVE_COLUMNS, REQUIRED_INITIATIVE_COLUMNS } from '../../../src/lib/schemas/initiative.ts';
import { FOCI, KINDS, STATES } from '../../../src/lib/schemas/vocab.ts';
import { initiativesTableSchema } from '../../../src/lib/opendata/table-schema.ts';
import { fixtureDataset } from './helpers.ts';

const ds = fixtureDataset();
const urls = { siteRoot: 'https://atlas.example.org/sub/', dataPage: { de: '/daten/', en: '/en/data/' } };

function writePackage(files: Record<string, string>): string {
  const dir = mkdtempSync(resolve('.tmp', 'datapackage-'));
  for (const f of PUBLISHED_FILES) {
    const body = files[f.id];
    if (body !== undefined) writeFileSync(join(dir, f.file), body);
  }
  return dir;
}

async function validatePackage(dir: string): Promise<{ descriptorErrors: string[]; rowErrors: string[]; rows: Record<string, number> }> {
  const pkg = await Package.load(join(dir, 'datapackage.json'));
  const descriptorErrors = pkg.errors.map((e) => e.message);
  const rowErrors: string[] = [];
  const rows: Record<string, number> = {};
  for (const r of pkg.resources) {
    if (!r.tabular) continue;
    try {
      rows[r.name] = (await r.read({ keyed: true, relations: true })).length;
    } catch (e) {
      const err = e as Error & { errors?: Error[] };
      rowErrors.push(`${r.name}: ${err.message} ${(err.errors ?? []).map((x) => x.message).join('; ')}`);
    }
  }
  return { descriptorErrors, rowErrors, rows };
}

describe('Table Schema generated from the zod schema', () => {
  const schema = initiativesTableSchema();
  it('lists every column in file order, each with a description', () => {
    expect(schema.fields.map((f) => f.name)).toEqual(INITIATIVE_COLUMNS);
    for (const f of schema.fields) expect(f.description.length).toBeGreaterThan(10);
  });
  it('takes required, enums and the focus list from the schema and vocabularies', () => {
    const byName = Object.fromEntries(schema.fields.map((f) => [f.name, f]));
    for (const c of REQUIRED_INITIATIVE_COLUMNS) expect(byName[c]!.constraints?.required).toBe(true);
    expect(byName.kind!.constraints?.enum).toEqual([...KINDS]);
    expect(byName.state!.constraints?.enum).toEqual([...STATES]);
    const focus = new RegExp(`^${byName.focus!.constraints!.pattern!}$`);
    expect(focus.test(FOCI.join('|'))).toBe(true);
    expect(focus.test('ki|')).toBe(false);
    expect(byName.lat!.type).toBe('number');
    expect(byName.last_verified!.type).toBe('date');
    expect(schema.primaryKey).toEqual(['id']);
  });
});

describe('datapackage.json (validated with frictionlessdata/datapackage-js)', () => {
  const files = openDataFiles(ds, urls, sha256Hex);
  const descriptor = JSON.parse(files.datapackage) as {
    licenses: { name: string }[];
    sources: { title: string }[];
    resources: { name: string; path: string; bytes?: number; hash?: string }[];
  };

  it('is a valid tabular data package whose rows all pass their Table Schemas and foreign keys', async () => {
    const result = await validatePackage(writePackage(files));
    expect(result.descriptorErrors).toEqual([]);
    expect(result.rowErrors).toEqual([]);
    expect(result.rows).toEqual({ initiatives: ds.initiatives.length, programmes: ds.programmes.length });
  });

  it('states the CC BY 4.0 licence and the GeoNames and OpenStreetMap sources', () => {
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    const sources = descriptor.sources.map((s) => s.title).join(' ');
    expect(sources).toContain('GeoNames (CC-BY-4.0)');
    expect(sources).toContain('OpenStreetMap (ODbL-1.0)');
  });

  it('gives the true size and SHA-256 of each data file', () => {
    for (const r of descriptor.resources) {
      const f = PUBLISHED_FILES.find((p) => p.file === r.path)!;
      const body = files[f.id];
      expect(r.bytes).toBe(Buffer.byteLength(body, 'utf8'));
      expect(r.hash).toBe(`sha256:${sha256Hex(body)}`);
    }
  });

  it.each([
    ['an unknown kind', ',hub,', ',rocket,', /kind|enum/i],
    ['an impossible date', '2026-01-15', '2026-13-45', /last_verified|date/i],
    ['an unknown programme (foreign key)', ',digital-hubs-bw,', ',no-such-programme,', /foreign key|programme/i],
    ['a latitude out of range', '48.3984', '148.3984', /lat|constraint/i],
  ])('the validator is not a rubber stamp: %s fails', async (_what, from, to, message) => {
    expect(files['initiatives-csv']).toContain(from);
    const badCsv = files['initiatives-csv'].replace(from, to);
    const result = await validatePackage(writePackage({ ...files, 'initiatives-csv': badCsv }));
    expect(result.rowErrors).toHaveLength(1);
    expect(result.rowErrors[0]).toMatch(/^initiatives:/);
    expect(result.rowErrors[0]).toMatch(message);
  });

  it('rejects a descriptor that breaks the profile', async () => {
    const broken = JSON.stringify({ ...JSON.parse(files.datapackage), name: 'Not a valid name!' });
    const result = await validatePackage(writePackage({ ...files, datapackage: broken }));
    expect(result.descriptorErrors.length).toBeGreaterThan(0);
  });
});
