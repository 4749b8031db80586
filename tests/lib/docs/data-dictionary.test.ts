import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DEFAULT_HAND_WRITTEN,
  DOCUMENTED_FILES,
  HAND_WRITTEN_MARKER,
  composeDataMd,
  fieldDocs,
  renderDataDictionary,
  undocumentedFields,
} from '../../../src/lib/docs/data-dictionary.ts';
import { field } from '../../../src/lib/schemas/fields.ts';
import { REQUIRED_INITIATIVE_COLUMNS } from '../../../src/lib/schemas/initiative.ts';

const committed = readFileSync('docs/DATA.md', 'utf8');

describe('docs/DATA.md (generated data dictionary)', () => {
  it('is up to date with the schemas (run "npm run docs:data" if this fails)', () => {
    expect(composeDataMd(committed)).toBe(committed);
  });

  it('keeps a hand-written Provenance section at the end', () => {
    const i = committed.indexOf(HAND_WRITTEN_MARKER);
    expect(i).toBeGreaterThan(0);
    expect(committed.slice(i)).toMatch(/^.*\n\n## Provenance\n/);
  });

  it('every field of every data file schema has a description', () => {
    for (const file of DOCUMENTED_FILES) expect([file.path, undocumentedFields(file)]).toEqual([file.path, []]);
  });

  it('the description check catches a field without description', () => {
    const shape = { documented: field(z.string(), { description: 'Has one.' }), bare: z.string() };
    expect(undocumentedFields({ shape })).toEqual(['bare']);
  });

  it('documents every schema module in src/lib/schemas/', () => {
    const modules = readdirSync('src/lib/schemas')
      .filter((f) => f.endsWith('.ts') && !['fields.ts', 'vocab.ts'].includes(f))
      .map((f) => `src/lib/schemas/${f}`)
      .sort();
    expect(DOCUMENTED_FILES.map((f) => f.schemaModule).sort()).toEqual(modules);
  });

  it('derives "required" from the schema, matching the contract', () => {
    const initiatives = fieldDocs(DOCUMENTED_FILES[0]!);
    expect(initiatives.filter((f) => f.required === 'yes').map((f) => f.name)).toEqual(REQUIRED_INITIATIVE_COLUMNS);
    expect(initiatives.find((f) => f.name === 'geo_precision')?.required).toBe('with lat/lon');
  });

  it('quotes the validator\'s own expectation as the format', () => {
    const docs = renderDataDictionary();
    expect(docs).toContain('| `postcode` | no | a German postcode of exactly 5 digits, e.g. 09126 |');
    expect(docs).toContain('| `website` | no | a full web address starting with https:// or http:// |');
    expect(docs).toContain('- `status`: `active`, `planned`, `ended`');
    expect(docs).toContain('with a tolerance of 5 km for border towns');
  });

  it('keeps the hand-written part verbatim and adds a default one when missing', () => {
    const custom = `${HAND_WRITTEN_MARKER}\n\n## Provenance\n\nResearched by hand | from 3 sources.\n`;
    expect(composeDataMd(`stale generated text\n${custom}`)).toBe(`${renderDataDictionary()}\n${custom}`);
    expect(composeDataMd(undefined)).toBe(`${renderDataDictionary()}\n${DEFAULT_HAND_WRITTEN}`);
  });

  it('npm run docs:data -- --check exits 1 on a stale file and 0 on a current one', () => {
    const dir = resolve('.tmp/docs-check-test');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(`${dir}/docs`, { recursive: true });
    const run = () => spawnSync(process.execPath, [resolve('scripts/generate-docs.ts'), '--check'], { cwd: dir, encoding: 'utf8' });
    writeFileSync(`${dir}/docs/DATA.md`, committed.replace('| `postcode` | no |', '| `postcode` | yes |'));
    const stale = run();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('docs/DATA.md is out of date with the schemas in src/lib/schemas/. Run "npm run docs:data"');
    writeFileSync(`${dir}/docs/DATA.md`, committed);
    expect(run().status).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
