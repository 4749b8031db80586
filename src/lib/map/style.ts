/**
 * MapLibre styles for the site's maps. Pure: no DOM, no network.
 *
 * The default base map is built from the embedded German state outlines
 * (src/generated/de-states.json, ODbL) and needs no glyphs, sprites or tiles, so the map
 * makes no request to any third party. The detailed basemap.de vector style (BKG, CC BY 4.0)
 * is only ever loaded when the user asks for it (see BASEMAP_DE).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** Ids of the sources and layers the map islands add; shared by style and island. */
export const MAP_IDS = {
  statesSource: 'da-states',
  pointsSource: 'da-points',
  searchSource: 'da-search',
  background: 'da-background',
  statesFill: 'da-states-fill',
  statesLine: 'da-states-line',
  clusters: 'da-clusters',
  points: 'da-points',
  selected: 'da-selected',
  search: 'da-search-point',
} as const;

/** Bounding box of Germany [west, south, east, north]. */
export const GERMANY_BOUNDS: [number, number, number, number] = [5.87, 47.27, 15.04, 55.06];

/** Neutral colours with enough contrast against the points (checked against WCAG 1.4.11). */
export const MAP_COLOURS = {
  background: '#dfe8ef',
  land: '#f7f7f5',
  covered: '#ffffff',
  outline: '#7a8591',
  coveredOutline: '#3c4650',
  pointStroke: '#ffffff',
  cluster: '#3c4650',
  selected: '#111111',
  search: '#b00020',
} as const;

export interface BaseStyleOptions {
  /** GeoJSON of the state outlines (object or same-origin URL); properties need `code`. */
  states: FeatureCollection | string;
  /** State codes drawn emphasised (the states the site covers). */
  highlight?: readonly string[];
  /** Attribution shown in the map's attribution control. */
  attribution: string;
}

/** The embedded, network-free base style: sea/background, state fills and outlines. */
export function buildBaseStyle(opts: BaseStyleOptions): StyleSpecification {
  const highlight = [...(opts.highlight ?? [])];
  const isCovered: ExpressionSpecification = ['in', ['get', 'code'], ['literal', highlight]];
  return {
    version: 8,
    sources: {
      [MAP_IDS.statesSource]: {
        type: 'geojson',
        data: opts.states,
        attribution: opts.attribution,
      },
    },
    layers: [
      { id: MAP_IDS.background, type: 'background', paint: { 'background-color': MAP_COLOURS.background } },
      {
        id: MAP_IDS.statesFill,
        type: 'fill',
        source: MAP_IDS.statesSource,
        paint: { 'fill-color': ['case', isCovered, MAP_COLOURS.covered, MAP_COLOURS.land] },
      },
      {
        id: MAP_IDS.statesLine,
        type: 'line',
        source: MAP_IDS.statesSource,
        paint: {
          'line-color': ['case', isCovered, MAP_COLOURS.coveredOutline, MAP_COLOURS.outline],
          'line-width': ['case', isCovered, 1.5, 0.75],
        },
      },
    ],
  };
}

export interface PointLayerOptions {
  /** Property holding the point colour (#rrggbb); defaults to "colour". */
  colourProperty?: string;
  cluster: boolean;
}

/** Above this zoom level points are never clustered. */
export const CLUSTER_MAX_ZOOM = 11;

/** Source specification of the initiative points; clustered when `cluster` is set. */
export function buildPointsSource(data: FeatureCollection, cluster: boolean): SourceSpecification {
  return cluster
    ? { type: 'geojson', data, cluster: true, clusterRadius: 40, clusterMaxZoom: CLUSTER_MAX_ZOOM, promoteId: 'id' }
    : { type: 'geojson', data, promoteId: 'id' };
}

const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

/**
 * Layers for the points (and clusters), drawn on top of whichever base style is active.
 * No symbol layers: cluster counts are drawn as HTML markers by the island, so no glyphs are needed.
 */
export function buildPointLayers(opts: PointLayerOptions): LayerSpecification[] {
  const colour: ExpressionSpecification = ['coalesce', ['get', opts.colourProperty ?? 'colour'], MAP_COLOURS.cluster];
  const points: CircleLayerSpecification = {
    id: MAP_IDS.points,
    type: 'circle',
    source: MAP_IDS.pointsSource,
    filter: notCluster,
    paint: {
      'circle-color': colour,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 6, 10, 9],
      'circle-stroke-color': MAP_COLOURS.pointStroke,
      'circle-stroke-width': 1.5,
    },
  };
  const selected: CircleLayerSpecification = {
    id: MAP_IDS.selected,
    type: 'circle',
    source: MAP_IDS.pointsSource,
    filter: ['all', notCluster, ['==', ['get', 'id'], '']],
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 11, 10, 14],
      'circle-stroke-color': MAP_COLOURS.selected,
      'circle-stroke-width': 3,
    },
  };
  const layers: LayerSpecification[] = [];
  if (opts.cluster) {
    layers.push({
      id: MAP_IDS.clusters,
      type: 'circle',
      source: MAP_IDS.pointsSource,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': MAP_COLOURS.cluster,
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 50, 22],
        'circle-stroke-color': MAP_COLOURS.pointStroke,
        'circle-stroke-width': 2,
      },
    });
  }
  layers.push(points, selected);
  return layers;
}

/** Filter of the "selected" ring layer for a given feature id (or none). */
export function selectedFilter(id: string | undefined): FilterSpecification {
  return ['all', notCluster, ['==', ['get', 'id'], id ?? '']];
}

/** A single highlighted point, e.g. the searched address in the finder. */
export function buildSearchPointLayer(): CircleLayerSpecification {
  return {
    id: MAP_IDS.search,
    type: 'circle',
    source: MAP_IDS.searchSource,
    paint: {
      'circle-color': MAP_COLOURS.search,
      'circle-radius': 7,
      'circle-stroke-color': MAP_COLOURS.pointStroke,
      'circle-stroke-width': 3,
    },
  };
}

/**
 * The optional detailed base map: basemap.de Web Vektor by the Bundesamt für Kartographie und
 * Geodäsie, no API key. Loaded only after an explicit user action.
 */
export const BASEMAP_DE = {
  styleUrl: 'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_col.json',
  attribution: '© GeoBasis-DE / BKG (2026), CC BY 4.0',
  attributionUrl: 'https://basemap.de',
} as const;

/** Bounds [west, south, east, north] of a set of [lon, lat] positions, or undefined if empty. */
export function boundsOf(positions: readonly (readonly [number, number])[]): [number, number, number, number] | undefined {
  if (positions.length === 0) return undefined;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [lon, lat] of positions) {
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return [w, s, e, n];
}

/** Bounds of the features of a GeoJSON collection (Polygon/MultiPolygon/Point), optionally only some. */
export function featureBounds(
  fc: FeatureCollection,
  keep: (f: Feature) => boolean = () => true,
): [number, number, number, number] | undefined {
  const positions: [number, number][] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') positions.push([c[0], c[1]]);
    else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  for (const f of fc.features) {
    if (!keep(f) || !f.geometry || f.geometry.type === 'GeometryCollection') continue;
    visit(f.geometry.coordinates);
  }
  return boundsOf(positions);
}
