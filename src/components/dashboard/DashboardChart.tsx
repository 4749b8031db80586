/**
 * One dashboard chart, rebuilt from the page's filter store whenever the selection changes
 * (hydrated `client:visible`: ECharts loads only when a chart scrolls into view). The
 * server-rendered SVG, caption and table around it live in ChartFigure.astro.
 */
import { useMemo } from 'react';
import Chart from '../islands/Chart.tsx';
import type { ChartName } from '../../lib/charts/builders.ts';
import { chartResultOf } from './charts.ts';
import { useDashboard } from './useDashboard.ts';

export default function DashboardChart({ name, label }: { name: ChartName; label: string }) {
  const { dashboard, snap } = useDashboard();
  const result = useMemo(
    () => (dashboard && snap ? chartResultOf(dashboard, name) : undefined),
    [dashboard, snap?.ids, name],
  );
  if (!result) return <div className="da-chart__live" data-ready="false" />;
  if (!result.ok) return <div className="da-chart__live" data-ready="true" data-count={0} data-empty="" />;
  return (
    <div className="da-chart__island" data-count={result.n}>
      <Chart option={result.option} height={result.height} label={label} />
    </div>
  );
}
