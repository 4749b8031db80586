/**
 * Chart builders: pure functions `build<Name>Option(data, opts)` that turn initiatives into an
 * ECharts option plus the same figures as a table (for the data-table alternative and the CSV
 * download) — or into an empty-state reason. No DOM, no ECharts runtime import (types only),
 * so the filter controller can rebuild tables without loading ECharts.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { formatNumber, label, type Locale } from '../site/i18n.ts';
import { dt } from '../site/messages/dashboard.ts';
import { FOCI, KINDS, STATES, type Focus, type Kind, type StateCode } from '../schemas/vocab.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** The fields of an initiative the charts read. */
export interface ChartRow {
  id: string;
  state: StateCode;
  focus: readonly Focus[];
  kind: Kind;
  programme: string;
}

export interface ChartContext {
  locale: Locale;
  vocabularies: Pick<Vocabularies, 'state' | 'kind' | 'focus'>;
  /** Programme names (id → name in the page's locale is derived from name_de/name_en). */
  programmes: readonly { id: string; name_de: string; name_en: string }[];
  /** Inhabitants per state, for per-capita figures. */
  population?: readonly { state: string; population: number; reference_date: string; source: string }[];
}

export interface ChartTableColumn {
  label: string;
  numeric: boolean;
}

/** A chart's figures as a table: the accessible alternative and the CSV download. */
export interface ChartTable {
  columns: ChartTableColumn[];
  /** Display rows (numbers already formatted for the locale). */
  rows: string[][];
  /** The same rows with raw values, for CSV. */
  raw: (string | number)[][];
}

export type ChartResult =
  | { ok: true; option: ChartOption; table: ChartTable; n: number; height: number }
  | { ok: false; reason: string; table: ChartTable; n: number; height: number };

export const CHART_NAMES = ['stateFocus', 'kind', 'programme', 'perCapita'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export const CHART_FONT = "'Fira Sans', system-ui, sans-serif";
const TEXT = '#1b1b1b';
const AXIS = '#5f6368';
const SPLIT = '#d0d4d9';

/**
 * Options are plain JSON (no formatter functions) so they can be passed as island props and
 * rendered on the server; locale-formatted numbers are given as literal label texts.
 */
const base = (_locale: Locale): ChartOption => ({
  animation: false,
  textStyle: { fontFamily: CHART_FONT, color: TEXT, fontSize: 13 },
  aria: { enabled: true, decal: { show: false } },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
  grid: { left: 8, right: 24, top: 40, bottom: 8 },
});

const valueAxis = () => ({
  type: 'value' as const,
  minInterval: 1,
  axisLabel: { color: AXIS },
  splitLine: { lineStyle: { color: SPLIT } },
});

const termLabel = (terms: readonly { id: string; label_de: string; label_en: string }[], id: string, locale: Locale) => {
  const term = terms.find((t) => t.id === id);
  return term ? label(term, locale) : id;
};

const termColour = (terms: readonly { id: string; color: string }[], id: string) => terms.find((t) => t.id === id)?.color ?? '#5f6368';

function emptyResult(reason: string, columns: ChartTableColumn[], height: number): ChartResult {
  return { ok: false, reason, table: { columns, rows: [], raw: [] }, n: 0, height };
}

/** Initiatives by state and focus (grouped bars; multi-focus initiatives count for each focus). */
function buildStateFocusOptionRaw(data: readonly ChartRow[], opts: ChartContext): ChartResult {
  const { locale, vocabularies: v } = opts;
  const columns: ChartTableColumn[] = [
    { label: dt(locale, 'colState'), numeric: false },
    ...FOCI.map((f) => ({ label: termLabel(v.focus, f, locale), numeric: true })),
    { label: dt(locale, 'colFocusTotal'), numeric: true },
  ];
  const height = 320;
  if (data.length === 0) return emptyResult(dt(locale, 'chartEmpty'), columns, height);
  // Counted in typed arrays indexed by state and focus position: this runs on every filter
  // change over the whole selection (tens of thousands of rows at scale).
  const stateIndex = new Map<string, number>(STATES.map((s, i) => [s, i]));
  const focusIndex = new Map<string, number>(FOCI.map((f, i) => [f, i]));
  const cells = new Int32Array(STATES.length * FOCI.length);
  const stateTotals = new Int32Array(STATES.length);
  for (const row of data) {
    const si = stateIndex.get(row.state);
    if (si === undefined) continue;
    stateTotals[si]! += 1;
    for (const f of row.focus) {
      const fi = focusIndex.get(f);
      if (fi !== undefined) cells[si * FOCI.length + fi]! += 1;
    }
  }
  const count = (s: string, f: string) => cells[stateIndex.get(s)! * FOCI.length + focusIndex.get(f)!]!;
  const totals = new Map<string, number>(STATES.map((s, i) => [s, stateTotals[i]!]));
  const counts = new Map<string, number>(STATES.flatMap((s) => FOCI.map((f) => [`${s}|${f}`, count(s, f)] as [string, number])));
  const states = STATES.filter((s) => (totals.get(s) ?? 0) > 0);
  const raw = states.map((s) => [
    termLabel(v.state, s, locale),
    ...FOCI.map((f) => counts.get(`${s}|${f}`) ?? 0),
    totals.get(s) ?? 0,
  ]);
  const option: ChartOption = {
    ...base(locale),
    legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: TEXT } },
    xAxis: { type: 'category', data: states.map((s) => termLabel(v.state, s, locale)), axisLabel: { color: TEXT, interval: 0 } },
    yAxis: valueAxis(),
    series: FOCI.map((f) => ({
      type: 'bar',
      name: termLabel(v.focus, f, locale),
      itemStyle: { color: termColour(v.focus, f) },
      data: states.map((s) => counts.get(`${s}|${f}`) ?? 0),
      barMaxWidth: 48,
    })),
  };
  return { ok: true, option, table: tableOf(columns, raw, locale), n: data.length, height };
}

