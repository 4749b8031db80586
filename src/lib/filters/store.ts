/**
 * A tiny observable store for the dashboard: the filter state, the matching ids and the
 * selected initiative. The filter controller writes it; the map and chart islands read it
 * (React `useSyncExternalStore`). Pure (no DOM).
 */
import { applyFilters, type FilterRow, type IndexedRow } from './match.ts';
import type { FilterState } from './state.ts';

export interface DashboardSnapshot {
  filters: FilterState;
  /** Ids of the matching rows, in row order. */
  ids: readonly string[];
  idSet: ReadonlySet<string>;
  selectedId: string | undefined;
  /** Increases with every change (cheap equality for subscribers). */
  version: number;
}

export interface FilterStore<T extends FilterRow = FilterRow> {
  get(): DashboardSnapshot;
  /** Rows of the current selection. */
  selectedRows(): T[];
  setFilters(f: FilterState): void;
  select(id: string | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createFilterStore<T extends FilterRow>(index: readonly IndexedRow<T>[], initial: FilterState): FilterStore<T> {
  let rows = applyFilters(index, initial);
  const make = (filters: FilterState, selectedId: string | undefined, version: number): DashboardSnapshot => {
    const ids = rows.map((r) => r.id);
    return { filters, ids, idSet: new Set(ids), selectedId, version };
  };
  let snap = make(initial, undefined, 0);
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of [...listeners]) l();
  };
  return {
    get: () => snap,
    selectedRows: () => rows,
    setFilters(f) {
      rows = applyFilters(index, f);
      snap = make(f, snap.selectedId, snap.version + 1);
      emit();
    },
    select(id) {
      if (id === snap.selectedId) return;
      snap = { ...snap, selectedId: id, version: snap.version + 1 };
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
