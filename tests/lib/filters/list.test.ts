import { describe, expect, it } from 'vitest';
import {
  LIST_PAGE_SIZE,
  defaultListView,
  listViewParams,
  pageOf,
  parseListView,
  groupRanks,
  sortByRanks,
  withListView,
} from '../../../src/lib/filters/list.ts';
import { sortRows } from '../../helpers/sort-reference.ts';

describe('list view in the URL', () => {
  it('defaults to name ascending, page 1, and omits the defaults', () => {
    expect(parseListView('')).toEqual(defaultListView());
    expect(listViewParams(defaultListView())).toEqual([]);
    expect(withListView('', defaultListView())).toBe('');
    expect(withListView('?state=SN', defaultListView())).toBe('?state=SN');
  });

  it('round-trips sort column, direction and page', () => {
    const v = parseListView('?state=SN&sort=-city&page=3');
    expect(v).toEqual({ sort: 'city', direction: 'descending', page: 3 });
    expect(withListView('?state=SN', v)).toBe('?state=SN&sort=-city&page=3');
    expect(withListView('', { sort: 'kind', direction: 'ascending', page: 1 })).toBe('?sort=kind');
    expect(parseListView(withListView('?q=x', v))).toEqual(v);
  });

  it.each([
    ['?sort=<script>&page=-2', defaultListView()],
    ['?sort=--city&page=1e3', defaultListView()],
    ['?page=0', defaultListView()],
    ['?page=99999999999', defaultListView()],
    ['?%E0%A4%A&sort=STATE', { sort: 'state', direction: 'ascending', page: 1 }],
  ])('ignores garbage: %s', (q, want) => {
    expect(parseListView(q)).toEqual(want);
  });
});

describe('sortRows', () => {
  const rows = [
    { id: 'a', city: 'Köln' },
    { id: 'b', city: 'aachen' },
    { id: 'c', city: 'Köln' },
    { id: 'd', city: '' },
  ];
  const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
  const value = (r: (typeof rows)[number]) => r.city;
  it('sorts by the column text with the collator, stable for ties in both directions', () => {
    expect(sortRows(rows, 'city', 'ascending', value, collator.compare).map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(sortRows(rows, 'city', 'descending', value, collator.compare).map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('pageOf', () => {
  it('cuts pages of LIST_PAGE_SIZE rows and clamps the page', () => {
    expect(pageOf(0, 1)).toEqual({ page: 1, pages: 1, start: 0, end: 0, total: 0 });
    expect(pageOf(223, 1)).toEqual({ page: 1, pages: 5, start: 0, end: LIST_PAGE_SIZE, total: 223 });
    expect(pageOf(223, 5)).toEqual({ page: 5, pages: 5, start: 200, end: 223, total: 223 });
    expect(pageOf(223, 9)).toEqual(pageOf(223, 5));
    expect(pageOf(223, 0)).toEqual(pageOf(223, 1));
    expect(pageOf(10, 2, 3)).toEqual({ page: 2, pages: 4, start: 3, end: 6, total: 10 });
  });
});

describe('groupRanks and sortByRanks', () => {
  it('give the same order as sortRows for every column and direction', () => {
    const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
    const cities = ['Köln', 'aachen', 'Köln', '', 'Zwickau', 'Aachen', 'Dresden 2', 'Dresden 10', 'Ölbronn'];
    const ranks = groupRanks(cities, collator.compare);
    expect(ranks[0]).toBe(ranks[2]);
    expect(ranks[1]).toBe(ranks[5]);
    const all = cities.map((_, i) => i);
    for (const dir of ['ascending', 'descending'] as const) {
      const subset = [8, 0, 3, 2, 6, 7, 1];
      const want = sortRows(
        [...subset].sort((a, b) => a - b),
        'city',
        dir,
        (i) => cities[i]!,
        collator.compare,
      );
      expect(sortByRanks(subset, ranks, dir)).toEqual(want);
      expect(sortByRanks(all, ranks, dir)).toEqual(sortRows(all, 'city', dir, (i) => cities[i]!, collator.compare));
    }
  });
});