/** Initiatives by kind of offer (horizontal bars, one colour per kind). */
function buildKindOptionRaw(data: readonly ChartRow[], opts: ChartContext): ChartResult {
  const { locale, vocabularies: v } = opts;
  const columns: ChartTableColumn[] = [
    { label: dt(locale, 'colKind'), numeric: false },
    { label: dt(locale, 'colInitiatives'), numeric: true },
  ];
  const counts = new Map<Kind, number>();
  for (const row of data) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  const kinds = KINDS.filter((k) => (counts.get(k) ?? 0) > 0);
  const height = Math.max(160, 48 + kinds.length * 36);
  if (data.length === 0) return emptyResult(dt(locale, 'chartEmpty'), columns, 200);
  const raw = kinds.map((k) => [termLabel(v.kind, k, locale), counts.get(k) ?? 0]);
  const reversed = [...kinds].reverse(); // largest category axis value on top
  const option: ChartOption = {
    ...base(locale),
    grid: { left: 8, right: 32, top: 8, bottom: 8 },
    xAxis: valueAxis(),
    yAxis: {
      type: 'category',
      data: reversed.map((k) => termLabel(v.kind, k, locale)),
      axisLabel: { color: TEXT, width: 180, overflow: 'break' },
    },
    series: [
      {
        type: 'bar',
        name: dt(locale, 'colInitiatives'),
        data: reversed.map((k) => ({ value: counts.get(k) ?? 0, itemStyle: { color: termColour(v.kind, k) } })),
        label: { show: true, position: 'right', color: TEXT },
        barMaxWidth: 28,
      },
    ],
  };
  return { ok: true, option, table: tableOf(columns, raw, locale), n: data.length, height };
}

/** How many programmes get their own bar; the rest is summed up. */
export const PROGRAMME_BARS = 10;

