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

type Pt = readonly [number, number];

/** Distance of p from the segment a–b. */
function segmentDistance(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Ramer–Douglas–Peucker simplification in screen units: at 320 px a tolerance below one
 * pixel is invisible and drops about a third of the vertices of the state outlines.
 */
export function simplify(points: readonly Pt[], tolerance: number): Pt[] {
  if (points.length <= 3 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index !== -1 && maxD > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

interface Frame {
  base: StaticMap;
  x: (lon: number) => number;
  y: (lat: number) => number;
}
/** Outline and projection per state and size; a build draws the same few outlines many times. */
const frames = new Map<string, Frame>();

function frameOf(state: StateCode, width: number, padding: number, tolerance: number): Frame {
  const key = `${state}|${width}|${padding}|${tolerance}`;
  const cached = frames.get(key);
  if (cached) return cached;
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
      poly.map((ring) => simplify(ring.map(([lon = 0, lat = 0]): Pt => [x(lon), y(lat)]), tolerance)),
    )
    .filter((ring) => ring.length >= 3)
    .map((ring) => `M${ring.map(([px, py]) => `${px} ${py}`).join('L')}Z`)
    .join('');
  const frame: Frame = { base: { viewBox: `0 0 ${width} ${height}`, width, height, outline }, x, y };
  frames.set(key, frame);
  return frame;
}

/**
 * Equirectangular projection scaled by cos(mid-latitude): at the size of a German state
 * the distortion is invisible and the outline keeps its familiar shape.
 */
export function stateMap(state: StateCode, point?: { lat: number; lon: number }, width = 320, padding = 8, tolerance = 0.75): StaticMap {
  const { base, x, y } = frameOf(state, width, padding, tolerance);
  const map: StaticMap = { ...base };
  if (point) {
    const px = x(point.lon);
    const py = y(point.lat);
    if (px >= 0 && px <= map.width && py >= 0 && py <= map.height) map.point = { x: px, y: py };
  }
  return map;
}
