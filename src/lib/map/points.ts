/**
 * Map points: the properties every point on a site map carries, and the conversion of
 * initiatives into a GeoJSON FeatureCollection. Pure.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Initiative } from '../schemas/initiative.ts';

/**
 * Properties of a point feature shown by the MapView island. Only `id`, `name` and `colour`
 * are required; the rest fills the details panel shown when a point is selected.
 */
export interface MapPointProperties {
  id: string;
  name: string;
  /** Fill colour #rrggbb (e.g. the colour of the first focus). */
  colour: string;
  /** Link to the detail page (already including the site's base path). */
  href?: string;
  /** Short lines for the details panel, e.g. kind, programme, address — plain text. */
  details?: string[];
  /** External website (http/https, validated by the schema). */
  website?: string;
  /** Whether the position is only the municipality centre. */
  approximate?: boolean;
}

export type MapPointFeature = Feature<Point, MapPointProperties>;
export type MapPointCollection = FeatureCollection<Point, MapPointProperties>;

export interface PointLabels {
  colourOf: (i: Initiative) => string;
  hrefOf: (i: Initiative) => string;
  detailsOf: (i: Initiative) => string[];
}

/** Geolocated initiatives as map points (initiatives without lat/lon are left out). */
export function initiativesToPoints(items: readonly Initiative[], labels: PointLabels): MapPointCollection {
  const features: MapPointFeature[] = [];
  for (const i of items) {
    if (i.lat === undefined || i.lon === undefined) continue;
    const properties: MapPointProperties = {
      id: i.id,
      name: i.name,
      colour: labels.colourOf(i),
      href: labels.hrefOf(i),
      details: labels.detailsOf(i),
      approximate: i.geo_precision === 'municipality',
    };
    if (i.website) properties.website = i.website;
    features.push({ type: 'Feature', id: i.id, geometry: { type: 'Point', coordinates: [i.lon, i.lat] }, properties });
  }
  return { type: 'FeatureCollection', features };
}

/** Keep only the features whose id is in `ids` (order preserved). */
export function filterPoints(fc: MapPointCollection, ids: ReadonlySet<string>): MapPointCollection {
  return { type: 'FeatureCollection', features: fc.features.filter((f) => ids.has(f.properties.id)) };
}
