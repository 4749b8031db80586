/**
 * The dashboard's result list as a view of the selection: sort column and direction, and
 * which page of it is shown. The list is rendered a page at a time, so its cost does not grow
 * with the data (10,000 rows used to mean 10,000 table rows in the page).
 * URL form, next to the filters (./state.ts): `sort=city` (ascending) or `sort=-city`
 * (descending), `page=3`; defaults (name ascending, page 1) are omitted. Parsing is total.
 * Pure (no DOM).
 */

/** Rows per page of the result list. */
export const LIST_PAGE_SIZE = 50;

export const SORT_KEYS = ['name', 'kind', 'programme', 'city', 'state'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ListView {
  sort: SortKey;
  direction: SortDirection;
  /** 1-based; may exceed the page count (it is clamped when a page is cut, see pageOf). */
  page: number;
}

export function defaultListView(): ListView {
  return { sort: 'name', direction: 'ascending', page: 1 };
}

/** Largest page number kept from a URL (anything above is clamped by pageOf anyway). */
const MAX_PAGE = 1_000_000;

export function parseListView(input: string | URLSearchParams): ListView {
  let params: URLSearchParams;
  try {
    params = input instanceof URLSearchParams ? input : new URLSearchParams(input.startsWith('?') ? input.slice(1) : input);
  } catch {
    params = new URLSearchParams();
  }
  const view = defaultListView();
  const sort = (params.get('sort') ?? '').trim().toLowerCase();
  const key = sort.replace(/^-/, '');
  if ((SORT_KEYS as readonly string[]).includes(key)) {
    view.sort = key as SortKey;
    view.direction = sort.startsWith('-') ? 'descending' : 'ascending';
  }
  const page = (params.get('page') ?? '').trim();
  if (/^\d{1,7}$/.test(page)) view.page = Math.min(MAX_PAGE, Math.max(1, Number(page)));
  return view;
}

/** Query-string parts of a list view (empty for the default), to append to the filters'. */
export function listViewParams(v: ListView): string[] {
  const parts: string[] = [];
  if (v.sort !== 'name' || v.direction !== 'ascending') parts.push(`sort=${v.direction === 'descending' ? '-' : ''}${v.sort}`);
  if (v.page > 1) parts.push(`page=${v.page}`);
  return parts;
}

/** Filters' query string ("" or "?…") with the list view's parts appended. */
export function withListView(filterQuery: string, v: ListView): string {
  const parts = listViewParams(v);
  if (parts.length === 0) return filterQuery;
  return filterQuery ? `${filterQuery}&${parts.join('&')}` : `?${parts.join('&')}`;
}


export interface PageSlice {
  /** The page shown, clamped to 1…pages. */
  page: number;
  /** At least 1 (an empty list has one empty page). */
  pages: number;
  /** Index of the first row shown (0-based) and one past the last. */
  start: number;
  end: number;
  total: number;
}

export function pageOf(total: number, page: number, size = LIST_PAGE_SIZE): PageSlice {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(pages, Math.max(1, Math.floor(page) || 1));
  const start = (p - 1) * size;
  return { page: p, pages, start, end: Math.min(total, start + size), total };
}

/** The collator the result list sorts with (server and browser alike). */
export function listCollator(locale: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}

/**
 * Group ranks of values for fast repeated sorting: rows with equal values (by `compare`) share
 * a rank, ranks increase with the value. Sorting a selection by rank is then an integer sort
 * instead of thousands of collator calls per filter change.
 */
export function groupRanks(values: readonly string[], compare: (a: string, b: string) => number): Int32Array {
  const order = values.map((_, i) => i).sort((a, b) => compare(values[a]!, values[b]!) || a - b);
  const ranks = new Int32Array(values.length);
  let rank = 0;
  order.forEach((index, n) => {
    if (n > 0 && compare(values[order[n - 1]!]!, values[index]!) !== 0) rank = n;
    ranks[index] = rank;
  });
  return ranks;
}

/**
 * Indices sorted by their group rank; ties keep ascending index order in both directions
 * (the same order as a stable sort by value when the indices are positions in a name-sorted
 * list; tests/helpers/sort-reference.ts is that reference).
 */
export function sortByRanks(indices: readonly number[], ranks: Int32Array, direction: SortDirection): number[] {
  const sign = direction === 'descending' ? -1 : 1;
  return [...indices].sort((a, b) => sign * (ranks[a]! - ranks[b]!) || a - b);
}
