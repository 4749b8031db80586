import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATUS,
  MAX_QUERY_LENGTH,
  defaultFilters,
  isDefault,
  parseFilters,
  serialiseFilters,
  type FilterState,
} from '../../../src/lib/filters/state.ts';
import { applyFilters, buildFilterIndex, normaliseText, type FilterRow } from '../../../src/lib/filters/match.ts';
import { selectRecords, selectionCsv, selectionJson } from '../../../src/lib/filters/download.ts';
import { loadDataset } from '../../../src/lib/data/load-node.ts';

const programmeIds = ['mittelstand-digital', 'edih', 'digital-hubs-bw', 'other'];
const parse = (s: string) => parseFilters(s, { programmeIds });

describe('parseFilters', () => {
  it('reads comma-separated values in vocabulary order', () => {
    expect(parse('?state=SN,BW&focus=ki')).toEqual({
      state: ['BW', 'SN'],
      focus: ['ki'],
      kind: [],
      programme: [],
      status: ['active'],
      q: '',
    });
  });

  it('merges repeated keys, ignores case, blanks and duplicates', () => {
    expect(parse('state=sn&state=BW,,bw%2Cnw&kind=HUB').state).toEqual(['BW', 'NW', 'SN']);
    expect(parse('kind=HUB').kind).toEqual(['hub']);
  });

  it('defaults to active, "all" lifts the status restriction', () => {
    expect(parse('').status).toEqual([...DEFAULT_STATUS]);
    expect(parse('status=all').status).toEqual([]);
    expect(parse('status=ended,planned').status).toEqual(['planned', 'ended']);
    expect(parse('status=bogus').status).toEqual(['active']);
  });

  it('knows only listed programmes', () => {
    expect(parse('programme=edih,nope,Other').programme).toEqual(['edih', 'other']);
  });

  it.each([
    '?%%%&&&==',
    '?state=%E0%A4%A&q=%',
    '?q=' + 'x'.repeat(5000),
    '?state[]=BW&focus=<script>alert(1)</script>&kind=%00',
    '?=&=&state',
    '?' + '\u0000\u202e'.repeat(10),
    'state=BW;focus=ki',
  ])('never throws on garbage: %s', (garbage) => {
    const f = parse(garbage);
    expect(f.state.every((s) => ['BW', 'NW', 'SN'].includes(s))).toBe(true);
    expect(f.focus).toEqual([]);
    expect(f.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('tidies the free text', () => {
    expect(parse('q=++K%C3%B6ln%0A%0A++Zentrum++').q).toBe('Köln Zentrum');
  });
});

describe('serialiseFilters', () => {
  it('is empty for the default view', () => {
    expect(serialiseFilters(defaultFilters())).toBe('');
    expect(isDefault(parse('?status=active'))).toBe(true);
  });

  it('writes keys in a fixed order with readable commas', () => {
    const f: FilterState = { ...defaultFilters(), state: ['BW', 'SN'], focus: ['ki'], status: [], q: 'Köln & Bonn' };
    expect(serialiseFilters(f)).toBe('?state=BW,SN&focus=ki&status=all&q=K%C3%B6ln+%26+Bonn');
  });

  it('round-trips', () => {
    const cases = ['?state=SN,BW&focus=ki', '?kind=hub,research&programme=edih&status=planned,ended&q=k%C3%B6ln', '?status=all'];
    for (const c of cases) {
      const f = parse(c);
      expect(parse(serialiseFilters(f))).toEqual(f);
    }
  });
});

describe('normaliseText', () => {
  it('ignores case, diacritics and German transliterations', () => {
    expect(normaliseText('Köln')).toBe('koln');
    expect(normaliseText('KOELN')).toBe('koln');
    expect(normaliseText('Straße, Größe!')).toBe('strasse grosse');
    expect(normaliseText('Tübingen')).toBe(normaliseText('tuebingen'));
  });
});

describe('applyFilters on the test fixture', () => {
  const { dataset } = loadDataset({ initiativesFile: 'tests/fixtures/initiatives.csv' });
  const items = dataset!.initiatives;
  const index = buildFilterIndex(items, (i) => [i.name, i.city ?? '', i.description_de, i.description_en ?? ''].join(' '));
  const ids = (s: string) => applyFilters(index, parse(s)).map((i) => i.id);

  it('shows active initiatives by default', () => {
    expect(ids('')).toEqual(items.filter((i) => i.status === 'active').map((i) => i.id));
  });

  it('"koln" finds "Köln", case and diacritics ignored', () => {
    expect(ids('q=koln')).toEqual(['test-zentrum-koeln']);
    expect(ids('q=K%C3%96LN')).toEqual(['test-zentrum-koeln']);
    expect(ids('q=ulm+hub')).toEqual(['test-hub-ulm']);
  });

  it('searches descriptions and needs every word', () => {
    expect(ids('q=umlaute&status=all')).toEqual(['test-hub-ulm']);
    expect(ids('q=umlaute+koln&status=all')).toEqual([]);
  });

  it('combines dimensions with AND and values within one with OR', () => {
    expect(ids('state=SN&status=all')).toEqual(['test-labor-chemnitz', 'test-programm-sachsen']);
    expect(ids('state=SN&focus=industrie40&status=all')).toEqual(['test-programm-sachsen']);
    expect(ids('focus=mittelstand-digital,industrie40')).toEqual(['test-hub-ulm', 'test-zentrum-koeln']);
    expect(ids('kind=test-lab&status=planned')).toEqual(['test-labor-chemnitz']);
    expect(ids('programme=other&status=all')).toEqual(['test-labor-chemnitz']);
  });

  it('unknown values are ignored rather than emptying the result', () => {
    expect(ids('state=XX&focus=nope')).toEqual(ids(''));
  });
});

describe('selection downloads', () => {
  const records = [
    { id: 'a', name: 'A, "quoted"', focus: ['ki', 'industrie40'], lat: 48.1, website: null },
    { id: 'b', name: 'B', focus: ['ki'], lat: null, website: 'https://example.org' },
  ];
  it('narrows to the selected ids', () => {
    expect(selectRecords(records, new Set(['b'])).map((r) => r.id)).toEqual(['b']);
    expect(JSON.parse(selectionJson(selectRecords(records, new Set(['a']))))).toEqual([records[0]]);
  });
  it('writes CSV like the published file', () => {
    expect(selectionCsv(records, ['id', 'name', 'focus', 'lat', 'website'])).toBe(
      'id,name,focus,lat,website\na,"A, ""quoted""",ki|industrie40,48.1,\nb,B,ki,,https://example.org\n',
    );
  });
});

// Used by the type-check only: rows with extra fields are accepted.
const _row: FilterRow = { id: 'x', state: 'BW', focus: ['ki'], kind: 'hub', programme: 'edih', status: 'active' };
void _row;
