/**
 * The dashboard's charts of the current selection. Separate from ./store.ts so that the page
 * script loads the chart builders (and their texts) only once the data is needed.
 */
import { CHART_BUILDERS, tableToCsv, type ChartName, type ChartResult } from '../../lib/charts/builders.ts';
import type { Dashboard } from './store.ts';

export { tableToCsv };

export const isChartName = (name: string): name is ChartName => name in CHART_BUILDERS;

/**
 * The chart of the current selection, built once per selection and shared by the chart table
 * (controller.ts) and the chart island (DashboardChart.tsx).
 */
const chartCache = new WeakMap<readonly string[], Map<ChartName, ChartResult>>();
export function chartResultOf(d: Dashboard, name: ChartName): ChartResult {
  const key = d.store.get().ids;
  let byName = chartCache.get(key);
  if (!byName) {
    byName = new Map();
    chartCache.set(key, byName);
  }
  let result = byName.get(name);
  if (!result) {
    result = CHART_BUILDERS[name](d.store.selectedRows(), d.payload.chartContext);
    byName.set(name, result);
  }
  return result;
}
