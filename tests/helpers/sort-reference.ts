/**
 * The reference order of the dashboard's result list, written the plain way: a stable sort of
 * the rows by a column's text. The page sorts by precomputed ranks instead
 * (src/lib/filters/list.ts: groupRanks, sortByRanks); tests compare the two.
 */
import type { SortDirection, SortKey } from '../../src/lib/filters/list.ts';

/**
 * Sort rows by the text of a column. Stable, so rows with equal values keep their input
 * order (the dashboard's rows come sorted by name); descending reverses the comparison only,
 * not the tie order.
 */
export function sortRows<T>(
  rows: readonly T[],
  key: SortKey,
  direction: SortDirection,
  valueOf: (row: T, key: SortKey) => string,
  compare: (a: string, b: string) => number,
): T[] {
  const keyed = rows.map((row, i) => ({ row, i, v: valueOf(row, key) }));
  const sign = direction === 'descending' ? -1 : 1;
  keyed.sort((a, b) => sign * compare(a.v, b.v) || a.i - b.i);
  return keyed.map((k) => k.row);
}
