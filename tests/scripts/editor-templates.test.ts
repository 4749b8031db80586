/**
 * The editor-facing files in .github/ and CHANGELOG.md: the issue form parses and matches the
 * data contract, the PR template has the data checklist, the changelog keeps its main section.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INITIATIVE_COLUMNS, REQUIRED_INITIATIVE_COLUMNS } from '../../src/lib/schemas/initiative.ts';
import { FOCI, KINDS, SCOPES, STATES, STATUSES } from '../../src/lib/schemas/vocab.ts';

interface FormElement {
  type: 'markdown' | 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  id?: string;
  attributes: { label?: string; value?: string; options?: (string | { label: string; required?: boolean })[]; multiple?: boolean };
  validations?: { required?: boolean };
}
interface IssueForm {
  name: string;
  description: string;
  title?: string;
  labels?: string[];
  body: FormElement[];
}

const form = parse(readFileSync('.github/ISSUE_TEMPLATE/initiative-vorschlagen.yml', 'utf8'), { strict: true, uniqueKeys: true }) as IssueForm;
const fields = form.body.filter((e) => e.type !== 'markdown' && e.type !== 'checkboxes');
const byId = (id: string) => form.body.find((e) => e.id === id);

/** Columns an outsider cannot be expected to fill: set by maintainers or by `npm run geocode`. */
const MAINTAINER_COLUMNS = ['id', 'lat', 'lon', 'geo_precision', 'last_verified'];

describe('issue form "Initiative vorschlagen"', () => {
  it('is a valid GitHub issue form', () => {
    expect(form.name).toBe('Initiative vorschlagen');
    expect(form.description.length).toBeGreaterThan(0);
    const types = new Set(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']);
    for (const e of form.body) {
      expect(types.has(e.type)).toBe(true);
      if (e.type === 'markdown') expect(e.attributes.value).toBeTruthy();
      else expect([e.id, e.attributes.label]).toEqual([expect.stringMatching(/^[a-z_]+$/), expect.any(String)]);
      if (e.type === 'dropdown' || e.type === 'checkboxes') expect(e.attributes.options?.length).toBeGreaterThan(0);
    }
    const ids = form.body.filter((e) => e.id).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one field per column an outsider can fill, named like the column', () => {
    expect(fields.map((f) => f.id)).toEqual(INITIATIVE_COLUMNS.filter((c) => !MAINTAINER_COLUMNS.includes(c)));
  });

  it('requires what the schema requires (programme may stay open for the maintainer)', () => {
    const required = fields.filter((f) => f.validations?.required).map((f) => f.id);
    expect(required).toEqual(REQUIRED_INITIATIVE_COLUMNS.filter((c) => !MAINTAINER_COLUMNS.includes(c) && c !== 'programme'));
  });

  it('offers exactly the allowed values of each enumerated column', () => {
    const values = (id: string) => (byId(id)?.attributes.options as string[]).map((o) => /\(([^()]+)\)$/.exec(o)?.[1]);
    expect(values('kind')).toEqual([...KINDS]);
    expect(values('focus')).toEqual([...FOCI]);
    expect(values('state')).toEqual([...STATES]);
    expect(values('scope')).toEqual([...SCOPES]);
    expect(values('status')).toEqual([...STATUSES]);
    expect(byId('focus')?.attributes.multiple).toBe(true);
  });
});

describe('pull request template', () => {
  const template = readFileSync('.github/PULL_REQUEST_TEMPLATE.md', 'utf8');
  const checklist = template.split('\n').filter((l) => l.startsWith('- [ ] '));

  it('has the data checklist: source, facts, own words, licence, validation', () => {
    for (const item of ['source given', 'facts checked', 'own words', 'licence', '`npm run validate` bestanden']) {
      expect(checklist.some((l) => l.toLowerCase().includes(item.toLowerCase()))).toBe(true);
    }
  });
});

describe('CHANGELOG.md', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');

  it('has a "## main" section with a "Daten" heading as the first section', () => {
    const sections = changelog.split(/^## /m).slice(1);
    expect(sections[0]?.startsWith('main\n')).toBe(true);
    expect(sections[0]).toMatch(/^### Daten$/m);
  });
});