/** Initiatives by programme, largest first; beyond PROGRAMME_BARS the rest is one bar. */
function buildProgrammeOptionRaw(data: readonly ChartRow[], opts: ChartContext): ChartResult {
  const { locale } = opts;
  const columns: ChartTableColumn[] = [
    { label: dt(locale, 'colProgramme'), numeric: false },
    { label: dt(locale, 'colInitiatives'), numeric: true },
  ];
  if (data.length === 0) return emptyResult(dt(locale, 'chartEmpty'), columns, 200);
  const counts = new Map<string, number>();
  for (const row of data) counts.set(row.programme, (counts.get(row.programme) ?? 0) + 1);
  const name = (id: string) => {
    const p = opts.programmes.find((x) => x.id === id);
    return p ? (locale === 'de' ? p.name_de : p.name_en) : id;
  };
  const sorted = [...counts.entries()]
    .map(([id, n]) => ({ label: name(id), n }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label, locale));
  const raw = sorted.map((s) => [s.label, s.n]);
  let bars = sorted;
  if (sorted.length > PROGRAMME_BARS) {
    const rest = sorted.slice(PROGRAMME_BARS - 1).reduce((sum, s) => sum + s.n, 0);
    bars = [...sorted.slice(0, PROGRAMME_BARS - 1), { label: dt(locale, 'otherProgrammes'), n: rest }];
  }
  const reversed = [...bars].reverse();
  const height = Math.max(160, 48 + bars.length * 36);
  const option: ChartOption = {
    ...base(locale),
    grid: { left: 8, right: 32, top: 8, bottom: 8 },
    xAxis: valueAxis(),
    yAxis: {
      type: 'category',
      data: reversed.map((b) => b.label),
      axisLabel: { color: TEXT, width: 200, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: dt(locale, 'colInitiatives'),
        data: reversed.map((b) => b.n),
        itemStyle: { color: '#1f5f99' },
        label: { show: true, position: 'right', color: TEXT },
        barMaxWidth: 28,
      },
    ],
  };
  return { ok: true, option, table: tableOf(columns, raw, locale), n: data.length, height };
}

/** Initiatives per 100,000 inhabitants by state. */
function buildPerCapitaOptionRaw(data: readonly ChartRow[], opts: ChartContext): ChartResult {
  const { locale, vocabularies: v } = opts;
  const columns: ChartTableColumn[] = [
    { label: dt(locale, 'colState'), numeric: false },
    { label: dt(locale, 'colInitiatives'), numeric: true },
    { label: dt(locale, 'colPopulation'), numeric: true },
    { label: dt(locale, 'colPer100k'), numeric: true },
  ];
  const height = 280;
  if (data.length === 0) return emptyResult(dt(locale, 'chartEmpty'), columns, height);
  const counts = new Map<string, number>();
  for (const row of data) counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
  const pop = new Map((opts.population ?? []).map((p) => [p.state, p.population]));
  const states = STATES.filter((s) => (counts.get(s) ?? 0) > 0 && (pop.get(s) ?? 0) > 0);
  if (states.length === 0) return emptyResult(dt(locale, 'chartNoPopulation'), columns, height);
  const rate = (s: string) => Math.round(((counts.get(s) ?? 0) / (pop.get(s) ?? 1)) * 100_000 * 100) / 100;
  const raw = states.map((s) => [termLabel(v.state, s, locale), counts.get(s) ?? 0, pop.get(s) ?? 0, rate(s)]);
  const option: ChartOption = {
    ...base(locale),
    grid: { left: 8, right: 24, top: 24, bottom: 8 },
    xAxis: { type: 'category', data: states.map((s) => termLabel(v.state, s, locale)), axisLabel: { color: TEXT, interval: 0 } },
    yAxis: { ...valueAxis(), minInterval: 0, axisLabel: { show: false } },
    series: [
      {
        type: 'bar',
        name: dt(locale, 'colPer100k'),
        data: states.map((s) => ({
          value: rate(s),
          itemStyle: { color: termColour(v.state, s) },
          label: { formatter: formatNumber(rate(s), locale, 2) },
        })),
        label: { show: true, position: 'top', color: TEXT },
        barMaxWidth: 64,
      },
    ],
  };
  return { ok: true, option, table: tableOf(columns, raw, locale, [undefined, 0, 0, 2]), n: data.length, height };
}

