/**
 * The page-wide dashboard store, created once from the JSON payload at the URL in the
 * `data-payload-url` attribute of `[data-dashboard]` (fetched on first use, same origin).
 * Kept on globalThis under a registered symbol so the controller script and every island
 * share one instance even if the bundler duplicates this module.
 */
import { createFilterStore, type FilterStore } from '../../lib/filters/store.ts';
import { parseFilters } from '../../lib/filters/state.ts';
import type { DashboardPayload, DashboardPayloadRow } from '../../lib/views/dashboard.ts';

const KEY = Symbol.for('digitalatlas.dashboard');

export interface Dashboard {
  payload: DashboardPayload;
  store: FilterStore<DashboardPayloadRow>;
}

type Holder = { [KEY]?: Promise<Dashboard | undefined>; [key: symbol]: unknown };
const LOADED = Symbol.for('digitalatlas.dashboard.loaded');

/** The dashboard if it has already been loaded (synchronous). */
export function peekDashboard(): Dashboard | undefined {
  if (typeof document === 'undefined') return undefined;
  return (globalThis as unknown as Holder)[LOADED] as Dashboard | undefined;
}

/** Load (once) the dashboard of this page; undefined on the server or pages without one. */
export function loadDashboard(): Promise<Dashboard | undefined> {
  if (typeof document === 'undefined') return Promise.resolve(undefined);
  const holder = globalThis as unknown as Holder;
  holder[KEY] ??= (async () => {
    const url = document.querySelector<HTMLElement>('[data-dashboard]')?.dataset.payloadUrl;
    if (!url) return undefined;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`dashboard data: HTTP ${response.status}`);
    const payload = (await response.json()) as DashboardPayload;
    const index = payload.rows.map((row) => ({ row, text: row.t }));
    const initial = parseFilters(window.location.search, { programmeIds: payload.programmeIds });
    const dashboard: Dashboard = { payload, store: createFilterStore(index, initial) };
    holder[LOADED] = dashboard;
    return dashboard;
  })();
  return holder[KEY]!;
}
