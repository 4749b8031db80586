import { describe, expect, it } from 'vitest';
import {
  CHART_BUILDERS,
  CHART_NAMES,
  PROGRAMME_BARS,
  buildKindOption,
  buildPerCapitaOption,
  buildProgrammeOption,
  buildStateFocusOption,
  tableToCsv,
  type ChartContext,
  type ChartRow,
} from '../../../src/lib/charts/builders.ts';
import { renderChartSvg } from '../../../src/lib/charts/ssr.ts';
import { loadDataset } from '../../../src/lib/data/load-node.ts';

const { dataset } = loadDataset({ initiativesFile: 'tests/fixtures/initiatives.csv' });
const ds = dataset!;
const ctx = (locale: 'de' | 'en' = 'de'): ChartContext => ({
  locale,
  vocabularies: ds.vocabularies,
  programmes: ds.programmes,
  population: ds.population,
});
const rows: ChartRow[] = [
  { id: 'a', state: 'BW', focus: ['ki', 'industrie40'], kind: 'hub', programme: 'digital-hubs-bw' },
  { id: 'b', state: 'BW', focus: ['ki'], kind: 'research', programme: 'ki-kompetenzzentren' },
  { id: 'c', state: 'SN', focus: ['mittelstand-digital'], kind: 'support-centre', programme: 'mittelstand-digital' },
  { id: 'd', state: 'NW', focus: ['mittelstand-digital'], kind: 'support-centre', programme: 'mittelstand-digital' },
];

const seriesData = (option: unknown) =>
  ((option as { series: { name?: string; data: (number | { value: number })[] }[] }).series).map((s) => ({
    name: s.name,
    data: s.data.map((d) => (typeof d === 'number' ? d : d.value)),
  }));

describe('empty state', () => {
  it.each(CHART_NAMES)('%s returns a reason instead of an empty chart', (name) => {
    const r = CHART_BUILDERS[name]([], ctx());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('Keine Initiativen für diese Filter.');
    expect(r.table.rows).toEqual([]);
    expect(r.table.columns.length).toBeGreaterThan(1);
    const en = CHART_BUILDERS[name]([], ctx('en'));
    if (!en.ok) expect(en.reason).toBe('No initiatives for these filters.');
  });
});

describe('buildStateFocusOption', () => {
  const r = buildStateFocusOption(rows, ctx());
  it('counts each focus of an initiative, and each initiative once in the total column', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.option.xAxis as { data: string[] }).data).toEqual(['Baden-Württemberg', 'Nordrhein-Westfalen', 'Sachsen']);
    expect(seriesData(r.option)).toEqual([
      { name: 'Industrie 4.0', data: [1, 0, 0] },
      { name: 'Künstliche Intelligenz', data: [2, 0, 0] },
      { name: 'Mittelstand-Digital', data: [0, 1, 1] },
    ]);
    expect(r.table.raw).toEqual([
      ['Baden-Württemberg', 1, 2, 0, 2],
      ['Nordrhein-Westfalen', 0, 0, 1, 1],
      ['Sachsen', 0, 0, 1, 1],
    ]);
    expect(r.n).toBe(4);
  });
  it('uses the vocabulary colours and English labels on English pages', () => {
    const en = buildStateFocusOption(rows, ctx('en'));
    if (!en.ok) throw new Error('expected a chart');
    expect((en.option.xAxis as { data: string[] }).data).toContain('North Rhine-Westphalia');
    const colours = (en.option.series as { itemStyle: { color: string } }[]).map((s) => s.itemStyle.color);
    expect(colours).toEqual(ds.vocabularies.focus.map((f) => f.color));
  });
  it('is plain JSON (no functions), so it can be an island prop', () => {
    if (!r.ok) throw new Error('expected a chart');
    expect(JSON.parse(JSON.stringify(r.option))).toEqual(r.option);
  });
});

