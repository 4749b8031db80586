/**
 * A small static map for pages that must not load the map library: the outline of one
 * state from src/generated/de-states.json, projected to SVG coordinates, and optionally a
 * point. Pure; the page renders the numbers as <svg>/<path>/<circle> attributes.
 */
import statesJson from '../../generated/de-states.json' with { type: 'json' };
import type { StateCode } from '../schemas/vocab.ts';

type Position = readonly number[];
interface StateFeature {
  properties: { code: string; name_de: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

const FEATURES = (statesJson as unknown as { features: StateFeature[] }).features;

export interface StaticMap {
  /** SVG viewBox "0 0 w h". */
  viewBox: string;
  width: number;
  height: number;
  /** Path data of the state outline (all rings, even-odd fill). */
  outline: string;
  /** The point in SVG coordinates, when it lies within the drawn area. */
  point?: { x: number; y: number };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Equirectangular projection scaled by cos(mid-latitude): at the size of a German state
 * the distortion is invisible and the outline keeps its familiar shape.
 */
export function stateMap(state: StateCode, point?: { lat: number; lon: number }, width = 320, padding = 8): StaticMap {
  const feature = FEATURES.find((f) => f.properties.code === state);
  if (!feature) throw new Error(`no outline for state ${state}`);
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const poly of polygons)
    for (const ring of poly)
      for (const [lon = 0, lat = 0] of ring) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (width - 2 * padding) / ((maxLon - minLon) * kx);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * padding);
  const x = (lon: number) => round(padding + (lon - minLon) * kx * scale);
  const y = (lat: number) => round(padding + (maxLat - lat) * scale);
  const outline = polygons
    .flatMap((poly) =>
      poly.map((ring) => {
        const pts = ring.map(([lon = 0, lat = 0]) => `${x(lon)} ${y(lat)}`);
        return `M${pts.join('L')}Z`;
      }),
    )
    .join('');
  const map: StaticMap = { viewBox: `0 0 ${width} ${height}`, width, height, outline };
  if (point) {
    const px = x(point.lon);
    const py = y(point.lat);
    if (px >= 0 && px <= width && py >= 0 && py <= height) map.point = { x: px, y: py };
  }
  return map;
}
