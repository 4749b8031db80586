/**
 * Everything the dashboard (home page) renders, derived in one place from the dataset: the
 * filter options, the result rows, the map points, the charts for the default selection and
 * the compact payload the browser filters. Pure.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Initiative } from '../schemas/initiative.ts';
import { FOCI, KINDS, STATES, STATUSES } from '../schemas/vocab.ts';
import { label, type Locale } from '../site/i18n.ts';
import { paramRoutePath, withBase } from '../site/routes.ts';
import { applyFilters, buildFilterIndex, normaliseText, type FilterRow } from '../filters/match.ts';
import { defaultFilters, type FilterState, type ListFilterKey } from '../filters/state.ts';
import { CHART_BUILDERS, CHART_NAMES, type ChartContext, type ChartName, type ChartResult } from '../charts/builders.ts';
import { initiativesToPoints, type MapPointCollection } from '../map/points.ts';
import { LIST_PAGE_SIZE, listCollator, pageOf, type PageSlice } from '../filters/list.ts';

export interface FilterOption {
  id: string;
  label: string;
  /** Initiatives with this value in the whole dataset. */
  total: number;
}

export interface DashboardRow extends FilterRow {
  name: string;
  href: string;
  kindLabel: string;
  programmeLabel: string;
  stateLabel: string;
  city: string;
  geolocated: boolean;
}

/** One row as the browser gets it: filter fields, search text and what the list shows. */
export interface DashboardPayloadRow extends FilterRow {
  /** Normalised search text. */
  t: string;
  /** Name. */
  n: string;
  /** City ("" when none). */
  c: string;
}

/** What the browser needs to filter (fetched once, on the first interaction). */
export interface DashboardPayload {
  locale: Locale;
  programmeIds: string[];
  /** Sorted by name (listCollator of the page's locale), the list's default order. */
  rows: DashboardPayloadRow[];
  points: MapPointCollection;
  legend: { label: string; colour: string }[];
  chartContext: ChartContext;
  /** Columns of the published files, for the selection CSV. */
  columns: string[];
}

export interface DashboardViewData {
  total: number;
  /** The first page of the result list for the default selection, sorted by name. */
  firstPage: DashboardRow[];
  listPage: PageSlice;
  initial: FilterState;
  initialIds: Set<string>;
  options: Record<ListFilterKey, FilterOption[]>;
  charts: Record<ChartName, ChartResult>;
  perState: { id: string; label: string; total: number; selected: number }[];
  lastVerified: string | undefined;
  payload: DashboardPayload;
}

const termLabel = (terms: readonly { id: string; label_de: string; label_en: string }[], id: string, locale: Locale) => {
  const t = terms.find((x) => x.id === id);
  return t ? label(t, locale) : id;
};

/** Search text of an initiative: name, host, city and the description in the page's language. */
export function searchTextOf(i: Initiative, locale: Locale): string {
  const description = locale === 'en' ? (i.description_en ?? i.description_de) : i.description_de;
  return [i.name, i.host ?? '', i.city ?? '', description].join(' ');
}

export function getDashboardViewData(dataset: Dataset, locale: Locale, base: string, columns: readonly string[]): DashboardViewData {
  const v = dataset.vocabularies;
  const byName = listCollator(locale);
  const items = [...dataset.initiatives].sort((a, b) => byName.compare(a.name, b.name));
  const programmeName = (id: string) => {
    const p = dataset.programmes.find((x) => x.id === id);
    return p ? (locale === 'de' ? p.name_de : p.name_en) : id;
  };
  const href = (id: string) => withBase(base, paramRoutePath('initiative', locale, id));
  /** The fields the filters read. */
  const filterFields = (i: Initiative): FilterRow => ({
    id: i.id,
    state: i.state,
    focus: i.focus,
    kind: i.kind,
    programme: i.programme,
    status: i.status,
  });
  const row = (i: Initiative): DashboardRow => ({
    ...filterFields(i),
    name: i.name,
    href: href(i.id),
    kindLabel: termLabel(v.kind, i.kind, locale),
    programmeLabel: programmeName(i.programme),
    stateLabel: termLabel(v.state, i.state, locale),
    city: i.city ?? '',
    geolocated: i.lat !== undefined && i.lon !== undefined,
  });

  const initial = defaultFilters();
  const index = buildFilterIndex(items, (i) => searchTextOf(i, locale));
  const selected = applyFilters(index, initial);
  const initialIds = new Set(selected.map((i) => i.id));
  const listPage = pageOf(selected.length, 1, LIST_PAGE_SIZE);

  const count = (pred: (i: Initiative) => boolean) => items.filter(pred).length;
  const usedProgrammes = dataset.programmes.filter((p) => items.some((i) => i.programme === p.id));
  const options: Record<ListFilterKey, FilterOption[]> = {
    state: STATES.map((id) => ({ id, label: termLabel(v.state, id, locale), total: count((i) => i.state === id) })),
    focus: FOCI.map((id) => ({ id, label: termLabel(v.focus, id, locale), total: count((i) => i.focus.includes(id)) })),
    kind: KINDS.map((id) => ({ id, label: termLabel(v.kind, id, locale), total: count((i) => i.kind === id) })),
    programme: usedProgrammes
      .map((p) => ({ id: p.id, label: programmeName(p.id), total: count((i) => i.programme === p.id) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    status: STATUSES.map((id) => ({ id, label: termLabel(v.status, id, locale), total: count((i) => i.status === id) })),
  };

  const chartContext: ChartContext = {
    locale,
    vocabularies: { state: v.state, kind: v.kind, focus: v.focus },
    programmes: dataset.programmes.map((p) => ({ id: p.id, name_de: p.name_de, name_en: p.name_en })),
    population: dataset.population.map((p) => ({ state: p.state, population: p.population, reference_date: p.reference_date, source: p.source })),
  };
  const charts = Object.fromEntries(CHART_NAMES.map((n) => [n, CHART_BUILDERS[n](selected, chartContext)])) as Record<ChartName, ChartResult>;

  const focusColour = (i: Initiative) => v.focus.find((f) => f.id === i.focus[0])?.color ?? '#5f6368';
  const points = initiativesToPoints(items, {
    colourOf: focusColour,
    hrefOf: (i) => href(i.id),
    detailsOf: (i) => {
      const address = [i.street, [i.postcode, i.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
      return [
        termLabel(v.kind, i.kind, locale),
        programmeName(i.programme),
        i.focus.map((f) => termLabel(v.focus, f, locale)).join(', '),
        address,
      ].filter(Boolean);
    },
  });

  return {
    total: items.length,
    firstPage: selected.slice(listPage.start, listPage.end).map(row),
    listPage,
    initial,
    initialIds,
    options,
    charts,
    perState: STATES.map((id) => ({
      id,
      label: termLabel(v.state, id, locale),
      total: count((i) => i.state === id),
      selected: selected.filter((i) => i.state === id).length,
    })),
    lastVerified: items.map((i) => i.last_verified).sort().at(-1),
    payload: {
      locale,
      programmeIds: dataset.programmes.map((p) => p.id),
      rows: items.map((i) => ({
        ...filterFields(i),
        t: ` ${normaliseText(searchTextOf(i, locale))} `,
        n: i.name,
        c: i.city ?? '',
      })),
      points,
      legend: v.focus.map((f) => ({ label: label(f, locale), colour: f.color })),
      chartContext,
      columns: [...columns],
    },
  };
}