describe('buildKindOption', () => {
  it('shows only kinds that occur, largest category on top', () => {
    const r = buildKindOption(rows, ctx());
    if (!r.ok) throw new Error('expected a chart');
    expect(r.table.raw).toEqual([
      ['Anlaufstelle / Zentrum', 2],
      ['Digital Hub', 1],
      ['Forschung & Transfer', 1],
    ]);
    expect((r.option.yAxis as { data: string[] }).data).toEqual(['Forschung & Transfer', 'Digital Hub', 'Anlaufstelle / Zentrum']);
  });
});

describe('buildProgrammeOption', () => {
  it('sorts by count and names programmes in the page language', () => {
    const r = buildProgrammeOption(rows, ctx('en'));
    if (!r.ok) throw new Error('expected a chart');
    expect(r.table.raw[0]).toEqual(['Mittelstand-Digital centres', 2]);
    expect(r.table.raw).toHaveLength(3);
  });
  it(`sums up programmes beyond ${PROGRAMME_BARS} bars but lists all in the table`, () => {
    const many: ChartRow[] = ds.programmes.map((p, i) => ({ id: `x${i}`, state: 'BW', focus: ['ki'], kind: 'hub', programme: p.id }));
    const r = buildProgrammeOption(many, ctx());
    if (!r.ok) throw new Error('expected a chart');
    expect(r.table.raw).toHaveLength(ds.programmes.length);
    const bars = seriesData(r.option)[0]!.data;
    expect(bars).toHaveLength(PROGRAMME_BARS);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(many.length);
    expect((r.option.yAxis as { data: string[] }).data[0]).toBe('Weitere Programme');
  });
});

describe('buildPerCapitaOption', () => {
  it('divides by the population and formats decimals for the locale', () => {
    const r = buildPerCapitaOption(rows, ctx());
    if (!r.ok) throw new Error('expected a chart');
    const bw = ds.population.find((p) => p.state === 'BW')!.population;
    const expected = Math.round((2 / bw) * 100_000 * 100) / 100;
    expect(r.table.raw[0]).toEqual(['Baden-Württemberg', 2, bw, expected]);
    expect(r.table.rows[0]![3]).toBe(expected.toFixed(2).replace('.', ','));
    expect(r.table.rows[0]![2]).toContain('.'); // German thousands separator
  });
  it('gives a reason when population figures are missing', () => {
    const r = buildPerCapitaOption(rows, { ...ctx(), population: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('Für diese Auswahl liegen keine Einwohnerzahlen vor.');
  });
});

describe('tableToCsv', () => {
  it('writes raw numbers and quotes where needed', () => {
    const r = buildKindOption(rows, ctx());
    expect(tableToCsv(r.table)).toBe('Art,Initiativen\r\nAnlaufstelle / Zentrum,2\r\nDigital Hub,1\r\nForschung & Transfer,1\r\n');
    expect(tableToCsv({ columns: [{ label: 'a,b', numeric: false }], rows: [], raw: [['x "y"']] })).toBe('"a,b"\r\n"x ""y"""\r\n');
  });
});

describe('renderChartSvg (build-time SSR)', () => {
  it('renders an SVG with the category labels, without a browser', () => {
    const r = buildStateFocusOption(rows, ctx());
    if (!r.ok) throw new Error('expected a chart');
    const svg = renderChartSvg(r.option, 640, r.height);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Sachsen');
    expect(svg).toContain('height="320"');
  });
});

describe('accessible description', () => {
  it('is in the page language and names every row', () => {
    const r = buildKindOption(rows, ctx());
    if (!r.ok) throw new Error('expected a chart');
    const aria = r.option.aria as { label: { description: string } };
    expect(aria.label.description).toBe(
      'Initiativen nach Art des Angebots. Anlaufstelle / Zentrum: Initiativen 2; Digital Hub: Initiativen 1; Forschung & Transfer: Initiativen 1.',
    );
  });
});
