/**
 * The page-wide dashboard store, created once from the JSON payload the server rendered into
 * the `data-payload` attribute of `#da-dashboard-data` (an attribute, so no markup is built from data). Kept on globalThis under a registered symbol so the controller script
 * and every island share one instance even if the bundler duplicates this module.
 */
import { createFilterStore, type FilterStore } from '../../lib/filters/store.ts';
import { parseFilters } from '../../lib/filters/state.ts';
import type { DashboardPayload } from '../../lib/views/dashboard.ts';
import type { FilterRow } from '../../lib/filters/match.ts';

export const PAYLOAD_ELEMENT_ID = 'da-dashboard-data';
const KEY = Symbol.for('digitalatlas.dashboard');

export interface Dashboard {
  payload: DashboardPayload;
  store: FilterStore<FilterRow & { t: string }>;
}

type Holder = { [KEY]?: Dashboard };

/** The dashboard of this page, or undefined on the server / pages without one. */
export function getDashboard(): Dashboard | undefined {
  if (typeof document === 'undefined') return undefined;
  const holder = globalThis as unknown as Holder;
  if (holder[KEY]) return holder[KEY];
  const raw = document.getElementById(PAYLOAD_ELEMENT_ID)?.dataset.payload;
  if (!raw) return undefined;
  const payload = JSON.parse(raw) as DashboardPayload;
  const index = payload.rows.map((row) => ({ row, text: row.t }));
  const initial = parseFilters(window.location.search, { programmeIds: payload.programmeIds });
  const dashboard: Dashboard = { payload, store: createFilterStore(index, initial) };
  holder[KEY] = dashboard;
  return dashboard;
}