export const CHART_BUILDERS: Record<ChartName, (data: readonly ChartRow[], opts: ChartContext) => ChartResult> = {
  stateFocus: (d, o) => withDescription(buildStateFocusOptionRaw(d, o), dt(o.locale, 'chartStateFocus')),
  kind: (d, o) => withDescription(buildKindOptionRaw(d, o), dt(o.locale, 'chartKind')),
  programme: (d, o) => withDescription(buildProgrammeOptionRaw(d, o), dt(o.locale, 'chartProgramme')),
  perCapita: (d, o) => withDescription(buildPerCapitaOptionRaw(d, o), dt(o.locale, 'chartPerCapita')),
};

/** Chart titles (also used as the accessible name). */
export const CHART_TITLES: Record<ChartName, 'chartStateFocus' | 'chartKind' | 'chartProgramme' | 'chartPerCapita'> = {
  stateFocus: 'chartStateFocus',
  kind: 'chartKind',
  programme: 'chartProgramme',
  perCapita: 'chartPerCapita',
};
export const CHART_CAPTIONS: Record<ChartName, 'chartStateFocusCaption' | 'chartKindCaption' | 'chartProgrammeCaption' | 'chartPerCapitaCaption'> = {
  stateFocus: 'chartStateFocusCaption',
  kind: 'chartKindCaption',
  programme: 'chartProgrammeCaption',
  perCapita: 'chartPerCapitaCaption',
};

export function buildStateFocusOption(data: readonly ChartRow[], opts: ChartContext): ChartResult {
  return CHART_BUILDERS.stateFocus(data, opts);
}
export function buildKindOption(data: readonly ChartRow[], opts: ChartContext): ChartResult {
  return CHART_BUILDERS.kind(data, opts);
}
export function buildProgrammeOption(data: readonly ChartRow[], opts: ChartContext): ChartResult {
  return CHART_BUILDERS.programme(data, opts);
}
export function buildPerCapitaOption(data: readonly ChartRow[], opts: ChartContext): ChartResult {
  return CHART_BUILDERS.perCapita(data, opts);
}

/**
 * Our own accessible description (ECharts' generated one is English only): title, then each
 * table row as "label: values".
 */
export function describeChart(title: string, table: ChartTable): string {
  const cols = table.columns.slice(1).map((c) => c.label);
  const rows = table.rows.map((r) => `${r[0]}: ${r.slice(1).map((v, i) => `${cols[i]} ${v}`).join(', ')}`);
  return `${title}. ${rows.join('; ')}.`;
}

/** Attach the accessible description to a successful result. */
function withDescription(result: ChartResult, title: string): ChartResult {
  if (!result.ok) return result;
  return { ...result, option: { ...result.option, aria: { enabled: true, decal: { show: false }, label: { enabled: true, description: describeChart(title, result.table) } } } };
}

function tableOf(
  columns: ChartTableColumn[],
  raw: (string | number)[][],
  locale: Locale,
  digits: (number | undefined)[] = [],
): ChartTable {
  return {
    columns,
    raw,
    rows: raw.map((r) => r.map((cell, i) => (typeof cell === 'number' ? formatNumber(cell, locale, digits[i] ?? 0) : cell))),
  };
}

/** CSV (RFC 4180, comma, CRLF) of a chart table with raw numbers. */
export function tableToCsv(table: ChartTable): string {
  const esc = (c: string | number) => {
    const s = String(c);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [table.columns.map((c) => esc(c.label)), ...table.raw.map((r) => r.map(esc))].map((r) => r.join(',')).join('\r\n') + '\r\n';
}
