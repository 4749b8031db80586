/**
 * The dashboard's map: MapView fed from the page's filter store (hydrated `client:visible`,
 * so MapLibre loads only when the map scrolls into view). Renders an empty placeholder of the
 * same size on the server.
 */
import { useMemo } from 'react';
import MapView from '../islands/MapView.tsx';
import { filterPoints } from '../../lib/map/points.ts';
import type { Locale } from '../../lib/site/i18n.ts';
import { useDashboard } from './useDashboard.ts';

export default function DashboardMap({ locale }: { locale: Locale }) {
  const { dashboard, snap } = useDashboard();
  const points = useMemo(
    () => (dashboard && snap ? filterPoints(dashboard.payload.points, snap.idSet) : undefined),
    [dashboard, snap?.ids],
  );
  if (!dashboard || !snap || !points) return <div className="da-map da-map--placeholder" data-ready="false" />;
  return (
    <MapView
      points={points}
      locale={locale}
      cluster
      selectedId={snap.selectedId}
      onSelect={(id) => dashboard.store.select(id)}
      legend={dashboard.payload.legend}
      fitTo="points"
    />
  );
}
