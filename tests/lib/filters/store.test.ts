import { describe, expect, it } from 'vitest';
import { createFilterStore } from '../../../src/lib/filters/store.ts';
import { buildFilterIndex, type FilterRow } from '../../../src/lib/filters/match.ts';
import { defaultFilters } from '../../../src/lib/filters/state.ts';

const rows: (FilterRow & { name: string })[] = [
  { id: 'a', name: 'Köln Hub', state: 'NW', focus: ['ki'], kind: 'hub', programme: 'edih', status: 'active' },
  { id: 'b', name: 'Ulm Lab', state: 'BW', focus: ['industrie40'], kind: 'test-lab', programme: 'other', status: 'ended' },
  { id: 'c', name: 'Chemnitz', state: 'SN', focus: ['ki', 'mittelstand-digital'], kind: 'support-centre', programme: 'edih', status: 'active' },
];
const index = buildFilterIndex(rows, (r) => r.name);

describe('createFilterStore', () => {
  it('starts from the initial filters and notifies subscribers on change', () => {
    const store = createFilterStore(index, defaultFilters());
    expect(store.get().ids).toEqual(['a', 'c']);
    const seen: number[] = [];
    const off = store.subscribe(() => seen.push(store.get().version));
    store.setFilters({ ...defaultFilters(), status: [], q: 'ulm' });
    expect(store.get().ids).toEqual(['b']);
    expect(store.get().idSet.has('b')).toBe(true);
    expect(store.selectedRows().map((r) => r.name)).toEqual(['Ulm Lab']);
    store.select('b');
    expect(store.get().selectedId).toBe('b');
    store.select('b'); // no change, no notification
    off();
    store.setFilters(defaultFilters());
    expect(seen).toEqual([1, 2]);
    expect(store.get().selectedId).toBe('b');
  });

  it('gives a new snapshot object per change (for useSyncExternalStore) and the same one otherwise', () => {
    const store = createFilterStore(index, defaultFilters());
    const a = store.get();
    expect(store.get()).toBe(a);
    store.setFilters({ ...defaultFilters(), state: ['SN'] });
    expect(store.get()).not.toBe(a);
    expect(store.get().ids).toEqual(['c']);
  });
});
