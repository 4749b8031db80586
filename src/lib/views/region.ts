/** Everything a region (state) page renders, derived in one place. Pure. */
import { buildKindOption, buildPerCapitaOption, buildProgrammeOption, type ChartResult } from '../charts/builders.ts';
import { countBy } from '../data/aggregate.ts';
import type { Dataset } from '../data/dataset.ts';
import { FOCI, STATES, STATUSES, type StateCode } from '../schemas/vocab.ts';
import { formatNumber, type Locale } from '../site/i18n.ts';
import { formatDate, pm } from '../site/messages/pages.ts';
import { byName, findProgramme, paramHref, programmeName, regionId, termColour, termLabel, type PageContext } from './common.ts';

export interface CountRow {
  id: string;
  label: string;
  count: number;
  colour?: string;
  href?: string;
}

export interface ComparisonRow {
  state: StateCode;
  label: string;
  href: string;
  count: number;
  population: number;
  per100k: number;
  per100kText: string;
  current: boolean;
}

export interface RegionListItem {
  id: string;
  name: string;
  href: string;
  kind: string;
  city: string | undefined;
  status: string;
}

export interface RegionViewData {
  state: StateCode;
  label: string;
  total: number;
  active: number;
  withPosition: number;
  programmes: number;
  per100kText: string;
  byFocus: CountRow[];
  byStatus: CountRow[];
  byProgramme: CountRow[];
  comparison: ComparisonRow[];
  populationNote: string;
  list: RegionListItem[];
  others: { label: string; href: string }[];
  /** Charts from the dashboard's builders: all states per 100,000 inhabitants; this state by kind and by programme. */
  charts: { perCapita: ChartResult; kind: ChartResult; programme: ChartResult };
}

/** Region route ids (bw, nw, sn) for getStaticPaths. */
export const REGION_IDS = STATES.map(regionId);

export function stateOfRegionId(id: string): StateCode {
  const s = STATES.find((x) => regionId(x) === id);
  if (!s) throw new Error(`unknown region "${id}"`);
  return s;
}

export function per100k(count: number, population: number): number {
  return population > 0 ? (count / population) * 100_000 : 0;
}

export function getRegionViewData(dataset: Dataset, state: StateCode, locale: Locale, ctx: PageContext): RegionViewData {
  const m = pm(locale);
  const items = dataset.initiatives.filter((i) => i.state === state);
  const rows = <K extends string>(keys: readonly K[], vocab: 'kind' | 'focus' | 'status', keyOf: Parameters<typeof countBy<K>>[2]): CountRow[] =>
    [...countBy(items, keys, keyOf)].map(([id, count]) => ({
      id,
      label: termLabel(dataset, vocab, id, locale),
      count,
      colour: termColour(dataset, vocab, id),
    }));
  const programmeIds = [...new Set(items.map((i) => i.programme))];
  const byProgramme = [...countBy(items, programmeIds, (i) => i.programme)]
    .map(([id, count]) => {
      const p = findProgramme(dataset, id);
      return { id, count, label: p ? programmeName(p, locale) : id, href: paramHref(ctx, 'programme', locale, id) };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const counts = countBy(dataset.initiatives, STATES, (i) => i.state);
  const chartCtx = { locale, vocabularies: dataset.vocabularies, programmes: dataset.programmes, population: dataset.population };
  const comparison = STATES.map((s): ComparisonRow => {
    const population = dataset.population.find((p) => p.state === s)?.population ?? 0;
    const count = counts.get(s) ?? 0;
    const value = per100k(count, population);
    return {
      state: s,
      label: termLabel(dataset, 'state', s, locale),
      href: paramHref(ctx, 'region', locale, regionId(s)),
      count,
      population,
      per100k: value,
      per100kText: formatNumber(value, locale, 2),
      current: s === state,
    };
  });
  return {
    state,
    label: termLabel(dataset, 'state', state, locale),
    total: items.length,
    active: items.filter((i) => i.status === 'active').length,
    withPosition: items.filter((i) => i.lat !== undefined).length,
    programmes: programmeIds.length,
    per100kText: comparison.find((c) => c.current)!.per100kText,
    byFocus: rows(FOCI, 'focus', (i) => i.focus),
    byStatus: rows(STATUSES, 'status', (i) => i.status),
    byProgramme,
    comparison,
    populationNote: dataset.population
      .map((p) => `${termLabel(dataset, 'state', p.state, locale)}: ${m.populationSource(formatDate(p.reference_date, locale), p.source)}`)
      .join('; '),
    list: [...items].sort(byName(locale)).map((i) => ({
      id: i.id,
      name: i.name,
      href: paramHref(ctx, 'initiative', locale, i.id),
      kind: termLabel(dataset, 'kind', i.kind, locale),
      city: i.city,
      status: termLabel(dataset, 'status', i.status, locale),
    })),
    charts: {
      perCapita: buildPerCapitaOption(dataset.initiatives, chartCtx),
      kind: buildKindOption(items, chartCtx),
      programme: buildProgrammeOption(items, chartCtx),
    },
    others: STATES.filter((s) => s !== state).map((s) => ({
      label: termLabel(dataset, 'state', s, locale),
      href: paramHref(ctx, 'region', locale, regionId(s)),
    })),
  };
}
